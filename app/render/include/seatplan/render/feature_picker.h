#pragma once

#include "seatplan/render/layer_data.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace seatplan::render {

/**
 * Hit tests on prepared layers, in map coordinates (project CRS metres): the feature under the
 * cursor (points within a tolerance, lines near, polygons containing), and features in a
 * rectangle or polygon. Pure functions; any thread.
 */
namespace picker {

    /// Returns the index of the topmost feature of `data` at `p` (`tolerance` in map units for
    /// points and lines), or -1. Among points, the nearest wins.
    long pick(const LayerData& data, QPointF p, double tolerance);

    /// Returns the indices of features whose geometry lies within or crosses `rect` (points
    /// inside; lines and polygons by any vertex inside or by containing the rectangle's centre).
    std::vector<long> inRectangle(const LayerData& data, const QRectF& rect);

    /// Returns the indices of features with a vertex inside `polygon` (map coordinates).
    std::vector<long> inPolygon(const LayerData& data, const QPolygonF& polygon);

    /// Returns true when `p` lies inside the polygon feature `index` (even-odd over its rings).
    bool contains(const LayerData& data, long index, QPointF p);

} // namespace picker

} // namespace seatplan::render
