#include "seatplan/core/errors.h"
#include "seatplan/core/siting/candidate_filter.h"
#include "seatplan/core/siting/heuristic_siting_solver.h"
#include "seatplan/core/siting/road_network.h"
#include "seatplan/core/siting/site_explanation.h"
#include "seatplan/core/siting/siting_problem.h"
#include "seatplan/core/standards.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace seatplan::core;

TEST_CASE("Walking distances follow the roads, not the crow", "[core][siting]")
{
    // A U-shaped road 0-1-2-3: (0,0) -> (0,100) -> (100,100) -> (100,0); node 4 is isolated.
    const RoadNetwork network(5, { { 0, 1, 100.0 }, { 1, 2, 100.0 }, { 2, 3, 100.0 } });
    const auto fromZero = network.distancesFrom(0);
    CHECK(fromZero[3] == Approx(300.0));
    CHECK(std::isinf(fromZero[4]));

    const std::vector<NetworkAccess> zones { { 0, 10.0 }, { 4, 0.0 } };
    const std::vector<NetworkAccess> schools { { 3, 5.0 }, { 1, 0.0 } };
    const DistanceMatrix walking = networkDistances(network, zones, schools);
    CHECK(walking.at(0, 0) == Approx(315.0)); // 10 m to the road, 300 m along it, 5 m off
    CHECK(walking.at(0, 1) == Approx(110.0));
    CHECK(std::isinf(walking.at(1, 0))); // not connected

    SECTION("the same matrix whichever side is searched from")
    {
        const DistanceMatrix transposed = networkDistances(network, schools, zones);
        CHECK(transposed.at(0, 0) == Approx(315.0));
        CHECK(transposed.at(1, 0) == Approx(110.0));
    }
    SECTION("bad graphs are rejected")
    {
        CHECK_THROWS_AS(RoadNetwork(2, { { 0, 2, 1.0 } }), InvalidInput);
        CHECK_THROWS_AS(RoadNetwork(2, { { 0, 1, -1.0 } }), InvalidInput);
        CHECK_THROWS_AS(networkDistances(network, { { 9, 0.0 } }, schools), InvalidInput);
    }
    SECTION("an unreachable school is never assigned")
    {
        SitingProblem problem;
        problem.zones = { { "a", 10.0 }, { "b", 10.0 } };
        problem.existing = { { "far", 100.0 }, { "near", 100.0 } };
        problem.distances = walking;
        problem.schoolSizeCap = 2000.0;
        const auto result = solveSitingHeuristic(problem);
        CHECK(result.evaluation.feasible());
        CHECK(result.solution.assignment[0] == 1);
        CHECK(result.solution.assignment[1] == SitingSolution::kUnserved);
    }
}

TEST_CASE("Candidate plots are filtered by land and by distance to railways and arterials",
    "[core][siting]")
{
    const Standards standards;
    const auto level = static_cast<std::size_t>(Level::Primary);
    const std::vector<SizeOption> sizes = standardSizeOptions(standards.standardSizesPrimary,
        standards.classSize[level], standards.landPerStudent[level], standards.schoolCap[level]);
    REQUIRE(sizes.size() == standards.standardSizesPrimary.size());
    CHECK(sizes.front().seats == Approx(sizes.front().classes * standards.classSize[level]));
    CHECK(sizes.front().landM2 == Approx(sizes.front().seats * standards.landPerStudent[level]));
    for (const SizeOption& size : sizes) {
        CHECK(size.seats <= standards.schoolCap[level]);
    }

    // Clearances as GB 50099-2011 4.1.6 gives them, from Standards.
    const SiteClearances clearances = siteClearances(standards);
    REQUIRE(clearances.railwayM == Approx(300.0));
    REQUIRE(clearances.arterialM == Approx(80.0));
    PlotSurroundings plot;
    plot.areaM2 = sizes.front().landM2; // exactly the smallest size
    CHECK(sizesFittingPlot(sizes, plot.areaM2).size() == 1);
    CHECK(checkPlot(plot, sizes, clearances) == PlotRejection::None);
    plot.areaM2 -= 1.0;
    CHECK(checkPlot(plot, sizes, clearances) == PlotRejection::TooSmall);
    plot.areaM2 = sizes.back().landM2;
    plot.railwayDistanceM = 299.0;
    CHECK(checkPlot(plot, sizes, clearances) == PlotRejection::NearRailway);
    plot.railwayDistanceM = 300.0;
    plot.arterialDistanceM = 79.0;
    CHECK(checkPlot(plot, sizes, clearances) == PlotRejection::NearArterial);
    plot.arterialDistanceM.reset(); // no arterial layer: not checked
    CHECK(checkPlot(plot, sizes, clearances) == PlotRejection::None);

    CHECK_THROWS_AS(standardSizeOptions({ 12.5 }, 45.0, 18.0, 2000.0), InvalidInput);
    CHECK_THROWS_AS(standardSizeOptions({ 12 }, 0.0, 18.0, 2000.0), InvalidInput);
}

TEST_CASE(
    "Each proposed site is explained with seats, coverage and shortfall closed", "[core][siting]")
{
    // Two zones near an old school with room for one of them; a third zone far away.
    SitingProblem problem;
    problem.zones = { { "near1", 100.0 }, { "near2", 100.0 }, { "far", 50.0 } };
    problem.existing = { { "old", 100.0 } };
    problem.candidates = { { "plotA", { { 4, 180.0, 0.0 }, { 6, 270.0, 0.0 } } } };
    problem.distances = DistanceMatrix::straightLine(
        { { 0, 0 }, { 100, 0 }, { 3000, 0 } }, { { 0, 0 }, { 2000, 0 } });
    problem.budget.maxNewSchools = 1;
    problem.schoolSizeCap = 2000.0;
    problem.serviceRadius = 1000.0;
    const auto result = solveSitingHeuristic(problem);
    REQUIRE(result.evaluation.feasible());
    REQUIRE(result.solution.newSchoolCount() == 1);
    const auto explanations = explainSiting(problem, result.solution);
    REQUIRE(explanations.size() == 1);
    const SiteExplanation& site = explanations.front();
    CHECK(site.siteId == "plotA");
    CHECK(site.childrenAssigned == Approx(150.0)); // near2 and far
    CHECK(site.classes == 4); // 150 children fit in the smaller size
    CHECK(site.seatsAdded == Approx(180.0));
    CHECK(site.shortfallClosed == Approx(150.0)); // neither had a seat before
    CHECK(site.childrenNewlyWithinRadius == Approx(50.0)); // far is 1000 m from plotA
    CHECK(site.reason == SiteReason::ClosesShortfall);
    CHECK(site.meanDistanceAfter == Approx((100.0 * 1900.0 + 50.0 * 1000.0) / 150.0));
}
