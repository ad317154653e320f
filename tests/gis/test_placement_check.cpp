#include "seatplan/gis/crs.h"
#include "seatplan/gis/exporter.h"
#include "seatplan/gis/importer.h"
#include "seatplan/gis/placement_check.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/source.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace seatplan;
using namespace seatplan::gis;

namespace {

// The MCA map service's outlines lie about this far north-east of the true ones
// (../shared/data/real/SOURCES.md).
constexpr double kMcaShiftLon = 0.1235;
constexpr double kMcaShiftLat = 0.1320;

} // namespace

TEST_CASE("Importing a shifted copy of the real county outlines warns with the offset",
    "[gis][placement]")
{
    const auto real = test::sharedData("data/real/boundaries/datav_2021/441400_full.json");
    if (!real) {
        WARN("no ../shared/data/real/boundaries/datav_2021/441400_full.json");
        return;
    }
    test::TempDir dir;
    const auto projectPath = dir / "meizhou.gpkg";
    std::filesystem::copy_file(test::sourceDir() / "data" / "meizhou.gpkg", projectPath);

    // A copy of the (GCJ-02) DataV outlines moved like the MCA data.
    ImportReport readReport;
    VectorLayer outlines = readSource(real->string(), {}, {}, readReport);
    for (Feature& f : outlines.features)
        for (Coord& c : f.geometry.coords) {
            c.x += kMcaShiftLon;
            c.y += kMcaShiftLat;
        }
    outlines.crs = "EPSG:4326";
    const auto shifted = dir / "shifted.geojson";
    exportVectorLayer(outlines, shifted.string());

    Project project = Project::open(projectPath.string());
    ImportOptions options;
    options.role = ImportRole::Towns;
    const ImportReport moved = importFile(project, shifted.string(), options);
    REQUIRE(moved.placement);
    CHECK(moved.placement->verdict == Placement::Verdict::Misplaced);
    REQUIRE(moved.placement->offset);
    CHECK(moved.placement->offset->x == Approx(12500).margin(1000)); // east
    CHECK(moved.placement->offset->y == Approx(14600).margin(1000)); // north
    CHECK(moved.text().find("WARNING: " + shifted.string()) != std::string::npos);

    // The original without correction: the GCJ-02 offset of about 560 m.
    const ImportReport gcj = importFile(project, real->string(), options);
    REQUIRE(gcj.placement);
    CHECK(gcj.placement->verdict == Placement::Verdict::Shifted);
    CHECK(gcj.placement->offsetM == Approx(560).margin(100));

    // Corrected: no warning.
    options.source.sourceCrs = "gcj02";
    const ImportReport corrected = importFile(project, real->string(), options);
    REQUIRE(corrected.placement);
    CHECK(corrected.placement->verdict == Placement::Verdict::Fine);
    CHECK(corrected.text().find("WARNING") == std::string::npos);
}

TEST_CASE(
    "A layer mostly outside the project area is flagged as barely overlapping", "[gis][placement]")
{
    VectorLayer area;
    area.kind = GeometryKind::Polygon;
    Feature county;
    county.geometry.addPolygon({ { { 0, 0 }, { 1000, 0 }, { 1000, 1000 }, { 0, 1000 } } });
    area.features = { county };
    VectorLayer points;
    points.kind = GeometryKind::Point;
    for (const double x : { 500.0, 5000.0, 6000.0, 7000.0 }) {
        Feature f;
        f.geometry = Geometry::point(x, 500);
        points.features.push_back(f);
    }
    const auto p = checkPlacement(points, area);
    REQUIRE(p);
    CHECK(p->insideShare == Approx(0.25));
    CHECK(p->verdict == Placement::Verdict::Outside);
    CHECK_FALSE(checkPlacement(points, VectorLayer {}));
}

TEST_CASE("Re-importing the project's schools shifted a few hundred metres warns, matched by id",
    "[gis][placement]")
{
    test::TempDir dir;
    Project project = Project::open(test::copySampleProject(dir).string());
    VectorLayer schools = project.readLayer("schools");
    REQUIRE(schools.features.size() > 10);
    // Inside the counties, so only the comparison with the schools already there can tell.
    for (Feature& f : schools.features)
        for (Coord& c : f.geometry.coords) {
            c.x += 420;
            c.y += 350;
        }
    const auto shifted = dir / "schools_shifted.geojson";
    exportVectorLayer(schools, shifted.string());

    ImportOptions options;
    options.role = ImportRole::Schools;
    const ImportReport moved = importFile(project, shifted.string(), options);
    REQUIRE(moved.placement);
    CHECK(moved.placement->insideShare > 0.9);
    CHECK(moved.placement->matchedById == schools.features.size());
    CHECK(moved.placement->verdict == Placement::Verdict::Shifted);
    REQUIRE(moved.placement->offset);
    CHECK(moved.placement->offset->x == Approx(420).margin(1));
    CHECK(moved.placement->offset->y == Approx(350).margin(1));
    CHECK(moved.text().find("features (by id) already in the project") != std::string::npos);

    // The same file again: now it matches what is there.
    const ImportReport again = importFile(project, shifted.string(), options);
    REQUIRE(again.placement);
    CHECK(again.placement->verdict == Placement::Verdict::Fine);
    CHECK(again.placement->offsetM == Approx(0).margin(0.01));
}

TEST_CASE("The Amap county outlines corrected from GCJ-02 lie inside the project's counties",
    "[gis][placement]")
{
    const auto amap = test::sharedData("data/real/boundaries/amap_2020/梅州市.shp");
    if (!amap) {
        WARN("no ../shared/data/real/boundaries/amap_2020/梅州市.shp");
        return;
    }
    test::TempDir dir;
    Project project = Project::open(test::copySampleProject(dir).string());
    ImportOptions options;
    options.role = ImportRole::Plots; // any polygon layer that does not replace the counties
    options.source.sourceCrs = "gcj02";
    const ImportReport report = importFile(project, amap->string(), options);
    REQUIRE(report.placement);
    // Each outline's first vertex lies on the shared county boundary: only a point inside
    // each outline shows they all lie within the counties.
    CHECK(report.placement->insideShare == Approx(1.0));
    CHECK(report.placement->verdict == Placement::Verdict::Fine);
}

TEST_CASE("School points in GCJ-02 are found by their town codes with no earlier copy to compare",
    "[gis][placement]")
{
    test::TempDir dir;
    Project project = Project::open(test::copySampleProject(dir).string());
    const VectorLayer schools = project.readLayer("schools");
    REQUIRE(schools.features.size() > 100);
    project.deleteLayer("schools"); // nothing left to match them by id

    // The schools as an Amap POI export would give them: GCJ-02 lon/lat.
    VectorLayer amap = schools;
    const CoordinateTransform toLonLat(project.crs(), "EPSG:4490");
    for (Feature& f : amap.features)
        for (Coord& c : f.geometry.coords)
            c = wgs84ToGcj02(toLonLat.transform(c));
    amap.crs = "EPSG:4326";
    const auto gcjFile = dir / "schools_amap.geojson";
    exportVectorLayer(amap, gcjFile.string());
    VectorLayer plain = schools;
    const auto plainFile = dir / "schools.geojson";
    exportVectorLayer(plain, plainFile.string());

    ImportOptions options;
    options.role = ImportRole::Schools;
    const ImportReport shifted = importFile(project, gcjFile.string(), options);
    REQUIRE(shifted.placement);
    const Placement& p = *shifted.placement;
    CHECK(p.matchedById == 0);
    CHECK(p.insideShare > 0.9); // inside the counties: only the town codes can tell
    CHECK(p.townChecked > 100);
    CHECK(p.inOwnTownMovedBack > p.inOwnTown);
    CHECK(p.shiftedByTown);
    CHECK(p.verdict == Placement::Verdict::Shifted);
    CHECK(p.offsetM == Approx(560).margin(100));
    CHECK(shifted.text().find("where their town codes put them") != std::string::npos);

    // Declared as GCJ-02, or given in the project's own coordinates: no warning.
    project.deleteLayer("schools");
    options.source.sourceCrs = "gcj02";
    const ImportReport corrected = importFile(project, gcjFile.string(), options);
    REQUIRE(corrected.placement);
    CHECK_FALSE(corrected.placement->shiftedByTown);
    CHECK(corrected.placement->verdict == Placement::Verdict::Fine);
    project.deleteLayer("schools");
    options.source.sourceCrs.clear();
    const ImportReport original = importFile(project, plainFile.string(), options);
    REQUIRE(original.placement);
    CHECK(original.placement->inOwnTown >= original.placement->inOwnTownMovedBack);
    CHECK(original.placement->verdict == Placement::Verdict::Fine);
}
