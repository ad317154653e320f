#include "seatplan/core/errors.h"
#include "seatplan/core/siting/heuristic_siting_solver.h"
#include "seatplan/core/siting/orlib_instance.h"
#include "seatplan/core/siting/siting_problem.h"

#include "test_paths.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <set>
#include <sstream>
#include <string>

using namespace seatplan::core;

namespace {

// Recomputes the OR-Library cost and checks the constraints without the library's own
// evaluation: p medians, every node on exactly one open median, capacities respected.
double independentCost(const OrLibInstance& instance, const SitingSolution& solution)
{
    const std::size_t n = instance.points.size();
    std::set<int> medians;
    for (std::size_t c = 0; c < solution.candidateSize.size(); ++c) {
        if (solution.candidateSize[c] != SitingSolution::kClosed) {
            medians.insert(static_cast<int>(c));
        }
    }
    CHECK(static_cast<int>(medians.size()) <= instance.medians);
    std::vector<double> load(n, 0.0);
    double cost = 0.0;
    REQUIRE(solution.assignment.size() == n);
    for (std::size_t i = 0; i < n; ++i) {
        const int j = solution.assignment[i];
        REQUIRE(medians.count(j) == 1);
        load[static_cast<std::size_t>(j)] += instance.demand[i];
        const auto& a = instance.points[i];
        const auto& b = instance.points[static_cast<std::size_t>(j)];
        cost += std::floor(std::hypot(a.x - b.x, a.y - b.y));
    }
    for (int j : medians) {
        CHECK(load[static_cast<std::size_t>(j)] <= instance.capacity);
    }
    return cost;
}

} // namespace

TEST_CASE(
    "The heuristic reaches every OR-Library pmedcap1 optimum within 1 percent", "[core][siting]")
{
    const auto folder = seatplan::test::sharedData("data/benchmarks/orlib-pmedcap1");
    if (!folder) {
        WARN("../shared/data/benchmarks/orlib-pmedcap1 is absent; skipped");
        return;
    }
    HeuristicSitingOptions options;
    options.timeLimitSeconds = 30.0; // the round limit ends the search; this is only a guard
    for (int k = 1; k <= 10; ++k) {
        const auto file = *folder / ("pmedcap1-" + std::to_string(k) + ".txt");
        const OrLibInstance instance = OrLibInstance::readFile(file);
        const HeuristicSitingResult result
            = solveSitingHeuristic(instance.toSitingProblem(), options);
        const double cost = independentCost(instance, result.solution);
        INFO("instance " << k << ": " << cost << " vs " << instance.publishedOptimum);
        CHECK(cost <= instance.publishedOptimum * 1.01);
        CHECK(cost >= instance.publishedOptimum - 1e-6); // nobody beats a proven optimum
        CHECK(result.evaluation.weightedDistance == Approx(cost));
        CHECK(result.evaluation.feasible());
    }
}

TEST_CASE("OR-Library instances are read as documented and bad ones are rejected", "[core][siting]")
{
    std::istringstream good(" 7 100\n 3 1 10\n 1 0 0 2\n 2 3 4 5\n 3 6 8 3\n");
    const OrLibInstance instance = OrLibInstance::read(good);
    CHECK(instance.number == 7);
    CHECK(instance.publishedOptimum == 100.0);
    CHECK(instance.medians == 1);
    CHECK(instance.capacity == 10.0);
    REQUIRE(instance.points.size() == 3);
    CHECK(instance.demand[1] == 5.0);

    SECTION("distances are truncated by default and real on request")
    {
        const SitingProblem truncated = instance.toSitingProblem();
        CHECK(truncated.distances.at(0, 1) == 5.0);
        CHECK(truncated.distances.at(0, 2) == 10.0);
        const SitingProblem real = instance.toSitingProblem(OrLibDistance::Euclidean);
        CHECK(real.distances.at(0, 1) == Approx(5.0));
        CHECK(truncated.budget.maxNewSchools == 1);
        CHECK_FALSE(truncated.weightByChildren);
    }
    SECTION("the one median takes everybody")
    {
        const auto result = solveSitingHeuristic(instance.toSitingProblem());
        CHECK(result.evaluation.feasible());
        CHECK(result.solution.candidateSize[1] == 0); // the middle node is the best median
        CHECK(result.evaluation.weightedDistance == Approx(10.0));
    }
    SECTION("malformed text")
    {
        std::istringstream truncatedFile(" 1 10\n 3 1 10\n 1 0 0 2\n");
        CHECK_THROWS_AS(OrLibInstance::read(truncatedFile), InvalidInput);
        std::istringstream badHeader("x\n");
        CHECK_THROWS_AS(OrLibInstance::read(badHeader), InvalidInput);
        CHECK_THROWS_AS(OrLibInstance::readFile("/nonexistent/pmedcap.txt"), InvalidInput);
    }
}
