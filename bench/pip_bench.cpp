// Point-in-polygon of the 1.59M bench points (cell centres of pop_100m.tif) into the 1,000
// catchments (issue 4 performance): SeatPlan's PolygonIndex against a plain GEOS loop
// (STRtree + prepared geometries) measured in the same run.
//   pip_bench BENCH_DATA_DIR
#include "bench_util.h"

#include "seatplan/gis/library.h"
#include "seatplan/gis/polygon_index.h"
#include "seatplan/gis/source.h"

#include <gdal.h>
#include <geos_c.h>
#include <ogr_api.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace seatplan;
using bench::Stopwatch;

namespace {

std::vector<gis::Coord> readPoints(const std::string& csv)
{
    std::vector<gis::Coord> points;
    std::ifstream in(csv);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        const auto comma = line.find(',');
        if (comma == std::string::npos)
            continue;
        points.push_back(
            { std::strtod(line.c_str(), nullptr), std::strtod(line.c_str() + comma + 1, nullptr) });
    }
    return points;
}

// The plain GEOS loop: STRtree of prepared catchments, one query + contains per point.
std::size_t geosLoop(
    const gis::VectorLayer& layer, const std::vector<gis::Coord>& points, const std::string& path)
{
    GEOSContextHandle_t ctx = GEOS_init_r();
    GEOSWKBReader* reader = GEOSWKBReader_create_r(ctx);
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    OGRLayerH source = GDALDatasetGetLayer(ds, 0);
    std::vector<GEOSGeometry*> geometries;
    std::vector<const GEOSPreparedGeometry*> prepared;
    while (OGRFeatureH f = OGR_L_GetNextFeature(source)) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        std::vector<unsigned char> wkb(static_cast<std::size_t>(OGR_G_WkbSize(g)));
        OGR_G_ExportToWkb(g, wkbNDR, wkb.data());
        geometries.push_back(GEOSWKBReader_read_r(ctx, reader, wkb.data(), wkb.size()));
        prepared.push_back(GEOSPrepare_r(ctx, geometries.back()));
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    GEOSSTRtree* tree = GEOSSTRtree_create_r(ctx, 10);
    for (std::size_t i = 0; i < geometries.size(); ++i)
        GEOSSTRtree_insert_r(
            ctx, tree, geometries[i], const_cast<GEOSPreparedGeometry*>(prepared[i]));
    struct Query {
        GEOSContextHandle_t ctx;
        const GEOSGeometry* point;
        bool found;
    };
    std::size_t inside = 0;
    for (const gis::Coord& c : points) {
        GEOSGeometry* p = GEOSGeom_createPointFromXY_r(ctx, c.x, c.y);
        Query q { ctx, p, false };
        GEOSSTRtree_query_r(
            ctx, tree, p,
            [](void* item, void* user) {
                auto* query = static_cast<Query*>(user);
                if (!query->found
                    && GEOSPreparedContains_r(
                           query->ctx, static_cast<const GEOSPreparedGeometry*>(item), query->point)
                        == 1)
                    query->found = true;
            },
            &q);
        inside += q.found ? 1 : 0;
        GEOSGeom_destroy_r(ctx, p);
    }
    GEOSSTRtree_destroy_r(ctx, tree);
    for (std::size_t i = 0; i < geometries.size(); ++i) {
        GEOSPreparedGeom_destroy_r(ctx, prepared[i]);
        GEOSGeom_destroy_r(ctx, geometries[i]);
    }
    GEOSWKBReader_destroy_r(ctx, reader);
    GEOS_finish_r(ctx);
    (void)layer;
    return inside;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::filesystem::path dir = argc > 1 ? argv[1] : "bench-data";
    const std::string csv = (dir / "cells_100m.csv").string();
    const std::string catchmentsPath = (dir / "catchments.gpkg").string();
    if (!std::filesystem::exists(csv) || !std::filesystem::exists(catchmentsPath)) {
        std::printf(
            "pip_bench: bench data missing in %s (make_bench_data.py)\n", dir.string().c_str());
        return 0;
    }
    gis::initialize();
    const std::vector<gis::Coord> points = readPoints(csv);
    gis::ImportReport report;
    const gis::VectorLayer catchments = gis::readSource(catchmentsPath, {}, "", report);

    const double cpuBefore = bench::cpuSeconds();
    Stopwatch ours;
    const gis::PolygonIndex index(catchments);
    const double build = ours.seconds();
    const std::vector<std::int64_t> located = index.locateAll(points);
    const double oursSeconds = ours.seconds();
    const double oursCpu = bench::cpuSeconds() - cpuBefore;
    std::size_t inside = 0;
    for (const std::int64_t l : located)
        inside += l >= 0 ? 1 : 0;

    Stopwatch geos;
    const std::size_t geosInside = geosLoop(catchments, points, catchmentsPath);
    const double geosSeconds = geos.seconds();

    std::printf("point-in-polygon: %.2fM points into %zu catchments\n", points.size() / 1e6,
        catchments.features.size());
    std::printf("  SeatPlan PolygonIndex: %.3f s (index build %.3f s), CPU %.3f s (all threads), "
                "%zu points inside\n",
        oursSeconds, build, oursCpu, inside);
    std::printf(
        "  plain GEOS loop (STRtree + prepared contains), same run: %.3f s, %zu points inside\n",
        geosSeconds, geosInside);
    std::printf("  ratio SeatPlan / GEOS loop: %.3f\n", oursSeconds / geosSeconds);
    std::printf("  peak memory: %.0f MiB\n", bench::peakMemoryMiB());
    return 0;
}
