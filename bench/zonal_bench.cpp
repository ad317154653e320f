// Zonal population sums over the 1,000 bench catchments (issue 4 performance):
//   zonal_bench BENCH_DATA_DIR 100|30
// Prints SeatPlan's fractional-coverage sum (read raster + read catchments + sums), the
// GDAL-only method (rasterize catchment ids at cell centres + sum by id) measured in the same
// run, their ratio, one changed catchment re-summed, and the peak memory. Each resolution runs
// in its own process so that the peak memory is its own.
#include "bench_util.h"

#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/library.h"
#include "seatplan/gis/raster.h"
#include "seatplan/gis/source.h"
#include "seatplan/gis/zonal_sum.h"

#include <gdal.h>
#include <gdal_alg.h>
#include <ogr_api.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

using namespace seatplan;
using bench::Stopwatch;

namespace {

// The GDAL-only reference: burn each catchment's index into an Int32 grid (cell centres), then
// one pass summing the population by index.
double gdalOnly(
    const std::string& rasterPath, const std::string& catchmentsPath, std::vector<double>& sums)
{
    GDALDatasetH pop = GDALOpen(rasterPath.c_str(), GA_ReadOnly);
    const int width = GDALGetRasterXSize(pop);
    const int height = GDALGetRasterYSize(pop);
    double transform[6];
    GDALGetGeoTransform(pop, transform);
    std::vector<float> values(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    if (GDALRasterIO(GDALGetRasterBand(pop, 1), GF_Read, 0, 0, width, height, values.data(), width,
            height, GDT_Float32, 0, 0)
        != CE_None)
        return -1;
    GDALDatasetH ids
        = GDALCreate(GDALGetDriverByName("MEM"), "", width, height, 1, GDT_Int32, nullptr);
    GDALSetGeoTransform(ids, transform);
    GDALSetProjection(ids, GDALGetProjectionRef(pop));
    GDALDatasetH vector
        = GDALOpenEx(catchmentsPath.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    OGRLayerH layer = GDALDatasetGetLayer(vector, 0);
    std::vector<OGRGeometryH> geometries;
    std::vector<double> burn;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        geometries.push_back(OGR_G_Clone(OGR_F_GetGeometryRef(f)));
        burn.push_back(static_cast<double>(geometries.size()));
        OGR_F_Destroy(f);
    }
    int band = 1;
    GDALRasterizeGeometries(ids, 1, &band, static_cast<int>(geometries.size()), geometries.data(),
        nullptr, nullptr, burn.data(), nullptr, nullptr, nullptr);
    std::vector<std::int32_t> idGrid(values.size());
    if (GDALRasterIO(GDALGetRasterBand(ids, 1), GF_Read, 0, 0, width, height, idGrid.data(), width,
            height, GDT_Int32, 0, 0)
        != CE_None)
        return -1;
    sums.assign(geometries.size() + 1, 0.0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] > 0)
            sums[static_cast<std::size_t>(idGrid[i])] += values[i];
    }
    for (OGRGeometryH g : geometries)
        OGR_G_DestroyGeometry(g);
    GDALClose(vector);
    GDALClose(ids);
    GDALClose(pop);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::filesystem::path dir = argc > 1 ? argv[1] : "bench-data";
    const std::string resolution = argc > 2 ? argv[2] : "100";
    const std::string rasterPath = (dir / ("pop_" + resolution + "m.tif")).string();
    const std::string catchmentsPath = (dir / "catchments.gpkg").string();
    if (!std::filesystem::exists(rasterPath) || !std::filesystem::exists(catchmentsPath)) {
        std::printf("zonal_bench: %s or %s missing; run /usr/bin/python3 "
                    "../shared/bench/make_bench_data.py %s\n",
            rasterPath.c_str(), catchmentsPath.c_str(), dir.string().c_str());
        return 0;
    }
    Stopwatch total; // from before library start-up: the whole process but its exec
    gis::initialize();
    Stopwatch stage;
    const auto raster = std::make_shared<const gis::Raster>(gis::readRaster(rasterPath));
    const double readRaster = stage.seconds();
    stage.restart();
    gis::ImportReport report;
    const gis::VectorLayer catchments = gis::readSource(catchmentsPath, {}, "", report);
    const double readVector = stage.seconds();
    stage.restart();
    const gis::ZonalSum zonal(raster);
    const std::vector<double> sums = zonal.sums(catchments);
    const double summing = stage.seconds();
    const double ours = total.seconds();
    const double oursCpu = bench::cpuSeconds();

    double sumAll = 0;
    for (const double s : sums)
        sumAll += s;
    const double rasterTotal = raster->total();

    // One catchment redrawn (shrunk by 50 m) and re-summed alone.
    gis::IncrementalZonalSum incremental(raster, catchments);
    const gis::Geometry redrawn = gis::buffer(catchments.features[500].geometry, -50.0);
    Stopwatch one;
    constexpr int kRepeats = 20;
    for (int i = 0; i < kRepeats; ++i)
        incremental.update(500, redrawn);
    const double oneChanged = one.seconds() / kRepeats;

    std::vector<double> gdalSums;
    Stopwatch gdal;
    gdalOnly(rasterPath, catchmentsPath, gdalSums);
    const double gdalSeconds = gdal.seconds();
    double gdalAll = 0;
    for (std::size_t i = 1; i < gdalSums.size(); ++i) // 0 = cells outside every catchment
        gdalAll += gdalSums[i];

    std::printf("zonal sum, %s m raster: %d x %d = %.2fM cells, %zu catchments\n",
        resolution.c_str(), raster->width, raster->height,
        raster->width * static_cast<double>(raster->height) / 1e6, catchments.features.size());
    std::printf("  SeatPlan fractional coverage: %.3f s (read raster %.3f s, read catchments %.3f "
                "s, sums %.3f s); CPU %.3f s (whole process so far, all threads)\n",
        ours, readRaster, readVector, summing, oursCpu);
    std::printf(
        "  GDAL-only (rasterize ids at cell centres + sum by id), same run: %.3f s\n", gdalSeconds);
    std::printf("  ratio SeatPlan / GDAL-only: %.2f\n", ours / gdalSeconds);
    std::printf("  one changed catchment re-summed: %.2f ms\n", oneChanged * 1000.0);
    std::printf("  sum over catchments %.1f vs raster total %.1f (relative difference %.2e; the 30 "
                "m grid overhangs the catchments by up to one 100 m cell edge); GDAL-only %.1f\n",
        sumAll, rasterTotal, std::abs(sumAll - rasterTotal) / rasterTotal, gdalAll);
    std::printf("  peak memory: %.0f MiB\n", bench::peakMemoryMiB());
    return 0;
}
