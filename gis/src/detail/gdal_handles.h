#pragma once
// unique_ptr aliases with stateless deleters for the GDAL/OGR handles gis owns (STYLE.md §4.1).
// A layer handle (OGRLayerH) belongs to its dataset: keep it raw next to the dataset pointer.

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <type_traits>

namespace seatplan::gis::detail {

struct GdalDatasetCloser {
    void operator()(GDALDatasetH h) const noexcept { GDALClose(h); }
};
using GdalDatasetPtr = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, GdalDatasetCloser>;

struct OgrFeatureDeleter {
    void operator()(OGRFeatureH h) const noexcept { OGR_F_Destroy(h); }
};
using OgrFeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, OgrFeatureDeleter>;

struct OgrGeometryDeleter {
    void operator()(OGRGeometryH h) const noexcept { OGR_G_DestroyGeometry(h); }
};
using OgrGeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, OgrGeometryDeleter>;

struct OgrSrsReleaser {
    void operator()(OGRSpatialReferenceH h) const noexcept { OSRRelease(h); }
};
using OgrSrsPtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, OgrSrsReleaser>;

struct OgrTransformDeleter {
    void operator()(OGRCoordinateTransformationH h) const noexcept
    {
        OCTDestroyCoordinateTransformation(h);
    }
};
using OgrTransformPtr
    = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, OgrTransformDeleter>;

struct CplFree {
    void operator()(void* p) const noexcept { CPLFree(p); }
};
using CplStringPtr = std::unique_ptr<char, CplFree>;

/// A layer from ExecuteSQL, released back to its dataset (which must outlive it).
class SqlResultLayer {
public:
    SqlResultLayer(GDALDatasetH dataset, OGRLayerH layer)
        : m_dataset(dataset)
        , m_layer(layer)
    {
    }
    ~SqlResultLayer()
    {
        if (m_layer)
            GDALDatasetReleaseResultSet(m_dataset, m_layer);
    }
    SqlResultLayer(const SqlResultLayer&) = delete;
    SqlResultLayer& operator=(const SqlResultLayer&) = delete;
    OGRLayerH get() const { return m_layer; }

private:
    GDALDatasetH m_dataset;
    OGRLayerH m_layer;
};

} // namespace seatplan::gis::detail
