#include "seatplan/core/siting/siting_cost.h"

#include "seatplan/core/siting/siting_problem.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace seatplan::core {

SitingCost::SitingCost(const SitingProblem& problem)
    : m_facilities(static_cast<std::size_t>(problem.facilityCount()))
{
    const int n = problem.zoneCount();
    const int m = problem.facilityCount();
    double maxDistance = 0.0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < m; ++j) {
            const double d = problem.distances.at(i, j);
            if (std::isfinite(d)) {
                maxDistance = std::max(maxDistance, d);
            }
        }
    }
    maxDistance = std::max(maxDistance, 1.0);
    double total = 0.0;
    double smallest = std::numeric_limits<double>::infinity();
    for (int i = 0; i < n; ++i) {
        const double w = problem.objectiveWeight(i);
        total += w;
        if (w > 0.0) {
            smallest = std::min(smallest, w);
        }
    }
    if (!std::isfinite(smallest)) {
        smallest = 1.0;
    }
    // Lexicographic weights (see the header): a child left unserved outweighs every possible
    // saving in the lower tiers; a child left uncovered outweighs every distance tie-break.
    const bool coverage = problem.objective != SitingObjective::PMedian;
    const double tieBreak = smallest / (2.0 * maxDistance * std::max(total, smallest));
    const double perUnserved
        = coverage ? total / smallest + 2.0 : maxDistance * (total / smallest + 2.0);

    const double inf = std::numeric_limits<double>::infinity();
    m_cost.resize(static_cast<std::size_t>(n) * m_facilities);
    m_unserved.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const double w = problem.objectiveWeight(i);
        for (int j = 0; j < m; ++j) {
            const double d = problem.distances.at(i, j);
            double c = inf;
            if (std::isfinite(d)) {
                c = coverage ? w * ((d > problem.serviceRadius ? 1.0 : 0.0) + d * tieBreak) : w * d;
            }
            m_cost[static_cast<std::size_t>(i) * m_facilities + static_cast<std::size_t>(j)] = c;
        }
        m_unserved[static_cast<std::size_t>(i)] = w * perUnserved;
    }
}

} // namespace seatplan::core
