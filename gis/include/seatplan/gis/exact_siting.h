#pragma once

#include "seatplan/core/siting/siting_solution.h"

namespace seatplan::core {
struct SitingProblem;
}

namespace seatplan::gis {

/// Limits of the exact siting solver.
struct ExactSitingOptions {
    /// Wall-clock limit in seconds; the best integer solution found so far is returned.
    double timeLimitSeconds = 60.0;
    /// Stop when the relative gap between solution and bound falls below this (0 = prove).
    double relativeGap = 0.0;
    /// Print GLPK's progress to stdout.
    bool verbose = false;
};

/// What the exact solver found.
struct ExactSitingResult {
    bool solutionFound = false; ///< an integer solution exists in `solution`
    bool provenOptimal = false; ///< `cost` is proven optimal (within relativeGap)
    core::SitingSolution solution;
    double cost = 0.0; ///< objective of `solution` in SitingCost units
    double bound = 0.0; ///< best lower bound on the optimum known when the search ended
    double seconds = 0.0;
};

/**
 * Solves a siting problem exactly as a mixed-integer programme with GLPK (branch and cut):
 * binary x_ij (zone i served by facility j), y_cs (candidate c built at size s) and u_i (zone
 * i unserved), with sum_j x_ij + u_i = 1, capacities min(seats, schoolSizeCap), x_ic <= sum_s
 * y_cs, at most one size per site and the school and class budgets; the objective is
 * core::SitingCost, the same number the heuristic minimises. MinCount is solved as Coverage
 * with a budget of new schools (the caller iterates over the count).
 *
 * Meant for small instances (hundreds of zone-facility pairs to a few thousand) and for
 * measuring the heuristic's gap in tests and benchmarks. Runs on the calling thread; GLPK's
 * state is per call (one problem object), but GLPK itself is not thread-safe, so call it from
 * one thread at a time. Throws core::InvalidInput when the problem does not validate and
 * std::runtime_error when GLPK fails.
 */
ExactSitingResult solveSitingExact(
    const core::SitingProblem& problem, const ExactSitingOptions& options = {});

} // namespace seatplan::gis
