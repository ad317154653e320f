#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/project.h"

#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace seatplan::gis;
using seatplan::test::TempDir;

namespace {

VectorLayer sampleSchools()
{
    VectorLayer layer;
    layer.name = "schools";
    layer.kind = GeometryKind::Point;
    layer.fields = { { "id", FieldType::Text }, { "name", FieldType::Text },
        { "classes_primary", FieldType::Integer }, { "max_class_size", FieldType::Real } };
    Feature a;
    a.geometry = Geometry::point(500100.0, 2685000.0);
    a.values = { std::string("S1"), std::string("梅州市实验小学"), std::int64_t { 24 }, 45.0 };
    Feature b;
    b.geometry = Geometry::point(501000.5, 2686000.25);
    b.values = { std::string("S2"), FieldValue {}, std::int64_t { 12 }, FieldValue {} };
    layer.features = { a, b };
    return layer;
}

VectorLayer sampleZones()
{
    VectorLayer layer;
    layer.name = "zones";
    layer.kind = GeometryKind::Polygon;
    layer.fields = { { "id", FieldType::Text }, { "population", FieldType::Real } };
    Feature f;
    // A square with a hole, and a second part.
    f.geometry.addPolygon({ { { 0, 0 }, { 100, 0 }, { 100, 100 }, { 0, 100 } },
        { { 10, 10 }, { 20, 10 }, { 20, 20 }, { 10, 20 } } });
    f.geometry.addPolygon({ { { 200, 0 }, { 300, 0 }, { 300, 100 }, { 200, 0 } } });
    f.values = { std::string("Z1"), 1234.5 };
    layer.features = { f };
    return layer;
}

} // namespace

TEST_CASE(
    "A new project has the contract layers, the seatplan tables and the CRS", "[gis][project]")
{
    TempDir dir;
    const std::string path = (dir / "p.gpkg").string();
    {
        Project project = Project::create(path);
        CHECK(project.crs() == "EPSG:4548");
        CHECK(project.schemaVersion() == kProjectSchemaVersion);
        const auto layers = project.layers();
        for (const char* name : { "counties", "towns", "zones", "schools", "catchments", "plots",
                 "developments", "landuse", "roads" }) {
            INFO(name);
            CHECK(project.hasLayer(name));
        }
        CHECK(project.check().empty());
        CHECK(project.scenarios().size() == 1);
    }
    SECTION("creating over an existing file needs overwrite")
    {
        CHECK_THROWS_AS(Project::create(path), GisError);
        CHECK_NOTHROW(Project::create(path, "EPSG:4548", true));
    }
    SECTION("a geographic CRS is refused")
    {
        CHECK_THROWS_AS(Project::create((dir / "q.gpkg").string(), "EPSG:4490"), GisError);
    }
    SECTION("GDAL's own GeoPackage checker accepts the file")
    {
        const auto result = seatplan::test::runProcess("/usr/bin/python3",
            { "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py", path });
        INFO(result.out << result.err);
        CHECK(result.exitCode == 0);
    }
}

TEST_CASE("Layers written to a project read back with fids, values and geometry", "[gis][project]")
{
    TempDir dir;
    const std::string path = (dir / "p.gpkg").string();
    Project project = Project::create(path);
    project.writeLayer(sampleSchools());
    project.writeLayer(sampleZones());

    const VectorLayer schools = readVectorLayer(path, "schools");
    REQUIRE(schools.features.size() == 2);
    CHECK(schools.kind == GeometryKind::Point);
    CHECK(schools.crs == "EPSG:4548");
    CHECK(toText(schools.value(0, "name")) == "梅州市实验小学");
    CHECK(toInt64(schools.value(0, "classes_primary")) == 24);
    CHECK(isNull(schools.value(1, "name")));
    CHECK(schools.features[1].geometry.coords[0].x == Approx(501000.5));
    CHECK(schools.features[1].fid > 0);
    const Extent box = schools.extent();
    CHECK(box.minX == Approx(500100.0));
    CHECK(box.maxY == Approx(2686000.25));

    const VectorLayer zones = project.readLayer("zones");
    REQUIRE(zones.features.size() == 1);
    const Geometry& g = zones.features[0].geometry;
    CHECK(g.kind == GeometryKind::Polygon);
    CHECK(g.partCount() == 2);
    CHECK(g.ringCount() == 3);
    CHECK(g.parts == std::vector<std::uint32_t> { 0, 2, 3 });
    CHECK(g.rings == std::vector<std::uint32_t> { 0, 5, 10, 14 });
    CHECK(toDouble(zones.value(0, "population")) == Approx(1234.5));

    SECTION("writing again replaces the layer")
    {
        VectorLayer one = sampleSchools();
        one.features.resize(1);
        project.writeLayer(one);
        CHECK(project.readLayer("schools").features.size() == 1);
    }
    SECTION("a missing layer is a GisError naming it")
    {
        try {
            (void)project.readLayer("nope");
            FAIL("expected a GisError");
        } catch (const GisError& error) {
            CHECK(error.context().layer == "nope");
            CHECK(std::string(error.what()).find("p.gpkg") != std::string::npos);
        }
    }
    SECTION("a failed write leaves the previous layer in place")
    {
        VectorLayer bad = sampleSchools();
        bad.features[1].fid = 7;
        bad.features[0].fid = 7; // duplicate fid: the second insert fails
        CHECK_THROWS_AS(project.writeLayer(bad), GisError);
        CHECK(project.readLayer("schools").features.size() == 2);
    }
}

TEST_CASE("SeatPlan tables round-trip through the project", "[gis][project]")
{
    TempDir dir;
    const std::string path = (dir / "p.gpkg").string();
    {
        Project project = Project::create(path);
        project.setMetadata("title", "梅州市学位规划");
        project.replaceCohorts({ { "Z1", 2023, 6, 120.0 }, { "Z1", 2023, 7, 118.5 } });
        project.replaceBirths({ { "441402", 2022, 3746.0 } });
        project.replaceEnrolment({ { "S1", 2023, 1, 360.0 } });
        project.replaceStandards({ { "class_size_primary", 45.0, "GB 50099-2011" } });
        project.putScenario({ "plan-a", "base", "two new schools", "" });
        const auto seq
            = project.appendJournal({ 0, "plan-a", "", "new_school", "{\"id\":\"N1\"}", false });
        project.setJournalUndone(seq, true);
        project.putProvenance(
            { "counties", "real", "441400_full.json", "EPSG:4326", "GCJ-02", "", "ok" });
        project.putCachedResult("plan-a/1", "plan-a", "{}");
    }
    const Project project = Project::open(path);
    CHECK(project.metadata("title") == std::optional<std::string>("梅州市学位规划"));
    REQUIRE(project.cohorts().size() == 2);
    CHECK(project.cohorts()[1].persons == Approx(118.5));
    CHECK(project.births().at(0).births == Approx(3746.0));
    CHECK(project.enrolment().at(0).grade == 1);
    CHECK(project.standards().at(0).source == "GB 50099-2011");
    CHECK(project.scenarios().size() == 2);
    const auto journal = project.journal("plan-a");
    REQUIRE(journal.size() == 1);
    CHECK(journal[0].undone);
    CHECK(journal[0].payload == "{\"id\":\"N1\"}");
    CHECK(project.provenance("counties")->correction == "GCJ-02");
    CHECK(project.metadata("provenance.counties") == std::optional<std::string>("real"));
    CHECK(project.cachedResult("plan-a/1") == std::optional<std::string>("{}"));
}

TEST_CASE("The population raster is stored beside the project and read back", "[gis][project]")
{
    TempDir dir;
    Project project = Project::create((dir / "p.gpkg").string());
    Raster raster;
    raster.width = 3;
    raster.height = 2;
    raster.originX = 500000;
    raster.originY = 2700000;
    raster.cellWidth = raster.cellHeight = 100;
    raster.crs = "EPSG:4548";
    raster.values = { 1, 2, 3, 4, 5, -9999 };
    project.writePopulationRaster(raster);
    CHECK(project.hasPopulationRaster());
    const Raster back = project.readPopulationRaster();
    CHECK(back.width == 3);
    CHECK(back.total() == Approx(15.0));
    CHECK(back.extent().minY == Approx(2699800.0));
    CHECK(back.crs == "EPSG:4548");
}

TEST_CASE("Opening a file that is not a SeatPlan project says so", "[gis][project]")
{
    TempDir dir;
    CHECK_THROWS_AS(Project::open((dir / "missing.gpkg").string()), GisError);
    const std::string text = (dir / "x.gpkg").string();
    std::FILE* f = std::fopen(text.c_str(), "w");
    std::fputs("hello", f);
    std::fclose(f);
    CHECK_THROWS_AS(Project::open(text), GisError);
}
