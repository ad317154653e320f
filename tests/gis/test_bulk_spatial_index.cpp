#include "seatplan/gis/project.h"

#include "test_paths.h"

#include <catch2/catch.hpp>

#include <gdal.h>
#include <ogr_api.h>

#include <string>

using namespace seatplan::gis;
using seatplan::test::TempDir;

namespace {

constexpr int kSide = 150; // 22,500 squares: above the size Project writes in bulk
constexpr double kCell = 10.37; // with the origin below: corners no float32 holds exactly
constexpr double kX0 = 500000.13;
constexpr double kY0 = 2680000.71;

VectorLayer grid()
{
    VectorLayer layer;
    layer.name = "grid";
    layer.kind = GeometryKind::Polygon;
    layer.fields = { { "cell", FieldType::Integer } };
    for (int row = 0; row < kSide; ++row)
        for (int col = 0; col < kSide; ++col) {
            const double x = kX0 + col * kCell;
            const double y = kY0 + row * kCell;
            Feature f;
            f.geometry.kind = GeometryKind::Polygon;
            f.geometry.addPolygon({ { { x, y }, { x + kCell, y }, { x + kCell, y + kCell },
                { x, y + kCell }, { x, y } } });
            f.values = { std::int64_t { row * kSide + col } };
            layer.features.push_back(std::move(f));
        }
    Feature empty; // no geometry: GDAL's index leaves such rows out, and so must ours
    empty.values = { std::int64_t { -1 } };
    layer.features.push_back(std::move(empty));
    return layer;
}

std::string firstValue(GDALDatasetH ds, const std::string& sql)
{
    OGRLayerH result = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr);
    REQUIRE(result);
    OGRFeatureH row = OGR_L_GetNextFeature(result);
    REQUIRE(row);
    const std::string value = OGR_F_GetFieldAsString(row, 0);
    OGR_F_Destroy(row);
    GDALDatasetReleaseResultSet(ds, result);
    return value;
}

/// Writes the grid into a new project in `dir` and opens that through GDAL for update.
GDALDatasetH projectWithGrid(const TempDir& dir)
{
    const std::string path = (dir / "p.gpkg").string();
    {
        Project project = Project::create(path);
        project.writeLayer(grid());
    }
    return GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
}

} // namespace

TEST_CASE("A large layer's packed R-tree is complete and stays maintained",
    "[gis][project][spatial-index]")
{
    TempDir dir;
    GDALDatasetH ds = projectWithGrid(dir);
    REQUIRE(ds);
    CHECK(firstValue(ds, "SELECT rtreecheck('rtree_grid_geom')") == "ok");
    CHECK(firstValue(ds, "SELECT count(*) FROM rtree_grid_geom") == std::to_string(kSide * kSide));
    CHECK(firstValue(ds,
              "SELECT count(*) FROM grid g JOIN rtree_grid_geom r ON r.id = g.fid "
              "WHERE r.minx <= ST_MinX(g.geom) AND r.maxx >= ST_MaxX(g.geom)")
        == std::to_string(kSide * kSide));

    // A window over columns 10-19 and rows 20-29 finds exactly those 100 squares.
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, "grid");
    REQUIRE(layer);
    OGR_L_SetSpatialFilterRect(
        layer, kX0 + 10.5 * kCell, kY0 + 20.5 * kCell, kX0 + 19.5 * kCell, kY0 + 29.5 * kCell);
    CHECK(OGR_L_GetFeatureCount(layer, TRUE) == 100);
    OGR_L_SetSpatialFilter(layer, nullptr);

    // The index triggers are back: a feature added later is indexed.
    OGRFeatureH added = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGRGeometryH point = nullptr;
    char wkt[] = "MULTIPOLYGON (((400000 2600000,400010 2600000,400010 2600010,400000 2600000)))";
    char* cursor = wkt;
    REQUIRE(OGR_G_CreateFromWkt(&cursor, nullptr, &point) == OGRERR_NONE);
    OGR_F_SetGeometryDirectly(added, point);
    REQUIRE(OGR_L_CreateFeature(layer, added) == OGRERR_NONE);
    OGR_F_Destroy(added);
    CHECK(firstValue(ds, "SELECT count(*) FROM rtree_grid_geom WHERE minx < 450000") == "1");
    GDALClose(ds);
}

TEST_CASE("A packed R-tree holds the boxes SQLite's own inserts would and answers queries alike",
    "[gis][project][spatial-index]")
{
    TempDir dir;
    GDALDatasetH ds = projectWithGrid(dir);
    REQUIRE(ds);
    // The reference: the same boxes inserted one by one through the rtree module.
    GDALDatasetExecuteSQL(
        ds, "CREATE VIRTUAL TABLE ref USING rtree(id, minx, maxx, miny, maxy)", nullptr, nullptr);
    GDALDatasetExecuteSQL(ds,
        "INSERT INTO ref SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) "
        "FROM grid WHERE geom IS NOT NULL",
        nullptr, nullptr);
    const std::string all = std::to_string(kSide * kSide);
    REQUIRE(firstValue(ds, "SELECT count(*) FROM ref") == all);
    CHECK(firstValue(ds,
              "SELECT count(*) FROM rtree_grid_geom r JOIN ref f ON f.id = r.id "
              "WHERE r.minx = f.minx AND r.maxx = f.maxx AND r.miny = f.miny AND r.maxy = f.maxy")
        == all);
    // Every box holds its geometry's double extent (the float rounding goes outwards).
    CHECK(firstValue(ds,
              "SELECT count(*) FROM grid g JOIN rtree_grid_geom r ON r.id = g.fid "
              "WHERE r.minx <= ST_MinX(g.geom) AND r.maxx >= ST_MaxX(g.geom) "
              "AND r.miny <= ST_MinY(g.geom) AND r.maxy >= ST_MaxY(g.geom)")
        == all);

    // Windows of every size and place find the same ids in both trees.
    for (int i = 0; i < 40; ++i) {
        const double x = kX0 + (i * 37 % kSide) * kCell - 3.0 * kCell;
        const double y = kY0 + (i * 53 % kSide) * kCell - 2.0 * kCell;
        const double side = (1 + i * i % 60) * kCell * 0.9;
        const std::string window = "maxx >= " + std::to_string(x)
            + " AND minx <= " + std::to_string(x + side) + " AND maxy >= " + std::to_string(y)
            + " AND miny <= " + std::to_string(y + side);
        const std::string ours = "SELECT id FROM rtree_grid_geom WHERE " + window;
        const std::string theirs = "SELECT id FROM ref WHERE " + window;
        INFO(window);
        CHECK(firstValue(ds, "SELECT count(*) FROM (" + ours + ")")
            == firstValue(ds, "SELECT count(*) FROM (" + theirs + ")"));
        CHECK(firstValue(ds, "SELECT count(*) FROM (" + ours + " EXCEPT " + theirs + ")") == "0");
    }

    // The module keeps maintaining the packed tree: deleting a third of the rows shrinks its
    // full nodes below their minimum and makes it merge and reinsert.
    GDALDatasetExecuteSQL(ds, "DELETE FROM grid WHERE fid % 3 = 0", nullptr, nullptr);
    CHECK(firstValue(ds, "SELECT rtreecheck('rtree_grid_geom')") == "ok");
    CHECK(firstValue(ds, "SELECT count(*) FROM rtree_grid_geom")
        == firstValue(ds, "SELECT count(*) FROM grid WHERE geom IS NOT NULL"));
    GDALClose(ds);
}
