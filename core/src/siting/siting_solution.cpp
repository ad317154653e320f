#include "seatplan/core/siting/siting_solution.h"

#include "seatplan/core/errors.h"
#include "seatplan/core/siting/siting_cost.h"
#include "seatplan/core/siting/siting_problem.h"

#include <algorithm>
#include <cmath>

namespace seatplan::core {

namespace {

    // Loads are sums of children; allow for rounding in the last digits.
    constexpr double kLoadTolerance = 1e-6;

} // namespace

int SitingSolution::newSchoolCount() const
{
    return static_cast<int>(std::count_if(
        candidateSize.begin(), candidateSize.end(), [](int s) { return s != kClosed; }));
}

SitingEvaluation evaluateSiting(const SitingProblem& problem, const SitingSolution& solution)
{
    const int n = problem.zoneCount();
    const int e = static_cast<int>(problem.existing.size());
    const int m = problem.facilityCount();
    if (static_cast<int>(solution.assignment.size()) != n
        || solution.candidateSize.size() != problem.candidates.size()) {
        throw InvalidInput("siting solution: its size does not match the problem");
    }
    std::vector<double> capacity(static_cast<std::size_t>(m), 0.0);
    SitingEvaluation result;
    for (int j = 0; j < e; ++j) {
        capacity[static_cast<std::size_t>(j)] = std::min(
            problem.existing[static_cast<std::size_t>(j)].capacity, problem.schoolSizeCap);
    }
    for (std::size_t c = 0; c < problem.candidates.size(); ++c) {
        const int s = solution.candidateSize[c];
        if (s == SitingSolution::kClosed) {
            continue;
        }
        const auto& sizes = problem.candidates[c].sizes;
        if (s < 0 || s >= static_cast<int>(sizes.size())) {
            throw InvalidInput("siting solution: site '" + problem.candidates[c].id
                + "' has no size option " + std::to_string(s));
        }
        capacity[static_cast<std::size_t>(e) + c]
            = std::min(sizes[static_cast<std::size_t>(s)].seats, problem.schoolSizeCap);
        ++result.newSchools;
        result.newClasses += sizes[static_cast<std::size_t>(s)].classes;
    }

    const SitingCost cost(problem);
    std::vector<double> load(static_cast<std::size_t>(m), 0.0);
    for (int i = 0; i < n; ++i) {
        const DemandZone& zone = problem.zones[static_cast<std::size_t>(i)];
        const int j = solution.assignment[static_cast<std::size_t>(i)];
        if (j == SitingSolution::kUnserved) {
            result.childrenUnserved += zone.children;
            result.cost += cost.unserved(i);
            continue;
        }
        if (j < 0 || j >= m) {
            throw InvalidInput("siting solution: zone '" + zone.id + "' names facility "
                + std::to_string(j) + ", which does not exist");
        }
        if (j >= e
            && solution.candidateSize[static_cast<std::size_t>(j - e)] == SitingSolution::kClosed) {
            result.violations.push_back(
                "zone '" + zone.id + "' is assigned to a site that is not built");
        }
        const double d = problem.distances.at(i, j);
        if (!std::isfinite(d)) {
            result.violations.push_back(
                "zone '" + zone.id + "' is assigned to a school it cannot reach");
            continue;
        }
        load[static_cast<std::size_t>(j)] += zone.children;
        result.childrenServed += zone.children;
        result.weightedDistance += problem.objectiveWeight(i) * d;
        if (d <= problem.serviceRadius) {
            result.childrenCovered += zone.children;
        }
        result.cost += cost.assign(i, j);
    }
    for (int j = 0; j < m; ++j) {
        const auto uj = static_cast<std::size_t>(j);
        if (load[uj] > capacity[uj] + kLoadTolerance) {
            const std::string& id = j < e ? problem.existing[uj].id
                                          : problem.candidates[uj - static_cast<std::size_t>(e)].id;
            result.violations.push_back("'" + id + "' takes " + std::to_string(load[uj])
                + " children but holds " + std::to_string(capacity[uj]));
        }
    }
    if (result.newSchools > problem.budget.maxNewSchools) {
        result.violations.push_back("more new schools than the budget allows");
    }
    if (problem.budget.maxNewClasses && result.newClasses > *problem.budget.maxNewClasses) {
        result.violations.push_back("more new classes than the budget allows");
    }
    return result;
}

} // namespace seatplan::core
