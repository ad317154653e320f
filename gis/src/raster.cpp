#include "seatplan/gis/raster.h"

#include "detail/cpl_error_capture.h"
#include "detail/gdal_handles.h"
#include "detail/ogr_convert.h"
#include "seatplan/gis/gis_error.h"

#include <cmath>

namespace seatplan::gis {

using namespace detail;

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
    raster.values.resize(
        static_cast<std::size_t>(raster.width) * static_cast<std::size_t>(raster.height));
    if (GDALRasterIO(band, GF_Read, 0, 0, raster.width, raster.height, raster.values.data(),
            raster.width, raster.height, GDT_Float32, 0, 0)
        != CE_None)
        throw GisError({ path, {}, std::nullopt, {}, errors.errorOr("cannot read the cells") });
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
