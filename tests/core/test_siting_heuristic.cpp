#include "seatplan/core/errors.h"
#include "seatplan/core/siting/heuristic_siting_solver.h"
#include "seatplan/core/siting/siting_problem.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <limits>
#include <random>
#include <thread>

using namespace seatplan::core;

namespace {

// A street of zones 0, 100, ..., 900 m with one full school at 0 and candidate plots at
// 500 m and 900 m; sizes of 100 and 200 seats.
SitingProblem street()
{
    SitingProblem problem;
    std::vector<PlanePoint> zones;
    for (int k = 0; k < 10; ++k) {
        problem.zones.push_back({ "z" + std::to_string(k), 40.0 });
        zones.push_back({ 100.0 * k, 0.0 });
    }
    problem.existing.push_back({ "old", 120.0 });
    const std::vector<SizeOption> sizes { { 2, 100.0, 0.0 }, { 4, 200.0, 0.0 } };
    problem.candidates.push_back({ "p500", sizes });
    problem.candidates.push_back({ "p900", sizes });
    problem.distances = DistanceMatrix::straightLine(zones, { { 0, 0 }, { 500, 0 }, { 900, 0 } });
    problem.budget.maxNewSchools = 2;
    problem.schoolSizeCap = 2000.0;
    problem.serviceRadius = 250.0;
    return problem;
}

SitingProblem randomProblem(unsigned seed, int zones, int existing, int candidates)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> coordinate(0.0, 5000.0);
    std::uniform_real_distribution<double> children(10.0, 120.0);
    SitingProblem problem;
    std::vector<PlanePoint> zonePoints;
    std::vector<PlanePoint> facilityPoints;
    for (int i = 0; i < zones; ++i) {
        problem.zones.push_back({ "z" + std::to_string(i), children(random) });
        zonePoints.push_back({ coordinate(random), coordinate(random) });
    }
    for (int j = 0; j < existing; ++j) {
        problem.existing.push_back({ "s" + std::to_string(j), 400.0 });
        facilityPoints.push_back({ coordinate(random), coordinate(random) });
    }
    for (int c = 0; c < candidates; ++c) {
        problem.candidates.push_back(
            { "c" + std::to_string(c), { { 12, 540.0, 0.0 }, { 24, 1080.0, 0.0 } } });
        facilityPoints.push_back({ coordinate(random), coordinate(random) });
    }
    problem.distances = DistanceMatrix::straightLine(zonePoints, facilityPoints);
    problem.budget.maxNewSchools = 3;
    problem.schoolSizeCap = 2000.0;
    problem.serviceRadius = 1000.0;
    return problem;
}

} // namespace

TEST_CASE(
    "The heuristic opens the plot that closes the shortfall and sizes it to fit", "[core][siting]")
{
    SitingProblem problem = street();
    problem.budget.maxNewSchools = 1;
    const auto result = solveSitingHeuristic(problem);
    REQUIRE(result.evaluation.feasible());
    // 400 children, 120 seats at the old school: one 200-seat site cannot seat everybody,
    // but the middle plot serves the far zones best.
    CHECK(result.solution.candidateSize[0] == 1);
    CHECK(result.solution.candidateSize[1] == SitingSolution::kClosed);
    CHECK(result.evaluation.childrenServed == Approx(320.0));
    CHECK(result.evaluation.childrenUnserved == Approx(80.0));

    SECTION("with two sites every child gets a seat and sites shrink to what they take")
    {
        problem.budget.maxNewSchools = 2;
        const auto both = solveSitingHeuristic(problem);
        REQUIRE(both.evaluation.feasible());
        CHECK(both.evaluation.childrenUnserved == 0.0);
        CHECK(both.solution.newSchoolCount() == 2);
        // 280 children beyond the old school's 120 seats: one site needs 200 seats, the
        // other only 80, so it is built at the smaller size.
        CHECK(both.evaluation.newClasses == 6);
    }
    SECTION("a class budget limits the sizes")
    {
        problem.budget.maxNewSchools = 2;
        problem.budget.maxNewClasses = 4;
        const auto limited = solveSitingHeuristic(problem);
        REQUIRE(limited.evaluation.feasible());
        CHECK(limited.evaluation.newClasses <= 4);
        CHECK(limited.evaluation.childrenUnserved == Approx(80.0));
    }
    SECTION("the school size cap limits every school")
    {
        problem.schoolSizeCap = 100.0;
        const auto capped = solveSitingHeuristic(problem);
        REQUIRE(capped.evaluation.feasible());
        CHECK(capped.evaluation.childrenServed <= 300.0 + 1e-9);
    }
}

TEST_CASE("Coverage and MinCount put children within the service radius", "[core][siting]")
{
    SitingProblem problem = street();
    problem.existing[0].capacity = 1000.0; // seats are no constraint; distance is
    problem.serviceRadius = 450.0;
    SECTION("coverage with one site covers the most children")
    {
        problem.objective = SitingObjective::Coverage;
        problem.budget.maxNewSchools = 1;
        const auto result = solveSitingHeuristic(problem);
        REQUIRE(result.evaluation.feasible());
        // 0..400 m from the old school; the plot at 900 m reaches 500..900 (200 seats).
        CHECK(result.evaluation.childrenCovered == Approx(400.0));
    }
    SECTION("mincount finds that one site is enough")
    {
        problem.objective = SitingObjective::MinCount;
        problem.budget.maxNewSchools = 2;
        const auto result = solveSitingHeuristic(problem);
        REQUIRE(result.evaluation.feasible());
        CHECK(result.evaluation.childrenCovered == Approx(400.0));
        CHECK(result.solution.newSchoolCount() == 1);
    }
}

TEST_CASE("Heuristic solutions respect capacity and single assignment", "[core][siting]")
{
    for (unsigned seed = 1; seed <= 5; ++seed) {
        const SitingProblem problem = randomProblem(seed, 60, 4, 12);
        const auto result = solveSitingHeuristic(problem);
        REQUIRE(result.solution.assignment.size() == problem.zones.size());
        // Recount loads here rather than trusting evaluateSiting.
        std::vector<double> load(static_cast<std::size_t>(problem.facilityCount()), 0.0);
        for (std::size_t i = 0; i < problem.zones.size(); ++i) {
            const int j = result.solution.assignment[i];
            if (j >= 0) {
                load[static_cast<std::size_t>(j)] += problem.zones[i].children;
            }
        }
        for (std::size_t j = 0; j < problem.existing.size(); ++j) {
            CHECK(load[j] <= problem.existing[j].capacity + 1e-9);
        }
        for (std::size_t c = 0; c < problem.candidates.size(); ++c) {
            const int size = result.solution.candidateSize[c];
            const double seats = size < 0
                ? 0.0
                : problem.candidates[c].sizes[static_cast<std::size_t>(size)].seats;
            CHECK(load[problem.existing.size() + c] <= seats + 1e-9);
        }
        CHECK(result.solution.newSchoolCount() <= problem.budget.maxNewSchools);
        CHECK(result.evaluation.feasible());
    }
}

TEST_CASE("The heuristic stops on the cancel flag with the best solution so far", "[core][siting]")
{
    const SitingProblem problem = randomProblem(7, 400, 20, 80);
    std::atomic<bool> cancel { false };
    HeuristicSitingOptions options;
    options.timeLimitSeconds = 600.0;
    options.maxRoundsWithoutImprovement = 0; // only the flag can stop it
    options.cancel = &cancel;
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    const auto result = solveSitingHeuristic(problem, options);
    canceller.join();
    CHECK(result.cancelled);
    CHECK(result.evaluation.feasible());
    CHECK(result.solution.assignment.size() == problem.zones.size());
}

TEST_CASE("Unusable siting problems are rejected with the reason", "[core][siting]")
{
    SitingProblem problem = street();
    SECTION("matrix of the wrong shape")
    {
        problem.distances = DistanceMatrix(3, 3);
        CHECK_THROWS_AS(solveSitingHeuristic(problem), InvalidInput);
    }
    SECTION("negative children")
    {
        problem.zones[2].children = -1.0;
        CHECK_THROWS_WITH(solveSitingHeuristic(problem), Catch::Contains("z2"));
    }
    SECTION("a site without sizes")
    {
        problem.candidates[1].sizes.clear();
        CHECK_THROWS_WITH(solveSitingHeuristic(problem), Catch::Contains("p900"));
    }
}
