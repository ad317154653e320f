#include "seatplan/core/errors.h"
#include "seatplan/core/quality_evaluation.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace seatplan::core;

TEST_CASE(
    "The published five-school CV example is 0.515 weighted, 0.489 unweighted", "[core][quality]")
{
    // Students 45/37/89/76/55 with 279/137/935/160/402 books (STANDARDS.md 1.2).
    // Books per student: 6.2, 3.7027, 10.5056, 2.1053, 7.3091. Weighted mean = 1913/302 =
    // 6.3344; sum of P/P*(x - mean)^2 = 10.655, S = 3.264, CV = 3.264/6.334 = 0.515.
    // Unweighted: mean 5.9645, S = 2.9174, CV = 0.489.
    const std::vector<double> students { 45, 37, 89, 76, 55 };
    const std::vector<double> books { 279, 137, 935, 160, 402 };
    std::vector<double> perStudent;
    for (std::size_t i = 0; i < students.size(); ++i)
        perStudent.push_back(books[i] / students[i]);
    CHECK(weightedCv(perStudent, students) == Approx(0.515).epsilon(0.002));
    CHECK(unweightedCv(perStudent) == Approx(0.489).epsilon(0.002));
    CHECK_THROWS_AS(weightedCv({ 1, 2 }, { 1 }), InvalidInput);
    CHECK_THROWS_AS(weightedCv({ 1, 2 }, { 0, 0 }), InvalidInput);
}

TEST_CASE("A nine-year school's shared resources split 1 : 1.1", "[core][quality]")
{
    const Standards s;
    // 600 primary, 300 junior: weights 600 and 330, shares 600/930 and 330/930.
    const auto nine = stageShares(600, 300, 0, s);
    CHECK(nine[0] == Approx(600.0 / 930.0));
    CHECK(nine[1] == Approx(330.0 / 930.0));
    // Twelve-year, 100 students in each stage: 1 : 1.1 : 1.32 of 3.42.
    const auto twelve = stageShares(100, 100, 100, s);
    CHECK(twelve[0] == Approx(100 / 342.0));
    CHECK(twelve[1] == Approx(110 / 342.0));
}

TEST_CASE(
    "A school passes with six indicators met and the seventh at 85%, not 84%", "[core][quality]")
{
    const Standards s;
    std::array<double, kQualityIndicatorCount> ratios { 1, 1.2, 1, 1.5, 1, 1, 0.85 };
    CHECK(schoolPasses(ratios, s));
    ratios[6] = 0.84;
    CHECK_FALSE(schoolPasses(ratios, s));
    // Five met and two at 90% fails: six must be met.
    ratios = { 1, 1, 1, 1, 1, 0.9, 0.9 };
    CHECK_FALSE(schoolPasses(ratios, s));
}

TEST_CASE(
    "School indicators use the stage's students and the county CV its enrolment", "[core][quality]")
{
    const Standards s;
    School a;
    a.id = "a";
    a.countyCode = "441402";
    a.type = SchoolType::Primary;
    a.students = { 1000, 0 };
    SchoolResources r;
    r.qualifiedTeachers = { 42, 0 }; // 4.2 per 100: exactly the threshold
    r.keyTeachers = { 10, 0 };
    r.artPeTeachers = { 9, 0 };
    r.teachingAreaM2 = 4500;
    r.sportsAreaM2 = 7500;
    r.equipmentValueYuan = 2000000;
    r.multimediaRooms = 19.55; // 1.955 per 100 = 85% of 2.3
    a.resources = r;
    School tp = a;
    tp.id = "tp";
    tp.type = SchoolType::TeachingPoint;
    tp.students = { 49, 0 }; // under 50: excluded
    std::vector<SchoolQualityRow> rows;
    std::vector<CountyCvRow> cvs;
    evaluateQuality({ a, tp }, s, rows, cvs);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].value[0] == Approx(4.2));
    CHECK(rows[0].indicatorsMet == 6);
    CHECK(rows[0].passes);
    REQUIRE(cvs.size() == kQualityIndicatorCount);
    CHECK(cvs[0].cv == Approx(0.0).margin(1e-12)); // one school: no variation
    CHECK(cvs[0].passes);
}

TEST_CASE("The county CV of an indicator weights each school by its enrolment", "[core][quality]")
{
    // The five-school example again, as equipment value per student (yuan): school i has
    // books_i x 1000 yuan, so the indicator is books per student x 1000 and its CV 0.515.
    const Standards s;
    const std::vector<double> students { 45, 37, 89, 76, 55 };
    const std::vector<double> books { 279, 137, 935, 160, 402 };
    std::vector<School> schools;
    for (std::size_t i = 0; i < students.size(); ++i) {
        School school;
        school.id = "s" + std::to_string(i);
        school.countyCode = "441402";
        school.type = SchoolType::Primary;
        school.students = { students[i], 0 };
        SchoolResources r;
        r.equipmentValueYuan = books[i] * 1000;
        school.resources = r;
        schools.push_back(school);
    }
    std::vector<SchoolQualityRow> rows;
    std::vector<CountyCvRow> cvs;
    evaluateQuality(schools, s, rows, cvs);
    REQUIRE(rows.size() == 5);
    const auto equipment = std::find_if(cvs.begin(), cvs.end(),
        [](const CountyCvRow& c) { return c.indicator == QualityIndicator::EquipmentValue; });
    REQUIRE(equipment != cvs.end());
    CHECK(equipment->mean == Approx(1913000.0 / 302.0)); // ratio of totals
    CHECK(equipment->cv == Approx(0.515).epsilon(0.002));
    CHECK_FALSE(equipment->passes); // above the primary limit of 0.50
    CHECK(equipment->schools == 5);
}
