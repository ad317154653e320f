#include "seatplan/render/feature_picker.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace seatplan::render::picker {

namespace {

    double segmentDistance(QPointF p, const gis::Coord& a, const gis::Coord& b)
    {
        const double dx = b.x - a.x;
        const double dy = b.y - a.y;
        const double len2 = dx * dx + dy * dy;
        double t = len2 > 0 ? ((p.x() - a.x) * dx + (p.y() - a.y) * dy) / len2 : 0.0;
        t = std::clamp(t, 0.0, 1.0);
        return std::hypot(p.x() - (a.x + t * dx), p.y() - (a.y + t * dy));
    }

    bool boxNear(const FeatureBox& b, QPointF p, double tolerance)
    {
        return p.x() >= b.minX - tolerance && p.x() <= b.maxX + tolerance
            && p.y() >= b.minY - tolerance && p.y() <= b.maxY + tolerance;
    }

} // namespace

bool contains(const LayerData& data, long index, QPointF p)
{
    const gis::Geometry& g = data.layer().features[static_cast<std::size_t>(index)].geometry;
    bool inside = false;
    for (std::size_t r = 0; r + 1 < g.rings.size(); ++r) {
        for (std::uint32_t i = g.rings[r], j = g.rings[r + 1] - 1; i < g.rings[r + 1]; j = i++) {
            const gis::Coord& a = g.coords[i];
            const gis::Coord& b = g.coords[j];
            if ((a.y > p.y()) != (b.y > p.y())
                && p.x() < (b.x - a.x) * (p.y() - a.y) / (b.y - a.y) + a.x)
                inside = !inside;
        }
    }
    return inside;
}

long pick(const LayerData& data, QPointF p, double tolerance)
{
    const gis::VectorLayer& layer = data.layer();
    long best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (std::size_t i = layer.features.size(); i-- > 0;) {
        if (!boxNear(data.boxes()[i], p, tolerance))
            continue;
        const gis::Geometry& g = layer.features[i].geometry;
        const long index = static_cast<long>(i);
        switch (layer.kind) {
        case gis::GeometryKind::Point:
            for (const gis::Coord& c : g.coords) {
                const double d = std::hypot(c.x - p.x(), c.y - p.y());
                if (d <= tolerance && d < bestDistance) {
                    best = index;
                    bestDistance = d;
                }
            }
            break;
        case gis::GeometryKind::Line:
            for (std::size_t r = 0; r + 1 < g.rings.size(); ++r)
                for (std::uint32_t k = g.rings[r]; k + 1 < g.rings[r + 1]; ++k)
                    if (segmentDistance(p, g.coords[k], g.coords[k + 1]) <= tolerance)
                        return index;
            break;
        case gis::GeometryKind::Polygon:
            if (contains(data, index, p))
                return index; // the last drawn (topmost) first
            break;
        case gis::GeometryKind::None:
            break;
        }
    }
    return best;
}

std::vector<long> inRectangle(const LayerData& data, const QRectF& rect)
{
    std::vector<long> out;
    const gis::VectorLayer& layer = data.layer();
    const QRectF r = rect.normalized();
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const FeatureBox& b = data.boxes()[i];
        if (b.maxX < r.left() || b.minX > r.right() || b.maxY < r.top() || b.minY > r.bottom())
            continue;
        bool hit = false;
        for (const gis::Coord& c : layer.features[i].geometry.coords)
            if (r.contains(c.x, c.y)) {
                hit = true;
                break;
            }
        if (!hit && layer.kind == gis::GeometryKind::Polygon)
            hit = contains(data, static_cast<long>(i), r.center());
        if (hit)
            out.push_back(static_cast<long>(i));
    }
    return out;
}

std::vector<long> inPolygon(const LayerData& data, const QPolygonF& polygon)
{
    std::vector<long> out;
    const QRectF bounds = polygon.boundingRect();
    const gis::VectorLayer& layer = data.layer();
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const FeatureBox& b = data.boxes()[i];
        if (b.maxX < bounds.left() || b.minX > bounds.right() || b.maxY < bounds.top()
            || b.minY > bounds.bottom())
            continue;
        for (const gis::Coord& c : layer.features[i].geometry.coords)
            if (polygon.containsPoint(QPointF(c.x, c.y), Qt::OddEvenFill)) {
                out.push_back(static_cast<long>(i));
                break;
            }
    }
    return out;
}

} // namespace seatplan::render::picker
