#include "seatplan/core/errors.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/sample_project.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using seatplan::gis::Project;

namespace {

std::filesystem::path committedSample()
{
    return seatplan::test::sourceDir() / "data" / "meizhou.gpkg";
}

} // namespace

TEST_CASE("The bundled Meizhou sample opens as a valid SeatPlan project", "[gis][sample]")
{
    const Project project = Project::openReadOnly(committedSample().string());
    CHECK(project.check().empty());
    CHECK(project.crs() == "EPSG:4548");
    CHECK(project.metadata("region_code") == "441400");
    CHECK(project.readLayer("counties").features.size() == 8);
    CHECK(project.readLayer("towns").features.size() == 117);
    const auto provenance = project.provenance("counties");
    REQUIRE(provenance);
    CHECK(provenance->origin == "real");
    CHECK(provenance->correction.find("GCJ-02") != std::string::npos);
    CHECK(project.provenance("schools")->origin == "generated");

    REQUIRE(project.hasPopulationRaster());
    const auto raster = project.readPopulationRaster();
    CHECK(raster.cellWidth == Approx(100.0));
    CHECK(raster.total() == Approx(3873239.0).epsilon(1e-12));
}

TEST_CASE("The sample generator rejects a scale below 1", "[gis][sample]")
{
    seatplan::gis::SampleOptions options;
    options.scale = 0;
    const seatplan::test::TempDir dir;
    CHECK_THROWS_AS(
        seatplan::gis::buildSampleProject(options, dir / "x.gpkg"), seatplan::core::InvalidInput);
}

TEST_CASE("A scaled sample has more zones, schools and cells but the same people", "[gis][sample]")
{
    const auto real = seatplan::test::sharedData("data/real");
    if (!real) {
        WARN("../shared/data/real is absent: scaled sample not built");
        return;
    }
    const seatplan::test::TempDir dir;
    seatplan::gis::SampleOptions options;
    options.realDataDir = *real;
    options.landusePolygons = 500;
    const auto base = seatplan::gis::buildSampleProject(options, dir / "one.gpkg");
    options.scale = 2;
    const auto doubled = seatplan::gis::buildSampleProject(options, dir / "two.gpkg");
    CHECK(base.population == 3873239);
    CHECK(doubled.population == 3873239);
    CHECK(doubled.zones > 1.8 * base.zones);
    CHECK(doubled.zones < 2.2 * base.zones);
    CHECK(doubled.schools > 1.5 * base.schools);
    const double cells = static_cast<double>(doubled.rasterColumns) * doubled.rasterRows;
    CHECK(cells / (static_cast<double>(base.rasterColumns) * base.rasterRows)
        == Approx(2.0).epsilon(0.01));
    CHECK(base.landuse > 450);
    CHECK(base.landuse < 550);
}

TEST_CASE("The sample's births, cohorts and enrolment agree with each other", "[gis][sample]")
{
    const Project project = Project::openReadOnly(committedSample().string());
    const auto zones = project.readLayer("zones");
    std::map<std::string, std::string> countyOfZone;
    std::map<std::string, int> zonesPerCounty;
    for (std::size_t i = 0; i < zones.features.size(); ++i) {
        const auto county = seatplan::gis::toText(zones.value(i, "county_code"));
        countyOfZone[seatplan::gis::toText(zones.value(i, "id"))] = county;
        ++zonesPerCounty[county];
    }
    // persons by (county, age) in 2020
    std::map<std::pair<std::string, int>, double> persons;
    for (const auto& row : project.cohorts())
        persons[{ countyOfZone.at(row.zoneId), row.age }] += row.persons;

    // Births 2014-2020 are the census cohorts born that year; the zone split rounds each zone
    // to whole persons, so a county's single-year sum may differ by up to one per zone.
    int checked = 0;
    for (const auto& birth : project.births()) {
        if (birth.year > 2020)
            continue;
        INFO("county " << birth.areaCode << ", year " << birth.year);
        const double cohort = persons[{ birth.areaCode, 2020 - birth.year }];
        CHECK(std::abs(cohort - birth.births) <= zonesPerCounty[birth.areaCode]);
        ++checked;
    }
    CHECK(checked == 8 * 7);

    // Enrolment in 2020 adds up to each school's students.
    const auto schools = project.readLayer("schools");
    std::map<std::string, double> enrolled;
    for (const auto& row : project.enrolment())
        if (row.year == 2020)
            enrolled[row.schoolId] += row.students;
    for (std::size_t i = 0; i < schools.features.size(); ++i) {
        const auto id = seatplan::gis::toText(schools.value(i, "id"));
        const auto students = *seatplan::gis::toDouble(schools.value(i, "students_primary"))
            + *seatplan::gis::toDouble(schools.value(i, "students_junior"));
        INFO("school " << id);
        CHECK(enrolled[id] == Approx(students));
    }
}
