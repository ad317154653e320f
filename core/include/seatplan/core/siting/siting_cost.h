#pragma once

#include <cstddef>
#include <vector>

namespace seatplan::core {

struct SitingProblem;

/**
 * The assignment costs every siting solver minimises, so that the heuristic and the exact
 * MILP optimise the same number. For PMedian the cost of serving zone i from facility j is
 * children_i x d_ij. For Coverage and MinCount it is children_i x (1 if d_ij > radius) plus a
 * distance tie-break scaled so that the sum of all tie-breaks stays below the smallest zone's
 * children (coverage comes first, lexicographically). Leaving a zone unserved costs more than
 * any served assignment could ever save, so shortfall is minimised first.
 *
 * A value type built once per problem; safe to share read-only between threads.
 */
class SitingCost {
public:
    explicit SitingCost(const SitingProblem& problem);

    /// Returns the cost of serving `zone` from `facility`; +infinity when unreachable.
    double assign(int zone, int facility) const
    {
        return m_cost[static_cast<std::size_t>(zone) * m_facilities
            + static_cast<std::size_t>(facility)];
    }
    /// Returns the cost of leaving `zone` unserved.
    double unserved(int zone) const { return m_unserved[static_cast<std::size_t>(zone)]; }

private:
    std::size_t m_facilities = 0;
    std::vector<double> m_cost;
    std::vector<double> m_unserved;
};

} // namespace seatplan::core
