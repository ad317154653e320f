#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/polygon_index.h"
#include "seatplan/gis/zonal_sum.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <random>

using namespace seatplan::gis;

namespace {

std::shared_ptr<Raster> makeRaster(int width, int height, double cell, bool random)
{
    auto raster = std::make_shared<Raster>();
    raster->width = width;
    raster->height = height;
    raster->originX = 500000;
    raster->originY = 2700000;
    raster->cellWidth = raster->cellHeight = cell;
    raster->values.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 1.0F);
    if (random) {
        std::mt19937 rng(42);
        std::uniform_real_distribution<float> people(0.0F, 50.0F);
        for (float& v : raster->values)
            v = people(rng);
        raster->values[7] = raster->noData; // a no-data cell counts 0
    }
    return raster;
}

Geometry polygon(std::vector<std::vector<Coord>> rings)
{
    Geometry g;
    g.addPolygon(rings);
    return g;
}

} // namespace

TEST_CASE("Fractional coverage gives exact areas on a raster of ones", "[gis][zonal]")
{
    const auto raster = makeRaster(50, 40, 100, false);
    const ZonalSum zonal(raster);
    const double ox = raster->originX;
    const double top = raster->originY;
    SECTION("a rectangle not aligned to cells")
    {
        const Geometry r = polygon({ { { ox + 130, top - 1270 }, { ox + 1055, top - 1270 },
            { ox + 1055, top - 340 }, { ox + 130, top - 340 } } });
        CHECK(zonal.sum(r) == Approx(area(r) / 10000.0).epsilon(1e-12));
    }
    SECTION("a triangle with slanted edges, either orientation")
    {
        const Geometry t = polygon(
            { { { ox + 37, top - 3911 }, { ox + 4444, top - 2500 }, { ox + 1234, top - 17 } } });
        const Geometry reversed = polygon(
            { { { ox + 1234, top - 17 }, { ox + 4444, top - 2500 }, { ox + 37, top - 3911 } } });
        CHECK(zonal.sum(t) == Approx(area(t) / 10000.0).epsilon(1e-12));
        CHECK(zonal.sum(reversed) == Approx(zonal.sum(t)).epsilon(1e-12));
    }
    SECTION("a hole is subtracted whatever its orientation")
    {
        const std::vector<Coord> shell = { { ox + 100, top - 3000 }, { ox + 3000, top - 3000 },
            { ox + 3000, top - 100 }, { ox + 100, top - 100 } };
        const std::vector<Coord> hole
            = { { ox + 500, top - 2000 }, { ox + 1555, top - 2000 }, { ox + 1555, top - 555 } };
        const std::vector<Coord> holeReversed(hole.rbegin(), hole.rend());
        const double expected = (2900.0 * 2900.0 - 1055.0 * 1445.0 / 2.0) / 10000.0;
        CHECK(zonal.sum(polygon({ shell, hole })) == Approx(expected).epsilon(1e-12));
        CHECK(zonal.sum(polygon({ shell, holeReversed })) == Approx(expected).epsilon(1e-12));
    }
    SECTION("parts outside the raster count nothing")
    {
        const Geometry big = polygon({ { { ox - 1000, top - 5000 }, { ox + 250, top - 5000 },
            { ox + 250, top + 1000 }, { ox - 1000, top + 1000 } } });
        CHECK(zonal.sum(big) == Approx(2.5 * 40).epsilon(1e-12));
        CHECK(zonal.sum(polygon({ { { 0, 0 }, { 10, 0 }, { 10, 10 } } })) == 0.0);
    }
}

TEST_CASE("Zonal sums over a tiling of the raster add up to the raster total", "[gis][zonal]")
{
    const auto raster = makeRaster(120, 90, 30, true);
    const ZonalSum zonal(raster);
    // Voronoi cells of random sites, clipped to a boundary larger than the raster, tile it.
    std::mt19937 rng(7);
    const Extent e = raster->extent();
    std::uniform_real_distribution<double> x(e.minX, e.maxX);
    std::uniform_real_distribution<double> y(e.minY, e.maxY);
    VectorLayer sites;
    sites.kind = GeometryKind::Point;
    for (int i = 0; i < 60; ++i) {
        Feature f;
        f.geometry = Geometry::point(x(rng), y(rng));
        sites.features.push_back(f);
    }
    const Geometry boundary
        = polygon({ { { e.minX - 77, e.minY - 51 }, { e.maxX + 13, e.minY - 51 },
            { e.maxX + 13, e.maxY + 29 }, { e.minX - 77, e.maxY + 29 } } });
    VectorLayer cells;
    cells.kind = GeometryKind::Polygon;
    for (Geometry& g : voronoiCells(sites, boundary)) {
        Feature f;
        f.geometry = std::move(g);
        cells.features.push_back(f);
    }
    const std::vector<double> sums = zonal.sums(cells);
    double total = 0;
    for (const double s : sums)
        total += s;
    CHECK(std::abs(total - raster->total()) / raster->total() < 1e-6);

    SECTION("one changed polygon is re-summed alone")
    {
        IncrementalZonalSum incremental(raster, cells);
        const Geometry smaller = buffer(cells.features[3].geometry, -20);
        const double before = incremental.sums()[3];
        const double after = incremental.update(3, smaller);
        CHECK(after < before);
        CHECK(after == Approx(zonal.sum(smaller)));
        CHECK(incremental.sums()[4] == sums[4]);
        CHECK_THROWS_AS(incremental.update(1000, smaller), std::out_of_range);
    }
}

TEST_CASE("Point-in-polygon agrees with the geometry on a tiling", "[gis][pip]")
{
    VectorLayer squares;
    squares.kind = GeometryKind::Polygon;
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 4; ++j) {
            Feature f;
            const double x = i * 100.0;
            const double y = j * 100.0;
            if (i == 1 && j == 1) // a square with a hole
                f.geometry
                    = polygon({ { { x, y }, { x + 100, y }, { x + 100, y + 100 }, { x, y + 100 } },
                        { { x + 25, y + 25 }, { x + 75, y + 25 }, { x + 75, y + 75 },
                            { x + 25, y + 75 } } });
            else
                f.geometry = polygon(
                    { { { x, y }, { x + 100, y }, { x + 100, y + 100 }, { x, y + 100 } } });
            squares.features.push_back(f);
        }
    }
    const PolygonIndex index(squares);
    CHECK(index.locate(50, 50) == std::optional<std::size_t>(0));
    CHECK(index.locate(350, 150) == std::optional<std::size_t>(13));
    CHECK_FALSE(index.locate(150, 150).has_value()); // in the hole
    CHECK(index.locate(110, 110) == std::optional<std::size_t>(5));
    CHECK_FALSE(index.locate(-1, 50).has_value());
    const auto all = index.locateAll({ { 50, 50 }, { 999, 999 } });
    CHECK(all == std::vector<std::int64_t> { 0, -1 });
    CHECK(index.candidates({ 150, 150, 160, 160 }) == std::vector<std::size_t> { 5 });
}

TEST_CASE("Overlay shares, buffers and nearest schools", "[gis][geometry]")
{
    VectorLayer zones;
    zones.kind = GeometryKind::Polygon;
    Feature z;
    z.geometry = polygon({ { { 0, 0 }, { 100, 0 }, { 100, 100 }, { 0, 100 } } });
    zones.features = { z };
    VectorLayer catchments;
    catchments.kind = GeometryKind::Polygon;
    Feature a;
    a.geometry = polygon({ { { -10, -10 }, { 30, -10 }, { 30, 110 }, { -10, 110 } } });
    Feature b;
    b.geometry = polygon({ { { 30, -10 }, { 200, -10 }, { 200, 110 }, { 30, 110 } } });
    catchments.features = { a, b };
    const auto shares = overlayShares(zones, catchments);
    REQUIRE(shares.size() == 2);
    CHECK(shares[0].share == Approx(0.3));
    CHECK(shares[1].share == Approx(0.7));

    const Geometry ring = buffer(Geometry::point(0, 0), 500);
    CHECK(area(ring) == Approx(3.14159265 * 500 * 500).epsilon(0.002));

    VectorLayer schools;
    schools.kind = GeometryKind::Point;
    for (const Coord c : { Coord { 0, 0 }, Coord { 1000, 0 } }) {
        Feature s;
        s.geometry = Geometry::point(c.x, c.y);
        schools.features.push_back(s);
    }
    const auto found = nearest({ { 900, 10 }, { 10, 10 } }, schools);
    REQUIRE(found[0].has_value());
    CHECK(found[0]->first == 1);
    CHECK(found[1]->first == 0);
    CHECK(found[1]->second == Approx(std::sqrt(200.0)));
}
