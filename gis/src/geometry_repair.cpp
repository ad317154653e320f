#include "seatplan/gis/geometry_repair.h"

#include "detail/geos_context.h"

#include <cmath>
#include <cstdio>

namespace seatplan::gis {

using namespace detail;

namespace {

    struct MakeValidParamsDeleter {
        GEOSContextHandle_t ctx;
        void operator()(GEOSMakeValidParams* p) const noexcept
        {
            GEOSMakeValidParams_destroy_r(ctx, p);
        }
    };
    using MakeValidParamsPtr = std::unique_ptr<GEOSMakeValidParams, MakeValidParamsDeleter>;

    // Removes rings with non-finite coordinates (and polygon parts whose shell is gone).
    bool dropNonFinite(Geometry& g)
    {
        bool finite = true;
        for (const Coord& c : g.coords)
            finite = finite && std::isfinite(c.x) && std::isfinite(c.y);
        if (finite)
            return false;
        Geometry kept;
        for (std::size_t p = 0; p < g.partCount(); ++p) {
            std::vector<std::vector<Coord>> rings;
            for (std::uint32_t r = g.parts[p]; r < g.parts[p + 1]; ++r) {
                std::vector<Coord> ring(
                    g.coords.begin() + g.rings[r], g.coords.begin() + g.rings[r + 1]);
                bool ok = true;
                for (const Coord& c : ring)
                    ok = ok && std::isfinite(c.x) && std::isfinite(c.y);
                if (!ok) {
                    if (r == g.parts[p])
                        break; // shell lost: drop the whole part
                    continue;
                }
                rings.push_back(std::move(ring));
            }
            if (rings.empty())
                continue;
            if (g.kind == GeometryKind::Polygon)
                kept.addPolygon(rings);
            else if (g.kind == GeometryKind::Line)
                kept.addLine(rings[0]);
            else
                kept.addPoint(rings[0][0].x, rings[0][0].y);
        }
        g = std::move(kept);
        return true;
    }

    // Removes polygon rings of fewer than 4 points (and lines of fewer than 2), which GEOS cannot
    // even build.
    bool dropDegenerateRings(Geometry& g)
    {
        if (g.kind == GeometryKind::Point)
            return false;
        const std::uint32_t minimum = g.kind == GeometryKind::Polygon ? 4 : 2;
        bool degenerate = false;
        for (std::size_t r = 0; r < g.ringCount(); ++r)
            degenerate = degenerate || g.rings[r + 1] - g.rings[r] < minimum;
        if (!degenerate)
            return false;
        Geometry kept;
        for (std::size_t p = 0; p < g.partCount(); ++p) {
            std::vector<std::vector<Coord>> rings;
            for (std::uint32_t r = g.parts[p]; r < g.parts[p + 1]; ++r) {
                if (g.rings[r + 1] - g.rings[r] < minimum) {
                    if (r == g.parts[p])
                        break;
                    continue;
                }
                rings.emplace_back(
                    g.coords.begin() + g.rings[r], g.coords.begin() + g.rings[r + 1]);
            }
            if (rings.empty())
                continue;
            if (g.kind == GeometryKind::Polygon)
                kept.addPolygon(rings);
            else
                kept.addLine(rings[0]);
        }
        g = std::move(kept);
        return true;
    }

} // namespace

std::vector<RepairNote> repairGeometries(VectorLayer& layer)
{
    std::vector<RepairNote> notes;
    GeosContext& context = GeosContext::get();
    GEOSContextHandle_t ctx = context.handle();
    std::vector<Feature> kept;
    kept.reserve(layer.features.size());
    for (Feature& feature : layer.features) {
        Geometry& g = feature.geometry;
        if (g.isEmpty()) {
            kept.push_back(std::move(feature));
            continue;
        }
        if (dropNonFinite(g))
            notes.push_back({ feature.fid, "coordinates that are not numbers (NaN or infinite)",
                g.isEmpty() ? "geometry removed" : "the affected parts removed" });
        if (dropDegenerateRings(g))
            notes.push_back({ feature.fid, "a ring or line with too few points",
                g.isEmpty() ? "geometry removed" : "the degenerate parts removed" });
        if (g.kind == GeometryKind::Polygon && !g.isEmpty()) {
            GeosGeomPtr geos = toGeos(context, g);
            if (!geos) {
                notes.push_back({ feature.fid,
                    "GEOS cannot build the polygon: " + context.takeError(), "geometry removed" });
                g = Geometry {};
            } else {
                char* reasonRaw = nullptr;
                GEOSGeometry* locationRaw = nullptr;
                const char valid
                    = GEOSisValidDetail_r(ctx, geos.get(), 0, &reasonRaw, &locationRaw);
                GeosStringPtr reason(reasonRaw, GeosFree { ctx });
                GeosGeomPtr location = own(ctx, locationRaw);
                if (valid == 0) {
                    std::string problem = reason ? reason.get() : "invalid";
                    if (location) {
                        double x = 0, y = 0;
                        GEOSGeomGetX_r(ctx, location.get(), &x);
                        GEOSGeomGetY_r(ctx, location.get(), &y);
                        char where[96];
                        std::snprintf(where, sizeof where, " at (%.6g %.6g)", x, y);
                        problem += where;
                    }
                    MakeValidParamsPtr params(GEOSMakeValidParams_create_r(ctx), { ctx });
                    GEOSMakeValidParams_setMethod_r(ctx, params.get(), GEOS_MAKE_VALID_STRUCTURE);
                    GEOSMakeValidParams_setKeepCollapsed_r(ctx, params.get(), 0);
                    GeosGeomPtr fixed
                        = own(ctx, GEOSMakeValidWithParams_r(ctx, geos.get(), params.get()));
                    int dropped = 0;
                    g = fixed ? fromGeos(context, fixed.get(), GeometryKind::Polygon, &dropped)
                              : Geometry {};
                    std::string fix = g.isEmpty()
                        ? "geometry removed (nothing polygonal left)"
                        : "made valid with GEOS MakeValid (structure method)";
                    if (dropped > 0 && !g.isEmpty())
                        fix += ", " + std::to_string(dropped) + " collapsed part(s) dropped";
                    notes.push_back({ feature.fid, problem, fix });
                }
            }
        }
        if (g.isEmpty()) {
            if (notes.empty() || notes.back().fid != feature.fid)
                notes.push_back({ feature.fid, "empty geometry", "feature removed" });
            else
                notes.back().fix += "; feature removed";
            continue;
        }
        kept.push_back(std::move(feature));
    }
    layer.features = std::move(kept);
    return notes;
}

} // namespace seatplan::gis
