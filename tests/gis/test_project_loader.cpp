#include "seatplan/core/analyze.h"
#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_loader.h"

#include "test_paths.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace seatplan::gis;
using seatplan::test::TempDir;

namespace {

Feature square(double x, double y, double side, std::vector<FieldValue> values)
{
    Feature f;
    f.geometry.addPolygon(
        { { { x, y }, { x + side, y }, { x + side, y + side }, { x, y + side } } });
    f.values = std::move(values);
    return f;
}

} // namespace

TEST_CASE("The loader turns a small project into PlanningInputs with area shares", "[gis][loader]")
{
    TempDir dir;
    Project project = Project::create((dir / "p.gpkg").string());
    project.setMetadata("base_year", "2023");
    project.setMetadata("region_code", "441402");

    VectorLayer zones;
    zones.name = "zones";
    zones.kind = GeometryKind::Polygon;
    zones.fields = { { "id", FieldType::Text }, { "town_code", FieldType::Text },
        { "county_code", FieldType::Text }, { "population", FieldType::Real } };
    zones.features = { square(0, 0, 1000,
                           { std::string("Z1"), std::string("T1"), std::string("441402"), 5000.0 }),
        square(1000, 0, 1000,
            { std::string("Z2"), std::string("T1"), std::string("441402"), 3000.0 }) };
    project.writeLayer(zones);

    VectorLayer catchments;
    catchments.name = "catchments";
    catchments.kind = GeometryKind::Polygon;
    catchments.fields = { { "id", FieldType::Text }, { "scenario", FieldType::Text },
        { "level", FieldType::Text }, { "school_ids", FieldType::Text } };
    // Covers all of Z1 and the western quarter of Z2.
    Feature c;
    c.geometry.addPolygon({ { { 0, 0 }, { 1250, 0 }, { 1250, 1000 }, { 0, 1000 } } });
    c.values = { std::string("C1"), std::string("base"), std::string("primary"), FieldValue {} };
    Feature other = c;
    other.values
        = { std::string("C9"), std::string("plan-a"), std::string("primary"), std::string("S1") };
    catchments.features = { c, other };
    project.writeLayer(catchments);

    VectorLayer schools;
    schools.name = "schools";
    schools.kind = GeometryKind::Point;
    schools.fields = { { "id", FieldType::Text }, { "level", FieldType::Text },
        { "classes_primary", FieldType::Integer }, { "students_primary", FieldType::Integer },
        { "county_code", FieldType::Text } };
    Feature s;
    s.geometry = Geometry::point(500, 500);
    s.values = { std::string("S1"), std::string("primary"), std::int64_t { 12 },
        std::int64_t { 500 }, std::string("441402") };
    schools.features = { s };
    project.writeLayer(schools);

    VectorLayer plots;
    plots.name = "plots";
    plots.kind = GeometryKind::Polygon;
    plots.fields = { { "id", FieldType::Text }, { "planned_level", FieldType::Text },
        { "status", FieldType::Text } };
    plots.features = { square(
        100, 100, 100, { std::string("P1"), std::string("primary"), std::string("acquired") }) };
    project.writeLayer(plots);

    VectorLayer counties;
    counties.name = "counties";
    counties.kind = GeometryKind::Polygon;
    counties.fields = { { "code", FieldType::Text }, { "name", FieldType::Text } };
    counties.features = { square(0, 0, 2000, { std::string("441402"), std::string("梅江区") }) };
    project.writeLayer(counties);
    VectorLayer towns;
    towns.name = "towns";
    towns.kind = GeometryKind::Polygon;
    towns.fields = { { "code", FieldType::Text }, { "county_code", FieldType::Text } };
    towns.features = { square(0, 0, 2000, { std::string("T1"), std::string("441402") }) };
    project.writeLayer(towns);

    project.replaceCohorts(
        { { "Z1", 2023, 6, 100 }, { "Z1", 2023, 8, 80 }, { "Z2", 2022, 6, 999 } });
    project.replaceBirths({ { "441402", 2022, 3000 } });

    const seatplan::core::PlanningInputs in = loadPlanningInputs(project);
    CHECK(in.baseYear == 2023);
    CHECK(in.regionCode == "441402");
    REQUIRE(in.zones.size() == 2);
    REQUIRE(in.zones[0].ages.size() == 9);
    CHECK(in.zones[0].ages[6] == Approx(100));
    CHECK(in.zones[0].ages[7] == Approx(0));
    CHECK(in.zones[1].ages.empty()); // only other years
    REQUIRE(in.catchments.size() == 1); // the base scenario only
    const auto& zonesIn = in.catchments[0].zones;
    REQUIRE(zonesIn.size() == 2);
    CHECK(zonesIn[0].share == Approx(1.0));
    CHECK(zonesIn[1].share == Approx(0.25));
    REQUIRE(in.catchments[0].schools.size() == 1); // found by location
    CHECK(in.catchments[0].schools[0].schoolId == "S1");
    REQUIRE(in.plots.size() == 1);
    CHECK(in.plots[0].areaM2 == Approx(10000));
    CHECK(in.plots[0].status == seatplan::core::PlotStatus::Acquired);
    CHECK(in.plots[0].catchmentIds == std::vector<std::string> { "C1" });
    CHECK(in.schools[0].classes[0] == 12);
    CHECK(in.births.size() == 1);

    SECTION("another scenario's catchments")
    {
        const auto plan = loadPlanningInputs(project, "plan-a");
        REQUIRE(plan.catchments.size() == 1);
        CHECK(plan.catchments[0].id == "C9");
    }
    SECTION("an unknown level names the layer, feature and field")
    {
        schools.features[0].values[1] = std::string("university");
        project.writeLayer(schools);
        try {
            (void)loadPlanningInputs(project);
            FAIL("expected GisError");
        } catch (const GisError& error) {
            CHECK(error.context().layer == "schools");
            CHECK(error.context().field == "level");
            CHECK(error.context().featureId.has_value());
        }
    }
}

TEST_CASE("The bundled sample project loads and core::analyze runs on it", "[gis][loader]")
{
    const auto sample = seatplan::test::sourceDir() / "data" / "meizhou.gpkg";
    if (!std::filesystem::exists(sample)) {
        WARN("no data/meizhou.gpkg");
        return;
    }
    TempDir dir;
    const auto copy = dir / "meizhou.gpkg";
    std::filesystem::copy_file(sample, copy);
    const seatplan::core::PlanningInputs in = loadPlanningInputs(copy.string());
    CHECK(in.counties.size() == 8);
    CHECK_FALSE(in.zones.empty());
    CHECK_FALSE(in.schools.empty());
    CHECK_FALSE(in.catchments.empty());
    const seatplan::core::Results results
        = seatplan::core::analyze(in, seatplan::core::Scenario {});
    CHECK_FALSE(results.schools.empty());
}
