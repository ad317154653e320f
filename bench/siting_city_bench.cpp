// City-scale siting: 2,000 demand zones, 800 existing schools, 300 candidate plots, up to 20
// new schools (primary, p-median and coverage), then 40-, 80-, 120- and 200-zone instances on which
// the heuristic is compared with the GLPK MILP (its solution and its lower bound). Prints times
// (s), objectives and gaps (%). Usage: siting_city_bench [MILP_SECONDS] (default 60).
#include "seatplan/core/siting/candidate_filter.h"
#include "seatplan/core/siting/heuristic_siting_solver.h"
#include "seatplan/core/siting/siting_problem.h"
#include "seatplan/core/standards.h"
#include "seatplan/gis/exact_siting.h"

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace {

using namespace seatplan::core;

// Zones clustered around towns on a 40 km square; existing schools sit in the older parts of
// the towns and hold a little less than the demand; new districts (the last towns) have
// children but few schools, so new sites are needed there.
SitingProblem cityInstance(int zones, int existing, int candidates, int maxNew, unsigned seed)
{
    const Standards standards;
    const auto level = static_cast<std::size_t>(Level::Primary);
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> spread(0.0, 1.0);
    const int towns = 12;
    std::vector<PlanePoint> centres;
    for (int t = 0; t < towns; ++t) {
        centres.push_back({ 40000.0 * unit(random), 40000.0 * unit(random) });
    }
    auto near = [&](int town, double sigma) {
        const PlanePoint& c = centres[static_cast<std::size_t>(town)];
        return PlanePoint { c.x + sigma * spread(random), c.y + sigma * spread(random) };
    };
    SitingProblem problem;
    std::vector<PlanePoint> zonePoints;
    std::vector<PlanePoint> facilityPoints;
    double children = 0.0;
    for (int i = 0; i < zones; ++i) {
        const int town = static_cast<int>(unit(random) * towns);
        zonePoints.push_back(near(town, 1500.0));
        problem.zones.push_back({ "z" + std::to_string(i), 20.0 + 180.0 * unit(random) });
        children += problem.zones.back().children;
    }
    const double perSchool = 0.93 * children / existing;
    for (int j = 0; j < existing; ++j) {
        // Older towns only (the last three are new districts).
        const int town = static_cast<int>(unit(random) * (towns - 3));
        facilityPoints.push_back(near(town, 1500.0));
        problem.existing.push_back({ "s" + std::to_string(j), perSchool * (0.5 + unit(random)) });
    }
    const std::vector<SizeOption> sizes = standardSizeOptions(standards.standardSizesPrimary,
        standards.classSize[level], standards.landPerStudent[level], standards.schoolCap[level]);
    for (int c = 0; c < candidates; ++c) {
        const int town = static_cast<int>(unit(random) * towns);
        facilityPoints.push_back(near(town, 2000.0));
        problem.candidates.push_back({ "p" + std::to_string(c), sizes });
    }
    problem.distances = DistanceMatrix::straightLine(zonePoints, facilityPoints);
    problem.budget.maxNewSchools = maxNew;
    problem.schoolSizeCap = standards.schoolCap[level];
    problem.serviceRadius = standards.serviceRadius[level];
    return problem;
}

void report(const char* name, const HeuristicSitingResult& result)
{
    const SitingEvaluation& e = result.evaluation;
    std::printf("%-28s %7.3f s  cost %.6g  new schools %d (%d classes)  travel %.4g child-m  "
                "covered %.0f  unserved %.0f  rounds %d  %s\n",
        name, result.seconds, e.cost, e.newSchools, e.newClasses, e.weightedDistance,
        e.childrenCovered, e.childrenUnserved, result.rounds,
        e.feasible() ? "feasible" : "INFEASIBLE");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    const double milpSeconds = argc > 1 ? std::atof(argv[1]) : 60.0;
    HeuristicSitingOptions options;
    options.timeLimitSeconds = 8.0;

    SitingProblem city = cityInstance(2000, 800, 300, 20, 20260601);
    report("city p-median (2000/800/300)", solveSitingHeuristic(city, options));
    city.objective = SitingObjective::Coverage;
    report("city coverage", solveSitingHeuristic(city, options));

    // The MILP cannot take the city instance (2.2 million assignment binaries): compare on a
    // ladder of smaller instances of the same kind, each MILP with the same time limit. The
    // gap to GLPK's lower bound bounds the heuristic's distance from the optimum even when
    // GLPK finds no integer solution.
    struct Size {
        int zones, existing, candidates, maxNew;
    };
    options.timeLimitSeconds = 2.0;
    for (const Size size : { Size { 40, 12, 10, 3 }, Size { 80, 24, 16, 4 },
             Size { 120, 36, 24, 4 }, Size { 200, 60, 40, 5 } }) {
        const SitingProblem small
            = cityInstance(size.zones, size.existing, size.candidates, size.maxNew, 7);
        const HeuristicSitingResult heuristic = solveSitingHeuristic(small, options);
        const std::string name = "p-median " + std::to_string(size.zones) + "/"
            + std::to_string(size.existing) + "/" + std::to_string(size.candidates) + " k"
            + std::to_string(size.maxNew);
        report(name.c_str(), heuristic);
        seatplan::gis::ExactSitingOptions exact;
        exact.timeLimitSeconds = milpSeconds;
        const auto milp = seatplan::gis::solveSitingExact(small, exact);
        const double boundGap = milp.bound > 0.0
            ? 100.0 * (heuristic.evaluation.cost - milp.bound) / milp.bound
            : -1.0;
        if (milp.solutionFound) {
            std::printf("  MILP (GLPK, %.0f s limit) %7.3f s  cost %.6g  %s  bound %.6g  "
                        "heuristic gap to MILP %.3f %%, to bound %.3f %%\n",
                milpSeconds, milp.seconds, milp.cost, milp.provenOptimal ? "optimal" : "not proven",
                milp.bound, 100.0 * (heuristic.evaluation.cost - milp.cost) / milp.cost, boundGap);
        } else {
            std::printf("  MILP (GLPK, %.0f s limit) %7.3f s  no integer solution", milpSeconds,
                milp.seconds);
            if (boundGap >= 0.0)
                std::printf("  bound %.6g  heuristic gap to bound %.3f %%", milp.bound, boundGap);
            std::printf("\n");
        }
        std::fflush(stdout);
    }
    return 0;
}
