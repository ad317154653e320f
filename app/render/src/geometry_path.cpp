#include "seatplan/render/geometry_path.h"

#include <QPolygonF>

namespace seatplan::render {

QPainterPath screenPath(const gis::Geometry& geometry, const MapTransform& view)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (std::size_t r = 0; r < geometry.ringCount(); ++r) {
        QPolygonF ring;
        for (std::uint32_t k = geometry.rings[r]; k < geometry.rings[r + 1]; ++k)
            ring << view.toScreen(geometry.coords[k].x, geometry.coords[k].y);
        path.addPolygon(ring);
    }
    return path;
}

} // namespace seatplan::render
