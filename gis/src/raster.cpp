#include "seatplan/gis/raster.h"

#include "detail/cpl_error_capture.h"
#include "detail/gdal_handles.h"
#include "detail/ogr_convert.h"
#include "seatplan/gis/gis_error.h"

#include <cpl_conv.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace seatplan::gis {

using namespace detail;

namespace {

    // Rasters with at least this many cells are read by several threads.
    constexpr std::size_t kParallelReadCells = 4'000'000;
    // At most this many reading threads (each opens its own dataset handle).
    constexpr unsigned kMaxReadThreads = 4;

    // Sizes `values` to `count` cells, asking Linux for transparent huge pages first: a large
    // population raster then costs a few dozen page faults instead of tens of thousands, and
    // the zonal sums' row-by-row walks miss the TLB far less.
    void allocateCells(std::vector<float>& values, std::size_t count)
    {
        values.reserve(count); // untouched pages: the advice applies before the first write
#ifdef __linux__
        constexpr std::uintptr_t kHugePage = 2u << 20;
        const auto begin = reinterpret_cast<std::uintptr_t>(values.data());
        const std::uintptr_t first = (begin + kHugePage - 1) & ~(kHugePage - 1);
        const std::uintptr_t end = (begin + count * sizeof(float)) & ~(kHugePage - 1);
        if (end > first)
            madvise(reinterpret_cast<void*>(first), end - first, MADV_HUGEPAGE); // a hint only
#endif
        values.resize(count);
    }

    // Reads rows [row0, row1) of band 1 of `path` into `out` (the whole raster's cells) through
    // its own dataset handle; GeoTIFF blocks go straight into `out` (GTIFF_DIRECT_IO) instead
    // of through GDAL's block cache. Returns GDAL's error text, "" on success.
    std::string readRows(const std::string& path, int width, int row0, int row1, float* out)
    {
        CplErrorCapture errors;
        CPLSetThreadLocalConfigOption("GTIFF_DIRECT_IO", "YES");
        std::string failure;
        {
            GdalDatasetPtr ds(GDALOpenEx(
                path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
            GDALRasterBandH band = ds ? GDALGetRasterBand(ds.get(), 1) : nullptr;
            if (!band
                || GDALRasterIO(band, GF_Read, 0, row0, width, row1 - row0,
                       out + static_cast<std::size_t>(row0) * static_cast<std::size_t>(width),
                       width, row1 - row0, GDT_Float32, 0, 0)
                    != CE_None)
                failure = errors.errorOr("cannot read the cells");
        }
        CPLSetThreadLocalConfigOption("GTIFF_DIRECT_IO", nullptr);
        return failure;
    }

} // namespace

double Raster::total() const
{
    double sum = 0.0;
    for (const float v : values) {
        if (v != noData && !std::isnan(v))
            sum += v;
    }
    return sum;
}

Raster readRaster(const std::string& path)
{
    CplErrorCapture errors;
    GdalDatasetPtr ds(
        GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        throw GisError({ path, {}, std::nullopt, {}, errors.errorOr("not a raster GDAL reads") });
    Raster raster;
    raster.width = GDALGetRasterXSize(ds.get());
    raster.height = GDALGetRasterYSize(ds.get());
    double transform[6] = { 0, 1, 0, 0, 0, -1 };
    if (GDALGetGeoTransform(ds.get(), transform) != CE_None || transform[2] != 0.0
        || transform[4] != 0.0 || transform[5] >= 0.0)
        throw GisError({ path, {}, std::nullopt, {},
            "the raster has no north-up geotransform (rotated or missing)" });
    raster.originX = transform[0];
    raster.originY = transform[3];
    raster.cellWidth = transform[1];
    raster.cellHeight = -transform[5];
    raster.crs = crsName(GDALGetSpatialRef(ds.get()));
    GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
    if (!band)
        throw GisError({ path, {}, std::nullopt, {}, "the raster has no band" });
    int hasNoData = 0;
    const double noData = GDALGetRasterNoDataValue(band, &hasNoData);
    if (hasNoData)
        raster.noData = static_cast<float>(noData);
    const std::size_t cells
        = static_cast<std::size_t>(raster.width) * static_cast<std::size_t>(raster.height);
    allocateCells(raster.values, cells);
    int blockWidth = 0;
    int blockHeight = 0;
    GDALGetBlockSize(band, &blockWidth, &blockHeight);
    ds.reset();

    // Bands of whole block rows, one per thread (blocks are read once, by one thread).
    const unsigned threads = cells < kParallelReadCells
        ? 1U
        : std::clamp(std::thread::hardware_concurrency(), 1U, kMaxReadThreads);
    const int blockRows = (raster.height + std::max(1, blockHeight) - 1) / std::max(1, blockHeight);
    const int perThread = (blockRows + static_cast<int>(threads) - 1) / static_cast<int>(threads);
    std::vector<std::string> failures(threads);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        const int row0 = std::min(raster.height, static_cast<int>(t) * perThread * blockHeight);
        const int row1 = std::min(raster.height, row0 + perThread * blockHeight);
        if (row1 <= row0)
            continue;
        auto job = [&, t, row0, row1] {
            failures[t] = readRows(path, raster.width, row0, row1, raster.values.data());
        };
        if (t + 1 == threads)
            job();
        else
            pool.emplace_back(job);
    }
    for (std::thread& th : pool)
        th.join();
    for (const std::string& failure : failures)
        if (!failure.empty())
            throw GisError({ path, {}, std::nullopt, {}, failure });
    return raster;
}

void writeGeoTiff(const Raster& raster, const std::string& path)
{
    CplErrorCapture errors;
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    const char* options[] = { "TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=3", nullptr };
    GdalDatasetPtr ds(GDALCreate(driver, path.c_str(), raster.width, raster.height, 1, GDT_Float32,
        const_cast<char**>(options)));
    if (!ds)
        throw GisError({ path, {}, std::nullopt, {}, errors.errorOr("cannot create the file") });
    double transform[6]
        = { raster.originX, raster.cellWidth, 0, raster.originY, 0, -raster.cellHeight };
    GDALSetGeoTransform(ds.get(), transform);
    if (!raster.crs.empty()) {
        auto srs = makeSrs(raster.crs, path);
        GDALSetSpatialRef(ds.get(), srs.get());
    }
    GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
    GDALSetRasterNoDataValue(band, raster.noData);
    if (GDALRasterIO(band, GF_Write, 0, 0, raster.width, raster.height,
            const_cast<float*>(raster.values.data()), raster.width, raster.height, GDT_Float32, 0,
            0)
        != CE_None)
        throw GisError({ path, {}, std::nullopt, {}, errors.errorOr("cannot write the cells") });
    ds.reset();
    if (!errors.lastError().empty())
        throw GisError({ path, {}, std::nullopt, {}, errors.lastError() });
}

} // namespace seatplan::gis
