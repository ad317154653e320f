#pragma once

#include <QPointF>
#include <QString>

#include <optional>

namespace seatplan::render {

/**
 * Returns the longitude/latitude (degrees, CGCS2000, x = longitude) of the map point `xy` in
 * `crs` (anything PROJ accepts, e.g. SeatPlan's default EPSG:4548), through PROJ; nothing when
 * PROJ does not know the CRS or the point cannot be transformed. For the status bar: the
 * transformation is cached per thread for the last CRS asked for. Any thread.
 */
std::optional<QPointF> toLonLat(const QString& crs, QPointF xy);

} // namespace seatplan::render
