#pragma once

#include <QPointF>
#include <QString>

#include <optional>

namespace seatplan::render {

/**
 * Returns the longitude/latitude (degrees, CGCS2000) of the map point `xy` when `crs` is one
 * of the CGCS2000 3-degree Gauss-Kruger CRSs without zone prefix (EPSG:4534 .. EPSG:4554,
 * central meridians 75E .. 135E; SeatPlan's default EPSG:4548 is 117E); nothing otherwise.
 * For the status bar only: an inverse transverse Mercator series (Snyder 1987, eq. 8-18..8-25),
 * accurate to well under a metre inside the zone. Any thread.
 */
std::optional<QPointF> toLonLat(const QString& crs, QPointF xy);

} // namespace seatplan::render
