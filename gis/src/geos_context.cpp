#include "detail/geos_context.h"

#include <cstdarg>

namespace seatplan::gis::detail {

GeosContext::GeosContext()
    : m_handle(GEOS_init_r())
{
    GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::onError, this);
}

GeosContext::~GeosContext()
{
    if (m_handle)
        GEOS_finish_r(m_handle);
}

GeosContext::GeosContext(GeosContext&& other) noexcept
    : m_handle(other.m_handle)
    , m_lastError(std::move(other.m_lastError))
{
    other.m_handle = nullptr;
    if (m_handle)
        GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::onError, this);
}

GeosContext& GeosContext::get()
{
    static thread_local GeosContext context;
    return context;
}

void GeosContext::onError(const char* message, void* self)
{
    try {
        static_cast<GeosContext*>(self)->m_lastError = message ? message : "";
    } catch (...) {
        // Never unwind through GEOS.
    }
}

std::string GeosContext::takeError()
{
    std::string error = std::move(m_lastError);
    m_lastError.clear();
    return error.empty() ? std::string("GEOS failed") : error;
}

namespace {

    GEOSGeometry* ring(GEOSContextHandle_t ctx, const Geometry& g, std::uint32_t r, bool closed)
    {
        const std::uint32_t begin = g.rings[r];
        const std::uint32_t end = g.rings[r + 1];
        const auto n = static_cast<unsigned>(end - begin);
        GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(
            ctx, reinterpret_cast<const double*>(g.coords.data() + begin), n, 0, 0);
        if (!seq)
            return nullptr;
        return closed ? GEOSGeom_createLinearRing_r(ctx, seq)
                      : GEOSGeom_createLineString_r(ctx, seq);
    }

    void appendCoords(GEOSContextHandle_t ctx, const GEOSGeometry* line, Geometry& out)
    {
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, line);
        unsigned n = 0;
        GEOSCoordSeq_getSize_r(ctx, seq, &n);
        const std::size_t start = out.coords.size();
        out.coords.resize(start + n);
        if (n > 0)
            GEOSCoordSeq_copyToBuffer_r(
                ctx, seq, reinterpret_cast<double*>(out.coords.data() + start), 0, 0);
        out.rings.push_back(static_cast<std::uint32_t>(out.coords.size()));
    }

    void collect(GEOSContextHandle_t ctx, const GEOSGeometry* g, GeometryKind kind, Geometry& out,
        int& dropped)
    {
        const int type = GEOSGeomTypeId_r(ctx, g);
        if (type == GEOS_MULTIPOINT || type == GEOS_MULTILINESTRING || type == GEOS_MULTIPOLYGON
            || type == GEOS_GEOMETRYCOLLECTION) {
            for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i)
                collect(ctx, GEOSGetGeometryN_r(ctx, g, i), kind, out, dropped);
            return;
        }
        if (GEOSisEmpty_r(ctx, g))
            return;
        const GeometryKind partKind = type == GEOS_POINT ? GeometryKind::Point
            : type == GEOS_POLYGON                       ? GeometryKind::Polygon
                                                         : GeometryKind::Line;
        if (partKind != kind) {
            ++dropped;
            return;
        }
        if (out.rings.empty())
            out.rings.push_back(0);
        if (out.parts.empty())
            out.parts.push_back(0);
        out.kind = kind;
        if (type == GEOS_POLYGON) {
            appendCoords(ctx, GEOSGetExteriorRing_r(ctx, g), out);
            for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx, g); ++i)
                appendCoords(ctx, GEOSGetInteriorRingN_r(ctx, g, i), out);
        } else {
            appendCoords(ctx, g, out);
        }
        out.parts.push_back(static_cast<std::uint32_t>(out.rings.size() - 1));
    }

} // namespace

GeosGeomPtr toGeos(GeosContext& context, const Geometry& g)
{
    GEOSContextHandle_t ctx = context.handle();
    if (g.isEmpty())
        return own(ctx, nullptr);
    std::vector<GEOSGeometry*> parts;
    for (std::size_t p = 0; p < g.partCount(); ++p) {
        const std::uint32_t first = g.parts[p];
        const std::uint32_t last = g.parts[p + 1];
        GEOSGeometry* part = nullptr;
        if (g.kind == GeometryKind::Point) {
            const Coord c = g.coords[g.rings[first]];
            part = GEOSGeom_createPointFromXY_r(ctx, c.x, c.y);
        } else if (g.kind == GeometryKind::Line) {
            part = ring(ctx, g, first, false);
        } else {
            GEOSGeometry* shell = ring(ctx, g, first, true);
            std::vector<GEOSGeometry*> holes;
            for (std::uint32_t r = first + 1; r < last; ++r) {
                if (GEOSGeometry* hole = ring(ctx, g, r, true))
                    holes.push_back(hole);
            }
            if (shell)
                part = GEOSGeom_createPolygon_r(
                    ctx, shell, holes.data(), static_cast<unsigned>(holes.size()));
            else
                for (GEOSGeometry* hole : holes)
                    GEOSGeom_destroy_r(ctx, hole);
        }
        if (part)
            parts.push_back(part);
    }
    if (parts.empty())
        return own(ctx, nullptr);
    if (parts.size() == 1)
        return own(ctx, parts[0]);
    const int type = g.kind == GeometryKind::Point ? GEOS_MULTIPOINT
        : g.kind == GeometryKind::Line             ? GEOS_MULTILINESTRING
                                                   : GEOS_MULTIPOLYGON;
    return own(ctx,
        GEOSGeom_createCollection_r(ctx, type, parts.data(), static_cast<unsigned>(parts.size())));
}

Geometry fromGeos(
    GeosContext& context, const GEOSGeometry* geometry, GeometryKind kind, int* dropped)
{
    Geometry out;
    int count = 0;
    if (geometry)
        collect(context.handle(), geometry, kind, out, count);
    if (dropped)
        *dropped = count;
    return out;
}

} // namespace seatplan::gis::detail
