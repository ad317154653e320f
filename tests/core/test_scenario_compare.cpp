#include "seatplan/core/analyze.h"
#include "seatplan/core/scenario_compare.h"

#include "planning_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace seatplan::core;

namespace {

// Zone z2 leaves catchment c3 (school s3) for c1 (school s1).
Scenario moveZone2ToSchool1()
{
    Scenario s;
    s.name = "move";
    s.parent = "base";
    s.edits.push_back(CatchmentEdit {
        { "c1", Level::Primary, { { "z1", 1.0 }, { "z2", 1.0 } }, { { "s1", 0 } }, false } });
    s.edits.push_back(CatchmentEdit { { "c3", Level::Primary, {}, { { "s3", 0 } }, false } });
    return s;
}

const BalanceChange& row(const std::vector<BalanceChange>& rows, const std::string& id, int year)
{
    const auto found = std::find_if(rows.begin(), rows.end(),
        [&](const BalanceChange& r) { return r.id == id && r.year == year; });
    REQUIRE(found != rows.end());
    return *found;
}

} // namespace

TEST_CASE("Comparing a scenario with itself finds no change", "[core][scenario_compare]")
{
    const PlanningInputs inputs = seatplan::test::tinyProject();
    const Results base = analyze(inputs, Scenario {});
    const ScenarioComparison same = compareResults(base, base);
    CHECK_FALSE(same.schools.empty());
    CHECK(std::none_of(same.schools.begin(), same.schools.end(),
        [](const BalanceChange& r) { return r.changed(); }));
    CHECK(same.flags.empty());
    CHECK(changedZones(inputs, Scenario {}, inputs, Scenario {}).empty());
}

TEST_CASE("Moving a zone to another school shows in demand, utilisation, flags and zones",
    "[core][scenario_compare]")
{
    const PlanningInputs inputs = seatplan::test::tinyProject();
    const Scenario moved = moveZone2ToSchool1();
    const Results a = analyze(inputs, Scenario {});
    const Results b = analyze(inputs, moved);
    CompareOptions options;
    options.year = 2022;
    const ScenarioComparison diff = compareResults(a, b, options);

    // Every row is of the chosen year and variant.
    CHECK(std::all_of(diff.schools.begin(), diff.schools.end(),
        [](const BalanceChange& r) { return r.year == 2022 && r.variant == Variant::Medium; }));
    // s1 takes z2's primary demand from s3: its demand is the two schools' demand in A.
    const BalanceChange& s1 = row(diff.schools, "s1", 2022);
    const BalanceChange& s3 = row(diff.schools, "s3", 2022);
    CHECK(s1.changed());
    CHECK(s1.demandB == Approx(s1.demandA + s3.demandA));
    CHECK(s3.demandB == Approx(0).margin(1e-9));
    CHECK(s1.utilisationB > s1.utilisationA);
    CHECK(s1.capacityA == Approx(s1.capacityB));
    const BalanceChange& c3 = row(diff.catchments, "c3", 2022);
    CHECK(c3.demandB == Approx(0).margin(1e-9));

    const std::vector<ZoneChange> zones = changedZones(inputs, Scenario {}, inputs, moved);
    REQUIRE(zones.size() == 1);
    CHECK(zones[0].zoneId == "z2");
    CHECK(zones[0].level == Level::Primary);
    CHECK(zones[0].schoolsA == std::vector<std::string> { "s3" });
    CHECK(zones[0].schoolsB == std::vector<std::string> { "s1" });
}

TEST_CASE(
    "Flags raised in only one scenario are listed as added or resolved", "[core][scenario_compare]")
{
    const Results a = analyze(seatplan::test::tinyProject(), Scenario {});
    Results b = a;
    Flag overflow;
    overflow.ruleId = "test.overflow";
    overflow.subjectKind = "school";
    overflow.subjectId = "s1";
    overflow.year = 2022;
    overflow.variant = Variant::Medium;
    b.flags.push_back(overflow);
    overflow.year = 2023;
    Results withOther = a;
    withOther.flags.push_back(overflow);

    CompareOptions year2022;
    year2022.year = 2022;
    const ScenarioComparison added = compareResults(a, b, year2022);
    REQUIRE(added.flags.size() == 1);
    CHECK(added.flags[0].added);
    CHECK(added.flags[0].flag.subjectId == "s1");
    const ScenarioComparison resolved = compareResults(b, a, year2022);
    REQUIRE(resolved.flags.size() == 1);
    CHECK_FALSE(resolved.flags[0].added);
    // A flag of another year is not selected.
    CHECK(compareResults(a, withOther, year2022).flags.empty());
}
