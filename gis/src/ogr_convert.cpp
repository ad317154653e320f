#include "detail/ogr_convert.h"

#include "seatplan/gis/gis_error.h"

#include <algorithm>
#include <cmath>

namespace seatplan::gis::detail {

namespace {

    int dimensionOf(OGRwkbGeometryType flat)
    {
        switch (flat) {
        case wkbPoint:
        case wkbMultiPoint:
            return 0;
        case wkbLineString:
        case wkbMultiLineString:
        case wkbCircularString:
        case wkbCompoundCurve:
        case wkbMultiCurve:
            return 1;
        case wkbPolygon:
        case wkbMultiPolygon:
        case wkbCurvePolygon:
        case wkbMultiSurface:
        case wkbPolyhedralSurface:
        case wkbTIN:
        case wkbTriangle:
            return 2;
        default:
            return -1;
        }
    }

    // Highest dimension of the non-empty simple parts under `g`.
    int maxDimension(OGRGeometryH g)
    {
        const auto flat = wkbFlatten(OGR_G_GetGeometryType(g));
        if (flat == wkbGeometryCollection) {
            int best = -1;
            for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
                best = std::max(best, maxDimension(OGR_G_GetGeometryRef(g, i)));
            return best;
        }
        return OGR_G_IsEmpty(g) ? -1 : dimensionOf(flat);
    }

    std::vector<Coord> ringCoords(OGRGeometryH ring)
    {
        const int n = OGR_G_GetPointCount(ring);
        std::vector<Coord> out(static_cast<std::size_t>(std::max(n, 0)));
        if (n > 0) // one bulk copy into the x/y pairs (strided), not a call per vertex
            OGR_G_GetPoints(ring, &out[0].x, sizeof(Coord), &out[0].y, sizeof(Coord), nullptr, 0);
        return out;
    }

    void collect(OGRGeometryH g, int dimension, Geometry& out, int& dropped)
    {
        const auto flat = wkbFlatten(OGR_G_GetGeometryType(g));
        switch (flat) {
        case wkbPoint:
            if (dimension != 0) {
                ++dropped;
            } else if (!OGR_G_IsEmpty(g)) {
                out.addPoint(OGR_G_GetX(g, 0), OGR_G_GetY(g, 0));
            }
            return;
        case wkbLineString:
            if (dimension != 1)
                ++dropped;
            else if (OGR_G_GetPointCount(g) > 0)
                out.addLine(ringCoords(g));
            return;
        case wkbPolygon: {
            if (dimension != 2) {
                ++dropped;
                return;
            }
            std::vector<std::vector<Coord>> rings;
            for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) {
                auto ring = ringCoords(OGR_G_GetGeometryRef(g, i));
                if (!ring.empty())
                    rings.push_back(std::move(ring));
            }
            if (!rings.empty())
                out.addPolygon(rings);
            return;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
                collect(OGR_G_GetGeometryRef(g, i), dimension, out, dropped);
            return;
        default: {
            // Curves, surfaces, TINs: linearise into simple types and try again.
            OgrGeometryPtr linear(OGR_G_GetLinearGeometry(g, 0, nullptr));
            if (linear && wkbFlatten(OGR_G_GetGeometryType(linear.get())) != flat) {
                OgrGeometryPtr simple(OGR_G_ForceTo(linear.release(),
                    dimension == 2       ? wkbMultiPolygon
                        : dimension == 1 ? wkbMultiLineString
                                         : wkbMultiPoint,
                    nullptr));
                if (simple
                    && dimensionOf(wkbFlatten(OGR_G_GetGeometryType(simple.get()))) == dimension) {
                    collect(simple.get(), dimension, out, dropped);
                    return;
                }
            }
            ++dropped;
            return;
        }
        }
    }

    OGRGeometryH makeLine(const Geometry& g, std::size_t ring, bool closed)
    {
        OGRGeometryH line = OGR_G_CreateGeometry(closed ? wkbLinearRing : wkbLineString);
        const std::uint32_t begin = g.rings[ring];
        const std::uint32_t end = g.rings[ring + 1];
        if (end > begin)
            OGR_G_SetPoints(line, static_cast<int>(end - begin), &g.coords[begin].x, sizeof(Coord),
                &g.coords[begin].y, sizeof(Coord), nullptr, 0);
        return line;
    }

} // namespace

Geometry fromOgr(OGRGeometryH geometry, int* droppedParts)
{
    Geometry out;
    int dropped = 0;
    if (geometry) {
        const int dimension = maxDimension(geometry);
        if (dimension >= 0)
            collect(geometry, dimension, out, dropped);
    }
    if (droppedParts)
        *droppedParts = dropped;
    return out;
}

OGRwkbGeometryType ogrType(GeometryKind kind, bool multi)
{
    switch (kind) {
    case GeometryKind::Point:
        return multi ? wkbMultiPoint : wkbPoint;
    case GeometryKind::Line:
        return multi ? wkbMultiLineString : wkbLineString;
    case GeometryKind::Polygon:
        return multi ? wkbMultiPolygon : wkbPolygon;
    case GeometryKind::None:
        break;
    }
    return wkbNone;
}

GeometryKind kindOf(OGRwkbGeometryType type)
{
    switch (dimensionOf(wkbFlatten(type))) {
    case 0:
        return GeometryKind::Point;
    case 1:
        return GeometryKind::Line;
    case 2:
        return GeometryKind::Polygon;
    default:
        return GeometryKind::None;
    }
}

OgrGeometryPtr toOgr(const Geometry& g, bool multi)
{
    if (g.kind == GeometryKind::None || g.isEmpty())
        return nullptr;
    const std::size_t parts = g.partCount();
    const bool asMulti = multi || parts > 1;
    OgrGeometryPtr result(OGR_G_CreateGeometry(ogrType(g.kind, asMulti)));
    for (std::size_t p = 0; p < parts; ++p) {
        OGRGeometryH part = nullptr;
        const std::uint32_t firstRing = g.parts[p];
        const std::uint32_t endRing = g.parts[p + 1];
        switch (g.kind) {
        case GeometryKind::Point:
            part = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(
                part, 0, g.coords[g.rings[firstRing]].x, g.coords[g.rings[firstRing]].y);
            break;
        case GeometryKind::Line:
            part = makeLine(g, firstRing, false);
            break;
        case GeometryKind::Polygon:
            part = OGR_G_CreateGeometry(wkbPolygon);
            for (std::uint32_t r = firstRing; r < endRing; ++r)
                OGR_G_AddGeometryDirectly(part, makeLine(g, r, true));
            break;
        case GeometryKind::None:
            break;
        }
        if (!asMulti)
            return OgrGeometryPtr(part);
        OGR_G_AddGeometryDirectly(result.get(), part);
    }
    return result;
}

FieldType fieldTypeOf(OGRFieldType type)
{
    switch (type) {
    case OFTInteger:
    case OFTInteger64:
        return FieldType::Integer;
    case OFTReal:
        return FieldType::Real;
    default:
        return FieldType::Text;
    }
}

OGRFieldType ogrFieldType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return OFTInteger64;
    case FieldType::Real:
        return OFTReal;
    case FieldType::Text:
        break;
    }
    return OFTString;
}

FieldValue readField(OGRFeatureH feature, int index, FieldType type)
{
    if (!OGR_F_IsFieldSetAndNotNull(feature, index))
        return {};
    switch (type) {
    case FieldType::Integer:
        return static_cast<std::int64_t>(OGR_F_GetFieldAsInteger64(feature, index));
    case FieldType::Real:
        return OGR_F_GetFieldAsDouble(feature, index);
    case FieldType::Text:
        break;
    }
    return std::string(OGR_F_GetFieldAsString(feature, index));
}

void writeField(OGRFeatureH feature, int index, const FieldValue& value)
{
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        OGR_F_SetFieldInteger64(feature, index, *i);
    } else if (const auto* d = std::get_if<double>(&value)) {
        if (std::isfinite(*d))
            OGR_F_SetFieldDouble(feature, index, *d);
        else
            OGR_F_SetFieldNull(feature, index);
    } else if (const auto* s = std::get_if<std::string>(&value)) {
        OGR_F_SetFieldString(feature, index, s->c_str());
    } else {
        OGR_F_SetFieldNull(feature, index);
    }
}

std::string crsName(OGRSpatialReferenceH srs)
{
    if (!srs)
        return {};
    const char* authority = OSRGetAuthorityName(srs, nullptr);
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    if (authority && code)
        return std::string(authority) + ":" + code;
    char* wkt = nullptr;
    const char* options[] = { "FORMAT=WKT2_2019", nullptr };
    OSRExportToWktEx(srs, &wkt, options);
    CplStringPtr holder(wkt);
    return wkt ? std::string(wkt) : std::string();
}

OgrSrsPtr makeSrs(const std::string& definition, const std::string& what)
{
    OgrSrsPtr srs(OSRNewSpatialReference(nullptr));
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    if (OSRSetFromUserInput(srs.get(), definition.c_str()) != OGRERR_NONE)
        throw GisError(
            { what, {}, std::nullopt, {}, "not a CRS PROJ knows: '" + definition + "'" });
    return srs;
}

} // namespace seatplan::gis::detail
