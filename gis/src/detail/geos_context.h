#pragma once
// GEOS reentrant API: one context per thread (STYLE.md §4.2-4.3). The message handler only stores
// the text; callers check results and throw GisError after the call returns.

#include "seatplan/gis/vector_layer.h"

#include <geos_c.h>

#include <memory>
#include <string>

namespace seatplan::gis::detail {

class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(GeosContext&& other) noexcept;
    GeosContext& operator=(GeosContext&&) = delete;
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    /// Returns this thread's context (created on first use, destroyed with the thread).
    static GeosContext& get();

    GEOSContextHandle_t handle() const { return m_handle; }
    /// Returns and clears the last error GEOS reported on this context.
    std::string takeError();

private:
    static void onError(const char* message, void* self);
    GEOSContextHandle_t m_handle = nullptr;
    std::string m_lastError;
};

struct GeosGeomDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSGeometry* g) const noexcept { GEOSGeom_destroy_r(ctx, g); }
};
using GeosGeomPtr = std::unique_ptr<GEOSGeometry, GeosGeomDeleter>;

struct GeosPreparedDeleter {
    GEOSContextHandle_t ctx;
    void operator()(const GEOSPreparedGeometry* g) const noexcept
    {
        GEOSPreparedGeom_destroy_r(ctx, g);
    }
};
using GeosPreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter>;

struct GeosTreeDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSSTRtree* t) const noexcept { GEOSSTRtree_destroy_r(ctx, t); }
};
using GeosTreePtr = std::unique_ptr<GEOSSTRtree, GeosTreeDeleter>;

struct GeosFree {
    GEOSContextHandle_t ctx;
    void operator()(char* p) const noexcept { GEOSFree_r(ctx, p); }
};
using GeosStringPtr = std::unique_ptr<char, GeosFree>;

/// Wraps a raw result of `ctx` (nullptr stays nullptr).
inline GeosGeomPtr own(GEOSContextHandle_t ctx, GEOSGeometry* g)
{
    return GeosGeomPtr(g, GeosGeomDeleter { ctx });
}

/// Builds a GEOS geometry from a gis Geometry (nullptr for an empty one).
GeosGeomPtr toGeos(GeosContext& context, const Geometry& geometry);
/// Decodes a GEOS geometry; parts of lower dimension than `kind` are dropped (count returned
/// through `dropped`).
Geometry fromGeos(
    GeosContext& context, const GEOSGeometry* geometry, GeometryKind kind, int* dropped = nullptr);

} // namespace seatplan::gis::detail
