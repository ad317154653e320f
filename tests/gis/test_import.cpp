#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/importer.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/source.h"

#include "test_paths.h"

#include <catch2/catch.hpp>
#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace seatplan::gis;
using seatplan::test::TempDir;

namespace {

void writeText(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// A point shapefile with GBK text, no .cpg and no language-driver byte, as Chinese desktop GIS
// tools often leave them.
void writeGbkShapefile(const std::filesystem::path& path)
{
    GDALDriverH driver = GDALGetDriverByName("ESRI Shapefile");
    GDALDatasetH ds = GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    const char* options[] = { "ENCODING=CP936", nullptr };
    OGRLayerH layer
        = GDALDatasetCreateLayer(ds, "schools", nullptr, wkbPoint, const_cast<char**>(options));
    OGRFieldDefnH field
        = OGR_Fld_Create("name", OFTString); // 学校名称 in GBK would not fit 10 bytes
    OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
    OGRFieldDefnH classes = OGR_Fld_Create("classes", OFTInteger);
    OGR_L_CreateField(layer, classes, TRUE);
    OGR_Fld_Destroy(classes);
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGR_F_SetFieldString(f, 0, "梅州市实验小学"); // recoded to CP936 by the driver
    OGR_F_SetFieldInteger(f, 1, 24);
    OGRGeometryH p = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(p, 0, 116.12, 24.30);
    OGR_F_SetGeometryDirectly(f, p);
    REQUIRE(OGR_L_CreateFeature(layer, f) == OGRERR_NONE);
    OGR_F_Destroy(f);
    GDALClose(ds);
    std::filesystem::path cpg = path;
    std::filesystem::remove(cpg.replace_extension(".cpg"));
    std::filesystem::path dbf = path;
    std::fstream patch(
        dbf.replace_extension(".dbf"), std::ios::in | std::ios::out | std::ios::binary);
    patch.seekp(29);
    patch.put('\0');
}

} // namespace

TEST_CASE(
    "A GBK .dbf without .cpg is detected, and the encoding can be overridden", "[gis][source]")
{
    TempDir dir;
    const auto shp = dir / "schools.shp";
    writeGbkShapefile(shp);
    ImportReport report;
    const VectorLayer layer = readSource(shp.string(), {}, "EPSG:4548", report);
    REQUIRE(layer.features.size() == 1);
    CHECK(toText(layer.value(0, "name")) == "梅州市实验小学");
    CHECK(report.encoding == "CP936");
    CHECK(report.encodingOrigin == EncodingOrigin::Detected);
    CHECK(report.crsGuessed());
    CHECK(report.crsGuess.basis == CrsGuessBasis::LonLatChina);
    CHECK(layer.features[0].geometry.coords[0].x == Approx(412000).margin(3000));

    SourceOptions latin;
    latin.encoding = "ISO-8859-1";
    ImportReport other;
    const VectorLayer wrong = readSource(shp.string(), latin, "", other);
    CHECK(toText(wrong.value(0, "name")) != "梅州市实验小学");
    CHECK(other.encoding == "ISO-8859-1");
    CHECK(other.encodingOrigin == EncodingOrigin::Given);
}

TEST_CASE("A bare JSON array of features reads like a FeatureCollection", "[gis][source]")
{
    TempDir dir;
    writeText(dir / "bare.json",
        R"([{"type":"Feature","properties":{"名称":"甲"},"geometry":{"type":"Point","coordinates":[116.1,24.3]}},
            {"type":"Feature","properties":{"名称":"乙"},"geometry":{"type":"Point","coordinates":[116.2,24.4]}}])");
    ImportReport report;
    const VectorLayer layer = readSource((dir / "bare.json").string(), {}, "", report);
    CHECK(layer.features.size() == 2);
    CHECK(toText(layer.value(1, "名称")) == "乙");
    REQUIRE_FALSE(report.entries.empty());
    CHECK(report.entries[0].code == ReportCode::BareFeatureArray);
    CHECK(report.entries[0].layer == report.sourceLayer);
    CHECK(report.text().find("bare JSON array") != std::string::npos);
}

TEST_CASE("A CSV roster with Chinese headers becomes schools with mapped fields", "[gis][import]")
{
    TempDir dir;
    writeText(dir / "roster.csv",
        "学校名称,学段,办学性质,班级数,在校生数,经度,纬度,备注x\n"
        "梅州市实验小学,小学,公办,24,1080,116.12,24.30,a\n"
        "梅江区东山中学,初中,民办,12,600,116.13,24.31,b\n"
        "无坐标学校,小学,公办,6,200,,,c\n");
    Project project = Project::create((dir / "p.gpkg").string());
    ImportOptions options;
    options.role = ImportRole::Schools;
    const ImportReport report = importFile(project, (dir / "roster.csv").string(), options);
    CHECK(report.featuresWritten == 2);
    CHECK(report.crsGuessed());
    CHECK(report.crsGuess.basis == CrsGuessBasis::LonLatChina);
    const VectorLayer schools = project.readLayer("schools");
    REQUIRE(schools.features.size() == 2);
    CHECK(toText(schools.value(0, "name")) == "梅州市实验小学");
    CHECK(toText(schools.value(0, "level")) == "primary");
    CHECK(toInt64(schools.value(0, "is_public")) == 1);
    CHECK(toInt64(schools.value(0, "classes_primary")) == 24);
    CHECK(toInt64(schools.value(1, "classes_junior")) == 12);
    CHECK(toInt64(schools.value(1, "is_public")) == 0);
    CHECK(toText(schools.value(1, "备注x")) == "b");
    const auto unmapped = report.entriesOf(ReportCode::FieldsUnmapped);
    REQUIRE(unmapped.size() == 1);
    CHECK(std::find(unmapped[0].values.begin(), unmapped[0].values.end(), "boarding")
        != unmapped[0].values.end());
    const auto mapped = report.entriesOf(ReportCode::FieldMapped);
    CHECK(std::any_of(mapped.begin(), mapped.end(), [](const ReportEntry& e) {
        return e.field == "name" && e.values == std::vector<std::string> { "学校名称" };
    }));
    const auto provenance = project.provenance("schools");
    REQUIRE(provenance);
    CHECK(provenance->sourceCrs.find("guessed") != std::string::npos);
}

TEST_CASE("Importing the DataV counties as GCJ-02 shifts them and records it", "[gis][import]")
{
    const auto file
        = seatplan::test::sharedData("data/real/boundaries/datav_2021/441400_full.json");
    if (!file) {
        WARN("shared data absent: data/real/boundaries/datav_2021/441400_full.json");
        return;
    }
    TempDir dir;
    Project project = Project::create((dir / "p.gpkg").string());
    ImportOptions options;
    options.role = ImportRole::County;
    const VectorLayer plain = [&] {
        importFile(project, file->string(), options);
        return project.readLayer("counties");
    }();
    options.source.sourceCrs = "gcj02";
    const ImportReport report = importFile(project, file->string(), options);
    const VectorLayer shifted = project.readLayer("counties");
    REQUIRE(shifted.features.size() == 8);
    CHECK(report.correction == DatumShift::Gcj02);
    CHECK(project.provenance("counties")->correction.find("GCJ-02") != std::string::npos);
    const Coord a = plain.features[0].geometry.coords[0];
    const Coord b = shifted.features[0].geometry.coords[0];
    CHECK(std::hypot(a.x - b.x, a.y - b.y) == Approx(560).margin(80));
    CHECK(toText(shifted.value(0, "code")).size() == 6);
}

TEST_CASE("A self-intersecting parcel is repaired and reported", "[gis][import]")
{
    TempDir dir;
    writeText(dir / "parcels.geojson",
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4548"}},"features":[
        {"type":"Feature","properties":{"地类名称":"耕地"},"geometry":{"type":"Polygon","coordinates":[[[500000,2680000],[500100,2680100],[500100,2680000],[500000,2680100],[500000,2680000]]]}},
        {"type":"Feature","properties":{"地类名称":"教育用地"},"geometry":{"type":"Polygon","coordinates":[[[500200,2680000],[500300,2680000],[500300,2680100],[500200,2680000]]]}}]})");
    Project project = Project::create((dir / "p.gpkg").string());
    ImportOptions options;
    options.role = ImportRole::Landuse;
    const ImportReport report = importFile(project, (dir / "parcels.geojson").string(), options);
    REQUIRE(report.repairs.size() == 1);
    CHECK(report.repairs[0].problem == RepairProblem::Invalid);
    CHECK(report.repairs[0].detail.find("Self-intersection") != std::string::npos);
    CHECK(report.repairs[0].fix == RepairFix::MadeValid);
    REQUIRE(report.repairs[0].location);
    CHECK(report.repairs[0].location->x == Approx(500050));
    // In the project CRS (metres), fixed point.
    CHECK(report.text().find("Self-intersection at (x 500050.0, y 2680050.0) m")
        != std::string::npos);
    const VectorLayer landuse = project.readLayer("landuse");
    REQUIRE(landuse.features.size() == 2);
    CHECK(landuse.features[0].geometry.partCount() == 2); // the bow-tie became two triangles
    CHECK(toText(landuse.value(0, "class")) == "耕地");
}

TEST_CASE("A repair in a lon/lat layer is located in degrees to 6 decimals", "[gis][import]")
{
    VectorLayer layer;
    layer.name = "landuse";
    layer.crs = "EPSG:4326";
    layer.kind = GeometryKind::Polygon;
    Feature bowTie;
    bowTie.fid = 7;
    bowTie.geometry.kind = GeometryKind::Polygon;
    bowTie.geometry.addPolygon({ { { 116.10, 24.30 }, { 116.11, 24.31 }, { 116.11, 24.30 },
        { 116.10, 24.31 }, { 116.10, 24.30 } } });
    layer.features.push_back(bowTie);
    const std::vector<RepairNote> notes = repairGeometries(layer);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].degrees);
    CHECK(notes[0].locationText() == "(lon 116.105000°, lat 24.305000°)");
}

TEST_CASE("Wrong geometry for the role and unreadable files fail and leave the layer alone",
    "[gis][import]")
{
    TempDir dir;
    Project project = Project::create((dir / "p.gpkg").string());
    writeText(dir / "lines.geojson",
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[116.1,24.3],[116.2,24.4]]}}]})");
    writeText(dir / "junk.geojson", "{ this is not json");
    ImportOptions options;
    options.role = ImportRole::Zones;
    CHECK_THROWS_AS(importFile(project, (dir / "lines.geojson").string(), options), GisError);
    CHECK_THROWS_AS(importFile(project, (dir / "junk.geojson").string(), options), GisError);
    CHECK_THROWS_AS(importFile(project, (dir / "missing.shp").string(), options), GisError);
    CHECK(project.readLayer("zones").features.empty());
    CHECK(project.check().empty());
}

TEST_CASE("Cohort and birth tables import from CSV with Chinese headers", "[gis][import]")
{
    TempDir dir;
    writeText(
        dir / "cohorts.csv", "片区,年份,年龄,人数\nZ1,2023,6,120\nZ1,2023,7,118\nZ2,2023,6,\n");
    writeText(dir / "births.csv", "行政区划代码,年份,出生人数\n441402,2022,3746\n");
    Project project = Project::create((dir / "p.gpkg").string());
    ImportOptions options;
    options.role = ImportRole::Cohorts;
    const ImportReport report = importFile(project, (dir / "cohorts.csv").string(), options);
    CHECK(report.featuresWritten == 2);
    CHECK(project.cohorts().size() == 2);
    options.role = ImportRole::Births;
    importFile(project, (dir / "births.csv").string(), options);
    REQUIRE(project.births().size() == 1);
    CHECK(project.births()[0].areaCode == "441402");
    SECTION("a table without the needed columns is refused")
    {
        options.role = ImportRole::Cohorts;
        CHECK_THROWS_AS(importFile(project, (dir / "births.csv").string(), options), GisError);
        CHECK(project.cohorts().size() == 2);
    }
}

TEST_CASE(
    "A (none) field override keeps a field empty that a column name would fill", "[gis][import]")
{
    VectorLayer source;
    source.name = "roster";
    source.kind = GeometryKind::Point;
    source.fields = { { "学校名称", FieldType::Text }, { "学段", FieldType::Text } };
    Feature f;
    f.geometry = Geometry::point(500000, 2680000);
    f.values = { std::string("梅州市实验小学"), std::string("小学") };
    source.features.push_back(f);

    ImportReport automatic;
    const VectorLayer filled = mapFields(source, ImportRole::Schools, {}, automatic);
    CHECK(toText(filled.value(0, "name")) == "梅州市实验小学");

    ImportReport report;
    const VectorLayer empty = mapFields(source, ImportRole::Schools, { { "name", "" } }, report);
    CHECK(isNull(empty.value(0, "name")));
    CHECK(toText(empty.value(0, "学校名称")) == "梅州市实验小学"); // kept under its own name
    CHECK(toText(empty.value(0, "level")) == "primary");
    const auto unmapped = report.entriesOf(ReportCode::FieldsUnmapped);
    REQUIRE(unmapped.size() == 1);
    CHECK(std::find(unmapped[0].values.begin(), unmapped[0].values.end(), "name")
        != unmapped[0].values.end());
    ImportReport bad;
    CHECK_THROWS_WITH(mapFields(source, ImportRole::Schools, { { "nosuch", "" } }, bad),
        Catch::Contains("nosuch"));
}
