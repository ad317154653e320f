#include "planning_fixture.h"
#include "seatplan/core/analyze.h"
#include "seatplan/core/errors.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace seatplan::core;

namespace {

const BalanceRow& row(const std::vector<BalanceRow>& rows, const std::string& id, Level level,
    int year, Variant variant = Variant::Medium)
{
    const auto found = std::find_if(rows.begin(), rows.end(), [&](const BalanceRow& r) {
        return r.id == id && r.level == level && r.year == year && r.variant == variant;
    });
    REQUIRE(found != rows.end());
    return *found;
}

std::vector<std::string> flagsOf(const Results& r, const std::string& subject)
{
    std::vector<std::string> rules;
    for (const auto& f : r.flags)
        if (f.subjectId == subject)
            rules.push_back(f.ruleId);
    return rules;
}

bool has(const std::vector<std::string>& rules, const std::string& rule)
{
    return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

} // namespace

TEST_CASE("Catchment shortfall is demand minus seats, in seats and classes", "[core][analyze]")
{
    // Zone z1: 600 primary children (ages 6-11, 100 each), school s1: 12 classes x 45 = 540.
    // Shortfall 60 seats = 2 classes (60/45 rounded up); utilisation 600/540 = 1.111.
    // Rural c3: 600 against 6 x 45 = 270: 330 short = 8 classes (7.33 up).
    const auto r = analyze(seatplan::test::tinyProject(), Scenario {});
    const auto& c1 = row(r.catchments, "c1", Level::Primary, 2022);
    CHECK(c1.demand == Approx(600));
    CHECK(c1.capacity == Approx(540));
    CHECK(c1.shortfall == Approx(60));
    CHECK(c1.shortfallClasses == 2);
    CHECK(c1.surplus == 0);
    CHECK(c1.utilisation == Approx(600.0 / 540.0));
    CHECK(row(r.catchments, "c3", Level::Primary, 2022).shortfallClasses == 8);
    // Junior catchment c2 takes both zones: 600 against 6 x 50 = 300.
    CHECK(row(r.catchments, "c2", Level::Junior, 2020).shortfall == Approx(300));
    CHECK(row(r.schools, "s2", Level::Junior, 2020).demand == Approx(600));
    // Town and county rows pool their zones and schools.
    CHECK(row(r.towns, "441402001", Level::Junior, 2020).demand == Approx(300));
    CHECK(row(r.towns, "441402001", Level::Junior, 2020).surplus == Approx(0));
    CHECK(row(r.counties, "441402", Level::Primary, 2020).capacity == Approx(810));
    CHECK(row(r.counties, "441402", Level::Primary, 2020).shortfall == Approx(390));
    // Three variants x 6 years for each of 3 catchments.
    CHECK(r.catchments.size() == 3 * 3 * 6);
}

TEST_CASE(
    "The build plan closes the county's shortfall evenly by the target year", "[core][analyze]")
{
    // Primary catchment shortfalls 60 + 330 = 390 each year; target 2025 = the 6th year:
    // 65 seats a year, cumulative 65, 130, ... 390; classes ceil(cum/45): 2,3,5,6,8,9 ->
    // 2,1,2,1,2,1.
    const auto r = analyze(seatplan::test::tinyProject(), Scenario {});
    std::vector<int> classes;
    double seats = 0;
    for (const auto& b : r.buildPlan)
        if (b.level == Level::Primary && b.variant == Variant::Medium) {
            seats += b.seatsToBuild;
            classes.push_back(b.classesToBuild);
        }
    CHECK(seats == Approx(390));
    CHECK(classes == std::vector<int> { 2, 1, 2, 1, 2, 1 });
}

TEST_CASE("多校划片 splits a catchment's demand by the given shares", "[core][analyze]")
{
    auto in = seatplan::test::tinyProject();
    in.catchments[0].schools = { { "s1", 3 }, { "s3", 1 } };
    const auto r = analyze(in, Scenario {});
    // c1's 600 go 450 to s1 and 150 to s3; s3 also serves c3 (600).
    CHECK(row(r.schools, "s1", Level::Primary, 2020).demand == Approx(450));
    CHECK(row(r.schools, "s3", Level::Primary, 2020).demand == Approx(750));
    // c1's capacity: all of s1 (540) + s3's 270 x 150/750 = 54.
    CHECK(row(r.catchments, "c1", Level::Primary, 2020).capacity == Approx(594));
}

TEST_CASE("Scenario edits change supply from their year", "[core][analyze]")
{
    auto in = seatplan::test::tinyProject();
    Scenario s;
    s.name = "expand";
    s.edits.push_back(ExpansionEdit { "s1", 2023, { 2, 0 } });
    s.edits.push_back(ClosureEdit { "s3", 2024 });
    School fresh = in.schools[2];
    fresh.id = "s4";
    fresh.openingYear = 2025;
    fresh.classes = { 18, 0 };
    s.edits.push_back(NewSchoolEdit { fresh, std::nullopt });
    auto c3 = in.catchments[2];
    c3.schools = { { "s3", 0 }, { "s4", 0 } };
    s.edits.push_back(CatchmentEdit { c3, false });
    const auto r = analyze(in, s);
    CHECK(row(r.schools, "s1", Level::Primary, 2022).capacity == Approx(540));
    CHECK(row(r.schools, "s1", Level::Primary, 2023).capacity == Approx(630));
    CHECK(row(r.catchments, "c1", Level::Primary, 2023).shortfall == 0);
    CHECK(row(r.catchments, "c3", Level::Primary, 2024).capacity == 0);
    CHECK(row(r.catchments, "c3", Level::Primary, 2025).capacity == Approx(810));
    CHECK(r.scenario == "expand");

    Scenario bad;
    bad.edits.push_back(ClosureEdit { "nope", 2022 });
    CHECK_THROWS_WITH(analyze(in, bad), Catch::Contains("nope"));
}

TEST_CASE("analyze is deterministic and the Analyzer's cache changes nothing", "[core][analyze]")
{
    const auto in = seatplan::test::tinyProject();
    Scenario s;
    auto c = in.catchments[0];
    c.zones.push_back({ "z2", 0.5 });
    s.edits.push_back(CatchmentEdit { c, false });
    const auto a = analyze(in, s);
    const auto b = analyze(in, s);
    Analyzer analyzer(in);
    analyzer.analyze(Scenario {});
    const auto cached = analyzer.analyze(s);
    REQUIRE(a.catchments.size() == cached.catchments.size());
    for (std::size_t i = 0; i < a.catchments.size(); ++i) {
        CHECK(a.catchments[i].demand == b.catchments[i].demand);
        CHECK(a.catchments[i].demand == cached.catchments[i].demand);
        CHECK(a.catchments[i].capacity == cached.catchments[i].capacity);
    }
    CHECK(a.flags.size() == cached.flags.size());
    CHECK(row(a.catchments, "c1", Level::Primary, 2020).demand == Approx(900));
}

TEST_CASE("The Analyzer's catchment update equals a full analysis", "[core][analyze]")
{
    auto in = seatplan::test::tinyProject();
    in.catchments[0].schools = { { "s1", 0 }, { "s3", 0 } }; // s3 shared by c1 and c3
    Analyzer analyzer(in);
    analyzer.analyze(Scenario {});
    Scenario s;
    s.name = "redraw";
    auto c1 = in.catchments[0];
    c1.zones = { { "z1", 0.5 }, { "z2", 0.25 } };
    s.edits.push_back(CatchmentEdit { c1, false });
    auto c2 = in.catchments[1];
    c2.zones.pop_back(); // z2 leaves the junior catchment: uncovered
    s.edits.push_back(CatchmentEdit { c2, false });
    for (int round = 0; round < 2; ++round) {
        const Results& updated = analyzer.analyze(round == 0 ? s : Scenario {});
        const Results full = analyze(in, round == 0 ? s : Scenario {});
        CHECK(updated.scenario == full.scenario);
        const auto same = [](const std::vector<BalanceRow>& a, const std::vector<BalanceRow>& b) {
            REQUIRE(a.size() == b.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                INFO(a[i].id << " " << a[i].year);
                CHECK(a[i].id == b[i].id);
                CHECK(a[i].level == b[i].level);
                CHECK(a[i].demand == Approx(b[i].demand));
                CHECK(a[i].capacity == Approx(b[i].capacity));
                CHECK(a[i].shortfallClasses == b[i].shortfallClasses);
            }
        };
        same(updated.schools, full.schools);
        same(updated.catchments, full.catchments);
        same(updated.towns, full.towns);
        REQUIRE(updated.buildPlan.size() == full.buildPlan.size());
        for (std::size_t i = 0; i < full.buildPlan.size(); ++i)
            CHECK(updated.buildPlan[i].seatsToBuild == Approx(full.buildPlan[i].seatsToBuild));
        REQUIRE(updated.flags.size() == full.flags.size());
        for (std::size_t i = 0; i < full.flags.size(); ++i) {
            CHECK(updated.flags[i].ruleId == full.flags[i].ruleId);
            CHECK(updated.flags[i].subjectId == full.flags[i].subjectId);
            CHECK(updated.flags[i].value == Approx(full.flags[i].value));
        }
        CHECK(updated.ledger.front().value == full.ledger.front().value);
    }
    const auto& redrawn = analyze(in, s);
    CHECK(row(redrawn.catchments, "c1", Level::Primary, 2020).demand == Approx(450));
}

TEST_CASE("School size is over the cap from 2001 students, not at 2000", "[core][flags]")
{
    auto in = seatplan::test::tinyProject();
    in.schools[0].students = { 2000, 0 };
    CHECK_FALSE(has(flagsOf(analyze(in, Scenario {}), "s1"), "school.over_cap"));
    in.schools[0].students = { 2001, 0 };
    CHECK(has(flagsOf(analyze(in, Scenario {}), "s1"), "school.over_cap"));
    // A nine-year school may have 2500.
    in.schools[0].type = SchoolType::NineYear;
    in.schools[0].students = { 1700, 800 };
    CHECK_FALSE(has(flagsOf(analyze(in, Scenario {}), "s1"), "school.over_cap"));
}

TEST_CASE(
    "Class-size bands: 55 is not 大班额, 56 is; 65 is 大班额, 66 is 超大班额", "[core][flags]")
{
    auto in = seatplan::test::tinyProject();
    const auto rulesAt = [&](int size) {
        in.schools[0].maxClassSize = size;
        return flagsOf(analyze(in, Scenario {}), "s1");
    };
    CHECK_FALSE(has(rulesAt(45), "class.above_standard"));
    CHECK(has(rulesAt(46), "class.above_standard"));
    CHECK_FALSE(has(rulesAt(55), "class.large"));
    CHECK(has(rulesAt(56), "class.large"));
    CHECK(has(rulesAt(65), "class.large"));
    CHECK_FALSE(has(rulesAt(65), "class.oversized"));
    CHECK(has(rulesAt(66), "class.oversized"));
    CHECK_FALSE(has(rulesAt(66), "class.large"));
}

TEST_CASE(
    "Flags cite their rule for small, boarding, resource-room and land findings", "[core][flags]")
{
    auto in = seatplan::test::tinyProject();
    in.schools[2].students = { 99, 0 }; // rural, under 100
    in.schools[0].disabledStudents = 5;
    const auto r = analyze(in, Scenario {});
    CHECK(has(flagsOf(r, "s3"), "school.rural_small"));
    CHECK(has(flagsOf(r, "s1"), "school.no_resource_room"));
    CHECK(has(flagsOf(r, "441402100"), "town.no_boarding_school")); // only s1 boards
    CHECK_FALSE(has(flagsOf(r, "441402001"), "town.no_boarding_school"));
    CHECK(has(flagsOf(r, "c3"), "catchment.shortfall_no_land"));
    CHECK(has(flagsOf(r, "s1"), "school.over_capacity"));
    for (const auto& f : r.flags) {
        INFO(f.ruleId);
        CHECK(!f.citation.empty());
        CHECK(!f.message.empty());
    }
    // A plot in catchment c3 removes its land flag.
    Plot plot;
    plot.id = "p1";
    plot.townCode = "441402100";
    plot.catchmentIds = { "c3" };
    in.plots = { plot };
    CHECK_FALSE(has(flagsOf(analyze(in, Scenario {}), "c3"), "catchment.shortfall_no_land"));
}

TEST_CASE("The ledger lists every standard with its value and source", "[core][analyze]")
{
    const auto r = analyze(seatplan::test::tinyProject(), Scenario {});
    const auto entry = std::find_if(r.ledger.begin(), r.ledger.end(),
        [](const LedgerEntry& e) { return e.key == "class_size.large"; });
    REQUIRE(entry != r.ledger.end());
    CHECK(entry->value == "56");
    CHECK(!entry->source.empty());
    CHECK(r.ledger.size() > Standards::catalogue().size());
}

TEST_CASE("Bad inputs throw InvalidInput naming the object", "[core][analyze]")
{
    auto in = seatplan::test::tinyProject();
    SECTION("unknown town")
    {
        in.zones[0].townCode = "999";
        CHECK_THROWS_WITH(analyze(in, Scenario {}), Catch::Contains("999"));
    }
    SECTION("duplicate school")
    {
        in.schools[1].id = "s1";
        CHECK_THROWS_AS(analyze(in, Scenario {}), InvalidInput);
    }
    SECTION("years outside the projection")
    {
        AnalysisOptions options;
        options.lastYear = 2040;
        CHECK_THROWS_AS(analyze(in, Scenario {}, options), InvalidInput);
    }
    SECTION("invalid standards")
    {
        in.standards.classSize[0] = 0;
        CHECK_THROWS_AS(analyze(in, Scenario {}), InvalidInput);
    }
}

TEST_CASE("A development without an adequate plot is flagged", "[core][flags]")
{
    // 1000 dwellings x 3 = 3000 residents -> 156.42 primary seats (4 classes -> standard 12,
    // 12 x 45 x 18 = 9720 m2) and 78.21 junior (2 classes -> 12, 12 x 50 x 23 = 13800 m2).
    auto in = seatplan::test::tinyProject();
    Development d;
    d.id = "d1";
    d.name = "Riverside";
    d.zoneId = "z1";
    d.dwellings = 1000;
    d.completionYear = 2023;
    in.developments = { d };
    auto r = analyze(in, Scenario {});
    REQUIRE(r.developments.size() == 1);
    CHECK(r.developments[0].landNeededM2[0] == Approx(9720));
    CHECK(has(flagsOf(r, "d1"), "development.no_adequate_plot"));
    Plot plot;
    plot.id = "p1";
    plot.areaM2 = 9720 + 13800;
    in.plots = { plot };
    in.developments[0].schoolPlotId = "p1";
    r = analyze(in, Scenario {});
    CHECK_FALSE(has(flagsOf(r, "d1"), "development.no_adequate_plot"));
    CHECK(r.developments[0].plotAdequate);
}

TEST_CASE("Work-plan targets compare reported and derived county values", "[core][analyze]")
{
    auto in = seatplan::test::tinyProject();
    in.countyStatistics = { { "441402", 1.0, 0.95, std::nullopt, 0.99 } };
    in.schools[0].eduGroup = "金山教育集团";
    const auto r = analyze(in, Scenario {});
    const auto target = [&](const std::string& key) {
        const auto found = std::find_if(r.workPlan.begin(), r.workPlan.end(),
            [&](const WorkPlanRow& w) { return w.targetKey == key; });
        REQUIRE(found != r.workPlan.end());
        return *found;
    };
    CHECK(target("workplan.enrolment_rate").met);
    CHECK_FALSE(target("workplan.consolidation_rate").met); // 95% < 96%
    CHECK(target("workplan.disabled_enrolment").met); // 99% >= 98%
    CHECK(target("workplan.migrant_public_share").value == Approx(0.85)); // the assumption
    CHECK(*target("workplan.edu_groups_per_county").value == 1);
    CHECK_FALSE(target("workplan.edu_groups_per_county").met); // 1 < 2
    CHECK_FALSE(target("workplan.boarding_schools_per_town").met); // the rural town has none
}

TEST_CASE(
    "After the target year the build plan keeps pace with a growing shortfall", "[core][analyze]")
{
    // Target 2021 (the second year): the 390-seat primary shortfall is built 195 + 195; a
    // development from 2024 adds 156.42 seats of demand in c1, built in 2024.
    auto in = seatplan::test::tinyProject();
    in.standards.targetYear = 2021;
    Development d;
    d.id = "d1";
    d.zoneId = "z1";
    d.dwellings = 1000;
    d.completionYear = 2024;
    in.developments = { d };
    const auto r = analyze(in, Scenario {});
    std::vector<double> seats;
    for (const auto& b : r.buildPlan)
        if (b.level == Level::Primary && b.variant == Variant::Medium)
            seats.push_back(b.seatsToBuild);
    REQUIRE(seats.size() == 6);
    CHECK(seats[0] == Approx(195));
    CHECK(seats[1] == Approx(195));
    CHECK(seats[2] == Approx(0).margin(1e-9));
    CHECK(seats[4] == Approx(156.42));
}

TEST_CASE(
    "A plot status edit marks the plot's result row and the Analyzer notices it", "[core][analyze]")
{
    auto in = seatplan::test::tinyProject();
    Plot plot;
    plot.id = "p1";
    plot.areaM2 = 20000;
    plot.note = "reserved 2019";
    in.plots = { plot };
    Scenario scenario;
    scenario.name = "plan";
    Analyzer analyzer(in);
    REQUIRE(analyzer.analyze(scenario).plots.at(0).status == PlotStatus::Planned);
    CHECK(analyzer.analyze(scenario).plots.at(0).note == "reserved 2019");

    scenario.edits.push_back(PlotStatusEdit { "p1", PlotStatus::Acquired, "land bought 2025" });
    const Results full = analyze(in, scenario);
    const Results& cached = analyzer.analyze(scenario);
    for (const Results* r : { &full, &cached }) {
        CHECK(r->plots.at(0).status == PlotStatus::Acquired);
        CHECK(r->plots.at(0).note == "land bought 2025");
    }
    scenario.edits.push_back(PlotStatusEdit { "nowhere", PlotStatus::Built, "" });
    CHECK_THROWS_AS(analyze(in, scenario), InvalidInput);
}
