#include "planning_fixture.h"
#include "seatplan/core/demand_projection.h"
#include "seatplan/core/errors.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace seatplan::core;

namespace {

const std::vector<Variant> kMedium { Variant::Medium };

/// One zone of one county with the given single-year ages, no births, neutral assumptions.
PlanningInputs oneZone(std::vector<double> ages)
{
    auto in = seatplan::test::tinyProject();
    in.zones.resize(1);
    in.zones[0].ages = std::move(ages);
    in.schools.clear();
    in.catchments.clear();
    return in;
}

} // namespace

TEST_CASE("A cohort ages through six years into grade 1", "[core][demand]")
{
    // 70 children aged 0 in 2020 (and nobody else) enter grade 1 at age 6 in 2026 and are in
    // grade 2 in 2027; no births are known and the zone has no population, so no one follows.
    auto in = oneZone({ 70 });
    in.zones[0].population = 0;
    in.lastYear = 2027;
    const DemandProjection p(in, {}, kMedium);
    for (int year = 2020; year <= 2025; ++year)
        CHECK(p.children(0, 0, year, 1) == 0);
    CHECK(p.children(0, 0, 2026, 1) == Approx(70));
    CHECK(p.children(0, 0, 2027, 2) == Approx(70));
    CHECK(p.children(0, 0, 2027, Level::Primary) == Approx(70));
    CHECK(p.children(0, 0, 2027, Level::Junior) == 0);
}

TEST_CASE("Grade-1 entrants take 4/12 of births of Y-7 and 8/12 of Y-6", "[core][demand]")
{
    // Births 1200 in 2014 and 2400 in 2015 in the zone's county: entrants in 2021 =
    // 4/12 x 1200 + 8/12 x 2400 = 400 + 1600 = 2000, although the census cohort aged 5 in
    // 2020 holds only 100 (births, when known for both years, win).
    auto in = oneZone(std::vector<double>(15, 100.0));
    in.births = { { "441402", 2014, 1200 }, { "441402", 2015, 2400 } };
    const DemandProjection p(in, {}, kMedium);
    CHECK(p.children(0, 0, 2020, 1) == Approx(100)); // base year: the census
    CHECK(p.children(0, 0, 2021, 1) == Approx(2000));
    CHECK(p.children(0, 0, 2022, 1) == Approx(100)); // 2015/2016 not both known: cohort
    CHECK(p.children(0, 0, 2022, 2) == Approx(2000));
    // Net migration of +1% a year over the six years from birth to entry: 2000 x 1.01^6.
    in.standards.netMigrationRate = { 0.01, 0.01, 0.01 };
    CHECK(DemandProjection(in, {}, kMedium).children(0, 0, 2021, 1)
        == Approx(2000 * std::pow(1.01, 6)));
}

TEST_CASE("Births past the last known year are population x birth rate", "[core][demand]")
{
    // Population 10000 at 8.69 per mille: 86.9 births a year from 2020 on; entrants of 2027
    // are 4/12 x B(2020) + 8/12 x B(2021) = 86.9.
    auto in = oneZone({});
    in.lastYear = 2027;
    const DemandProjection p(in, {}, kMedium);
    CHECK(p.children(0, 0, 2027, 1) == Approx(86.9));
    const DemandProjection low(in, {}, { Variant::Low }); // 7.34 per mille
    CHECK(low.children(0, 0, 2027, 1) == Approx(73.4));
    // With women 15-49 known: 2000 women x 58 per mille = 116 births a year.
    in.zones[0].women15to49 = 2000;
    CHECK(DemandProjection(in, {}, kMedium).children(0, 0, 2027, 1) == Approx(116));
}

TEST_CASE("A 5+4 system counts ages 6-10 as primary and 11-14 as junior", "[core][demand]")
{
    auto in = seatplan::test::tinyProject();
    in.standards.set("system.primary_grades", 5);
    in.standards.set("system.junior_grades", 4);
    const DemandProjection p(in, {}, kMedium);
    CHECK(p.children(0, 0, 2020, Level::Primary) == Approx(500));
    CHECK(p.children(0, 0, 2020, Level::Junior) == Approx(400));
}

TEST_CASE("Grade-progression ratios from enrolment history replace migration", "[core][demand]")
{
    // The county's grade 1 -> 2 history: 200 -> 190 (2018-19) and 100 -> 95 (2019-20), ratio
    // 285 / 300 = 0.95. 100 children in grade 1 in 2020 are 95 in grade 2 in 2021.
    auto in = seatplan::test::tinyProject();
    in.standards.netMigrationRate = { 0.5, 0.5, 0.5 }; // ignored where a ratio exists
    in.enrolment = { { "s1", 2018, 1, 200 }, { "s1", 2019, 2, 190 }, { "s1", 2019, 1, 100 },
        { "s1", 2020, 2, 95 } };
    const DemandProjection p(in, {}, kMedium);
    CHECK(p.children(0, 0, 2021, 2) == Approx(95));
    // Grade 2 -> 3 has no history: net migration of +50% applies.
    CHECK(p.children(0, 0, 2021, 3) == Approx(150));
    REQUIRE(p.progressionRatios().size() == 1);
    CHECK(p.progressionRatios()[0].second[0] == Approx(0.95));
}

TEST_CASE("Urbanisation moves a share of rural children to urban zones", "[core][demand]")
{
    // Shift 1% a year: the rural zone's 100 grade-1 children of 2020 are 99 in grade 2 in
    // 2021; the urban zone (the county's only one) receives the 1.
    auto in = seatplan::test::tinyProject();
    in.standards.urbanisationShift = { 0.01, 0.01, 0.01 };
    const DemandProjection p(in, {}, kMedium);
    CHECK(p.children(0, 1, 2021, 2) == Approx(99));
    CHECK(p.children(0, 0, 2021, 2) == Approx(101));
}

TEST_CASE("Public demand counts migrants at their public share", "[core][demand]")
{
    // 600 primary children, 40% migrants: 360 local x 1.0 + 240 x 0.9 = 576.
    auto in = seatplan::test::tinyProject();
    in.zones[0].migrantShare = 0.4;
    in.standards.migrantPublicShare = 0.9;
    const DemandProjection p(in, {}, kMedium);
    CHECK(p.children(0, 0, 2020, Level::Primary) == Approx(600));
    CHECK(p.publicDemand(0, 0, 2020, Level::Primary) == Approx(576));
    in.zones[0].ages[3] = -1;
    CHECK_THROWS_AS(DemandProjection(in, {}, kMedium), InvalidInput);
}

TEST_CASE("A development adds seats by 千人指标 from its completion year", "[core][demand]")
{
    // 1000 dwellings x 3 persons = 3000 residents; 52.14 primary seats per 1000 = 156.42.
    auto in = seatplan::test::tinyProject();
    Development d;
    d.id = "d1";
    d.zoneId = "z1";
    d.dwellings = 1000;
    d.completionYear = 2023;
    const DemandProjection p(in, { d }, kMedium);
    CHECK(p.publicDemand(0, 0, 2022, Level::Primary) == Approx(600));
    CHECK(p.publicDemand(0, 0, 2023, Level::Primary) == Approx(600 + 156.42));
    CHECK(p.publicDemand(0, 0, 2023, Level::Junior) == Approx(300 + 78.21));
}
