#include "seatplan/gis/geometry_ops.h"

#include "detail/geos_context.h"
#include "seatplan/gis/gis_error.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace seatplan::gis {

using namespace detail;

namespace {

    GeosGeomPtr geosOf(GeosContext& context, const Geometry& g)
    {
        GeosGeomPtr out = toGeos(context, g);
        if (!out && !g.isEmpty())
            throw GisError({ {}, {}, std::nullopt, {},
                "GEOS cannot build a geometry: " + context.takeError() });
        return out;
    }

    double ringArea(const Geometry& g, std::size_t r)
    {
        double sum = 0;
        for (std::uint32_t i = g.rings[r]; i + 1 < g.rings[r + 1]; ++i)
            sum += g.coords[i].x * g.coords[i + 1].y - g.coords[i + 1].x * g.coords[i].y;
        return sum / 2.0;
    }

    struct PreparedSet {
        std::vector<GeosGeomPtr> geometries;
        std::vector<GeosPreparedPtr> prepared;
        std::vector<double> areas;
    };

} // namespace

double area(const Geometry& g)
{
    if (g.kind != GeometryKind::Polygon)
        return 0;
    double total = 0;
    for (std::size_t p = 0; p < g.partCount(); ++p) {
        for (std::uint32_t r = g.parts[p]; r < g.parts[p + 1]; ++r) {
            const double a = std::abs(ringArea(g, r));
            total += r == g.parts[p] ? a : -a;
        }
    }
    return total;
}

double intersectionArea(const Geometry& a, const Geometry& b)
{
    GeosContext& context = GeosContext::get();
    GEOSContextHandle_t ctx = context.handle();
    GeosGeomPtr ga = geosOf(context, a);
    GeosGeomPtr gb = geosOf(context, b);
    if (!ga || !gb)
        return 0;
    GeosGeomPtr both = own(ctx, GEOSIntersection_r(ctx, ga.get(), gb.get()));
    if (!both)
        throw GisError(
            { {}, {}, std::nullopt, {}, "GEOS intersection failed: " + context.takeError() });
    double result = 0;
    GEOSArea_r(ctx, both.get(), &result);
    return result;
}

std::vector<OverlayShare> overlayShares(const VectorLayer& a, const VectorLayer& b, double minShare)
{
    GeosContext& context = GeosContext::get();
    GEOSContextHandle_t ctx = context.handle();
    std::vector<GeosGeomPtr> bGeoms;
    GeosTreePtr tree(GEOSSTRtree_create_r(ctx, 10), GeosTreeDeleter { ctx });
    std::vector<std::size_t> bIds(b.features.size());
    std::vector<GeosPreparedPtr> bPrepared;
    for (std::size_t i = 0; i < b.features.size(); ++i) {
        bGeoms.push_back(geosOf(context, b.features[i].geometry));
        bPrepared.emplace_back(bGeoms.back() ? GEOSPrepare_r(ctx, bGeoms.back().get()) : nullptr,
            GeosPreparedDeleter { ctx });
        bIds[i] = i;
        if (bGeoms.back())
            GEOSSTRtree_insert_r(ctx, tree.get(), bGeoms.back().get(), &bIds[i]);
    }
    std::vector<OverlayShare> out;
    for (std::size_t i = 0; i < a.features.size(); ++i) {
        GeosGeomPtr ga = geosOf(context, a.features[i].geometry);
        if (!ga)
            continue;
        double aArea = 0;
        GEOSArea_r(ctx, ga.get(), &aArea);
        if (aArea <= 0)
            continue;
        std::vector<std::size_t> hits;
        GEOSSTRtree_query_r(
            ctx, tree.get(), ga.get(),
            [](void* item, void* user) {
                static_cast<std::vector<std::size_t>*>(user)->push_back(
                    *static_cast<std::size_t*>(item));
            },
            &hits);
        std::sort(hits.begin(), hits.end());
        for (const std::size_t j : hits) {
            double shared = 0;
            if (GEOSPreparedContains_r(ctx, bPrepared[j].get(), ga.get()) == 1) {
                shared = aArea;
            } else if (GEOSPreparedIntersects_r(ctx, bPrepared[j].get(), ga.get()) == 1) {
                GeosGeomPtr both = own(ctx, GEOSIntersection_r(ctx, ga.get(), bGeoms[j].get()));
                if (!both)
                    throw GisError({ {}, b.name, b.features[j].fid, {},
                        "GEOS intersection failed: " + context.takeError() });
                GEOSArea_r(ctx, both.get(), &shared);
            }
            if (shared / aArea > minShare)
                out.push_back({ i, j, shared, std::min(1.0, shared / aArea) });
        }
    }
    return out;
}

Geometry buffer(const Geometry& geometry, double distance)
{
    GeosContext& context = GeosContext::get();
    GeosGeomPtr g = geosOf(context, geometry);
    if (!g)
        return {};
    GeosGeomPtr out = own(context.handle(), GEOSBuffer_r(context.handle(), g.get(), distance, 16));
    if (!out)
        throw GisError({ {}, {}, std::nullopt, {}, "GEOS buffer failed: " + context.takeError() });
    return fromGeos(context, out.get(), GeometryKind::Polygon);
}

std::vector<Geometry> voronoiCells(const VectorLayer& sites, const Geometry& boundary)
{
    GeosContext& context = GeosContext::get();
    GEOSContextHandle_t ctx = context.handle();
    std::vector<Geometry> cells(sites.features.size());
    GeosGeomPtr clip = geosOf(context, boundary);
    if (!clip || sites.features.empty())
        return cells;
    std::vector<GEOSGeometry*> points;
    for (const Feature& f : sites.features) {
        if (!f.geometry.isEmpty())
            points.push_back(
                GEOSGeom_createPointFromXY_r(ctx, f.geometry.coords[0].x, f.geometry.coords[0].y));
    }
    GeosGeomPtr multi = own(ctx,
        GEOSGeom_createCollection_r(
            ctx, GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(points.size())));
    GeosGeomPtr diagram = own(ctx, GEOSVoronoiDiagram_r(ctx, multi.get(), clip.get(), 0.0, 0));
    if (!diagram)
        throw GisError({ {}, sites.name, std::nullopt, {},
            "GEOS Voronoi diagram failed: " + context.takeError() });
    // Cells come back in no promised order: give each to the site it contains.
    for (int i = 0; i < GEOSGetNumGeometries_r(ctx, diagram.get()); ++i) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(ctx, diagram.get(), i);
        GeosPreparedPtr prepared(GEOSPrepare_r(ctx, cell), GeosPreparedDeleter { ctx });
        for (std::size_t s = 0; s < sites.features.size(); ++s) {
            const Geometry& site = sites.features[s].geometry;
            if (site.isEmpty() || !cells[s].isEmpty())
                continue;
            GeosGeomPtr p
                = own(ctx, GEOSGeom_createPointFromXY_r(ctx, site.coords[0].x, site.coords[0].y));
            if (GEOSPreparedIntersects_r(ctx, prepared.get(), p.get()) == 1) {
                GeosGeomPtr clipped = own(ctx, GEOSIntersection_r(ctx, cell, clip.get()));
                if (clipped)
                    cells[s] = fromGeos(context, clipped.get(), GeometryKind::Polygon);
                break;
            }
        }
    }
    return cells;
}

std::vector<std::optional<std::pair<std::size_t, double>>> nearest(
    const std::vector<Coord>& points, const VectorLayer& targets)
{
    GeosContext& context = GeosContext::get();
    GEOSContextHandle_t ctx = context.handle();
    std::vector<std::optional<std::pair<std::size_t, double>>> out(points.size());
    std::vector<GeosGeomPtr> items;
    std::vector<std::size_t> ids;
    ids.reserve(targets.features.size());
    GeosTreePtr tree(GEOSSTRtree_create_r(ctx, 10), GeosTreeDeleter { ctx });
    for (std::size_t i = 0; i < targets.features.size(); ++i) {
        const Geometry& g = targets.features[i].geometry;
        if (g.isEmpty())
            continue;
        items.push_back(own(ctx, GEOSGeom_createPointFromXY_r(ctx, g.coords[0].x, g.coords[0].y)));
        ids.push_back(i);
    }
    if (items.empty())
        return out;
    std::unordered_map<const GEOSGeometry*, std::size_t> byGeometry;
    for (std::size_t k = 0; k < items.size(); ++k) {
        GEOSSTRtree_insert_r(ctx, tree.get(), items[k].get(), items[k].get());
        byGeometry[items[k].get()] = ids[k];
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        GeosGeomPtr p = own(ctx, GEOSGeom_createPointFromXY_r(ctx, points[i].x, points[i].y));
        const GEOSGeometry* nearestGeom = GEOSSTRtree_nearest_r(ctx, tree.get(), p.get());
        if (!nearestGeom)
            continue;
        double x = 0, y = 0;
        GEOSGeomGetX_r(ctx, nearestGeom, &x);
        GEOSGeomGetY_r(ctx, nearestGeom, &y);
        const auto found = byGeometry.find(nearestGeom);
        if (found != byGeometry.end())
            out[i] = std::make_pair(found->second, std::hypot(x - points[i].x, y - points[i].y));
    }
    return out;
}

std::size_t connectedPieces(const std::vector<Geometry>& polygons, double tolerance)
{
    if (tolerance <= 0)
        return unionPolygons(polygons).partCount();
    std::vector<Geometry> grown;
    grown.reserve(polygons.size());
    for (const Geometry& g : polygons)
        if (g.kind == GeometryKind::Polygon && !g.isEmpty())
            grown.push_back(buffer(g, tolerance / 2));
    return unionPolygons(grown).partCount();
}

Geometry unionPolygons(const std::vector<Geometry>& polygons)
{
    GeosContext& context = GeosContext::get();
    GEOSContextHandle_t ctx = context.handle();
    std::vector<GEOSGeometry*> parts;
    for (const Geometry& g : polygons) {
        if (g.kind == GeometryKind::Polygon && !g.isEmpty())
            parts.push_back(geosOf(context, g).release());
    }
    if (parts.empty())
        return {};
    // The collection takes ownership of the parts.
    GeosGeomPtr all = own(ctx,
        GEOSGeom_createCollection_r(
            ctx, GEOS_GEOMETRYCOLLECTION, parts.data(), static_cast<unsigned>(parts.size())));
    if (!all) {
        for (GEOSGeometry* p : parts)
            GEOSGeom_destroy_r(ctx, p);
        throw GisError(
            { {}, {}, std::nullopt, {}, "GEOS collection failed: " + context.takeError() });
    }
    GeosGeomPtr merged = own(ctx, GEOSUnaryUnion_r(ctx, all.get()));
    if (!merged)
        throw GisError({ {}, {}, std::nullopt, {}, "GEOS union failed: " + context.takeError() });
    return fromGeos(context, merged.get(), GeometryKind::Polygon);
}

std::optional<Coord> interiorPoint(const Geometry& geometry)
{
    if (geometry.isEmpty())
        return std::nullopt;
    if (geometry.kind != GeometryKind::Polygon)
        return geometry.coords[0];
    GeosContext& context = GeosContext::get();
    GeosGeomPtr g = geosOf(context, geometry);
    GeosGeomPtr p
        = g ? own(context.handle(), GEOSPointOnSurface_r(context.handle(), g.get())) : nullptr;
    if (!p)
        return std::nullopt;
    Coord c;
    GEOSGeomGetX_r(context.handle(), p.get(), &c.x);
    GEOSGeomGetY_r(context.handle(), p.get(), &c.y);
    return c;
}

std::optional<Coord> centroid(const Geometry& geometry)
{
    if (geometry.isEmpty())
        return std::nullopt;
    if (geometry.kind == GeometryKind::Point)
        return geometry.coords[0];
    GeosContext& context = GeosContext::get();
    GeosGeomPtr g = geosOf(context, geometry);
    GeosGeomPtr p
        = g ? own(context.handle(), GEOSGetCentroid_r(context.handle(), g.get())) : nullptr;
    if (!p || GEOSisEmpty_r(context.handle(), p.get()) == 1)
        return std::nullopt;
    Coord c;
    GEOSGeomGetX_r(context.handle(), p.get(), &c.x);
    GEOSGeomGetY_r(context.handle(), p.get(), &c.y);
    return c;
}

} // namespace seatplan::gis
