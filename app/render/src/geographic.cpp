#include "seatplan/render/geographic.h"

#include "seatplan/gis/crs.h"

#include <cmath>
#include <memory>
#include <string>

namespace seatplan::render {

std::optional<QPointF> toLonLat(const QString& crs, QPointF xy)
{
    // The status bar asks on every mouse move: keep one PROJ transformation per thread
    // (PROJ objects belong to the thread that made them) for the last CRS asked for.
    thread_local std::string s_crs;
    thread_local std::unique_ptr<gis::CoordinateTransform> s_transform;
    try {
        const std::string wanted = crs.toStdString();
        if (!s_transform || s_crs != wanted) {
            s_transform.reset();
            s_crs = wanted;
            s_transform = std::make_unique<gis::CoordinateTransform>(wanted, "EPSG:4490");
        }
        const gis::Coord lonLat = s_transform->transform(gis::Coord { xy.x(), xy.y() });
        if (!std::isfinite(lonLat.x) || !std::isfinite(lonLat.y))
            return std::nullopt;
        return QPointF(lonLat.x, lonLat.y);
    } catch (const std::exception&) {
        s_crs.clear(); // an unknown CRS: try again when asked for another one
        return std::nullopt;
    }
}

} // namespace seatplan::render
