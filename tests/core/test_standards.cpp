#include "seatplan/core/errors.h"
#include "seatplan/core/results.h"
#include "seatplan/core/standards.h"

#include <catch2/catch.hpp>

#include <set>

using seatplan::core::InvalidInput;
using seatplan::core::Level;
using seatplan::core::SchoolType;
using seatplan::core::Standards;

TEST_CASE("Standards default to Guangdong's numbers", "[core][standards]")
{
    const Standards s;
    CHECK(s.classSize[0] == 45);
    CHECK(s.classSize[1] == 50);
    CHECK(s.largeClass == 56);
    CHECK(s.oversizedClass == 66);
    CHECK(s.schoolCapFor(SchoolType::Primary) == 2000);
    CHECK(s.schoolCapFor(SchoolType::Junior) == 2000);
    CHECK(s.schoolCapFor(SchoolType::NineYear) == 2500);
    CHECK(s.schoolCapFor(SchoolType::TwelveYear) == 2500);
    CHECK(s.landPerStudent[0] == 18);
    CHECK(s.landPerStudentCityCentre[1] == Approx(10.1));
    CHECK(s.cvLimit[0] == Approx(0.50));
    CHECK(s.cvLimit[1] == Approx(0.45));
    // 千人指标 = 6b and 3b with b = 8.69 per mille: 52.14 and 26.07 seats per 1000 residents.
    CHECK(s.seatsPer1000(Level::Primary) == Approx(52.14));
    CHECK(s.seatsPer1000(Level::Junior) == Approx(26.07));
    // Rural long-term class sizes only when asked for.
    CHECK(s.standardClassSize(Level::Primary, true) == 45);
    Standards longTerm;
    longTerm.set("class_size.use_rural_long_term", 1);
    CHECK(longTerm.standardClassSize(Level::Primary, true) == 40);
    CHECK(longTerm.standardClassSize(Level::Primary, false) == 45);
    CHECK_NOTHROW(s.validate());
}

TEST_CASE("Every standard has a unit and a source and reads back by key", "[core][standards]")
{
    const Standards s;
    std::set<std::string> keys;
    for (const auto& info : Standards::catalogue()) {
        INFO(info.key);
        CHECK(!info.unit.empty());
        CHECK(!info.source.empty());
        CHECK(keys.insert(info.key).second);
        CHECK(!s.valueText(info.key).empty());
    }
    CHECK(s.valueText("class_size.large") == "56");
    CHECK(s.valueText("school_sizes.nine_year") == "18,27,36,45");
    CHECK(keys.count("quality.threshold.equipment_value.junior") == 1);
}

TEST_CASE("Standards overrides are applied by key and validated", "[core][standards]")
{
    Standards s;
    s.setFromText("class_size.primary", "40");
    CHECK(s.classSize[0] == 40);
    s.setFromText("school_sizes.primary", "6, 12,18");
    CHECK(s.standardSizesPrimary == std::vector<double> { 6, 12, 18 });
    CHECK_NOTHROW(s.validate());

    SECTION("an unknown key")
    {
        CHECK_THROWS_AS(s.set("class_size.kindergarten", 30), InvalidInput);
    }
    SECTION("text that is not a number")
    {
        CHECK_THROWS_AS(s.setFromText("class_size.primary", "forty"), InvalidInput);
    }
    SECTION("a negative class size")
    {
        s.set("class_size.junior", -50);
        CHECK_THROWS_WITH(s.validate(), Catch::Contains("class_size.junior"));
    }
    SECTION("a cap below one class")
    {
        s.set("school_cap.primary", 30);
        CHECK_THROWS_WITH(s.validate(), Catch::Contains("school_cap.primary"));
    }
    SECTION("大班额 not below 超大班额")
    {
        s.set("class_size.large", 70);
        CHECK_THROWS_AS(s.validate(), InvalidInput);
    }
    SECTION("a migrant public share below the 85% rule")
    {
        s.set("demand.migrant_public_share", 0.8);
        CHECK_THROWS_WITH(s.validate(), Catch::Contains("workplan.migrant_public_share"));
    }
    SECTION("a 5+4 school system is valid, 6+4 is not")
    {
        s.set("system.primary_grades", 5);
        s.set("system.junior_grades", 4);
        CHECK_NOTHROW(s.validate());
        CHECK(s.firstGrade(Level::Junior) == 6);
        s.set("system.primary_grades", 6);
        CHECK_THROWS_AS(s.validate(), InvalidInput);
    }
}

TEST_CASE("The 31 August cut-off takes 4/12 of births from Y-7", "[core][standards]")
{
    Standards s;
    CHECK(s.entryShareOlderBirths() == Approx(4.0 / 12.0));
    s.set("system.cutoff_month", 12); // a calendar-year cut-off takes none from Y-7
    CHECK(s.entryShareOlderBirths() == Approx(0.0).margin(1e-12));
}

TEST_CASE("Names of levels, school types, variants and scopes round-trip", "[core][standards]")
{
    using namespace seatplan::core;
    CHECK(parseLevel(levelName(Level::Junior)) == Level::Junior);
    CHECK(parseSchoolType(schoolTypeName(SchoolType::TeachingPoint)) == SchoolType::TeachingPoint);
    CHECK(parseVariant("high") == Variant::High);
    CHECK(std::string(scopeName(Scope::Catchment)) == "catchment");
    CHECK(qualityIndicatorName(QualityIndicator::SportsArea) == "sports_area");
    CHECK_THROWS_WITH(parseSchoolType("kindergarten"), Catch::Contains("nine_year"));
    CHECK(schoolTeaches(SchoolType::NineYear, Level::Junior));
    CHECK_FALSE(schoolTeaches(SchoolType::TeachingPoint, Level::Junior));
}
