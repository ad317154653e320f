#include "seatplan/core/investment.h"

#include "seatplan/core/errors.h"

#include <catch2/catch.hpp>

using namespace seatplan::core;

TEST_CASE("The investment of new seats follows floor area per student and unit cost",
    "[core][investment]")
{
    const Standards standards;
    // 1,080 primary seats (24 classes x 45) and 600 junior seats (12 x 50).
    const InvestmentEstimate estimate = estimateInvestment({ 1080, 600 }, standards);
    CHECK(estimate.floorAreaM2 == Approx(1080 * 7.8 + 600 * 9.8));
    CHECK(estimate.totalWan == Approx(estimate.floorAreaM2 * 5000 / 10000));
    CHECK(estimate.worksWan + estimate.otherWan + estimate.contingencyWan
        == Approx(estimate.totalWan));
    CHECK(estimate.worksWan == Approx(estimate.totalWan * 0.82));

    SECTION("a project may set its own unit cost")
    {
        Standards costly = standards;
        costly.set("construction.unit_cost_yuan_per_m2", 6400);
        CHECK(estimateInvestment({ 1080, 600 }, costly).totalWan
            == Approx(estimate.totalWan * 6400 / 5000));
    }
    SECTION("removed seats cost nothing")
    {
        CHECK(estimateInvestment({ -45, 0 }, standards).totalWan == 0);
    }
}

TEST_CASE("Cost shares that do not add up to one are refused", "[core][investment]")
{
    Standards standards;
    standards.set("construction.cost_share.works", 0.9);
    CHECK_THROWS_AS(standards.validate(), InvalidInput);
}

TEST_CASE("Land for new seats uses the land-per-student standard", "[core][investment]")
{
    const Standards standards;
    CHECK(landNeededM2({ 1080, 0 }, standards, false) == Approx(1080 * 18));
    CHECK(landNeededM2({ 0, 600 }, standards, true) == Approx(600 * 10.1));
    CHECK(kSquareMetresPerMu == Approx(666.6667));
}
