#pragma once

#include <string>
#include <vector>

namespace seatplan::core {

struct SitingProblem;

/**
 * A proposed answer to a SitingProblem: which size (if any) each candidate site is built at,
 * and which facility serves each zone. Facility indices follow SitingProblem (existing schools
 * first, then candidates). A value type.
 */
struct SitingSolution {
    static constexpr int kClosed = -1; ///< `candidateSize` of a site left unbuilt
    static constexpr int kUnserved = -1; ///< `assignment` of a zone no school can take

    /// Per candidate: index into its `sizes`, or kClosed.
    std::vector<int> candidateSize;
    /// Per zone: the facility that serves it, or kUnserved.
    std::vector<int> assignment;

    /// Returns the number of candidate sites built.
    int newSchoolCount() const;
};

/// The figures of a solution, computed independently of how it was found.
struct SitingEvaluation {
    double weightedDistance = 0.0; ///< sum over served zones of objectiveWeight x distance
    double childrenServed = 0.0;
    double childrenCovered = 0.0; ///< served within the service radius
    double childrenUnserved = 0.0; ///< in zones no school takes (shortfall)
    int newSchools = 0;
    int newClasses = 0;
    /// The objective value the solvers minimise (see siting_cost.h); lower is better.
    double cost = 0.0;
    /// Broken constraints, one sentence each (empty when feasible): over capacity, over the
    /// size cap, budget exceeded, zone assigned to an unbuilt site or an unreachable school.
    std::vector<std::string> violations;

    bool feasible() const { return violations.empty(); }
};

/**
 * Returns the figures of `solution` for `problem`, checking every constraint from scratch
 * (capacity, size cap, single assignment, budget). Throws InvalidInput when the solution's
 * vectors do not match the problem's shape or an index is out of range.
 */
SitingEvaluation evaluateSiting(const SitingProblem& problem, const SitingSolution& solution);

} // namespace seatplan::core
