#pragma once

#include "seatplan/gis/vector_layer.h"
#include "seatplan/render/map_transform.h"

#include <QPainterPath>

namespace seatplan::render {

/// Returns the rings of `geometry` in screen pixels of `view` as one path with the odd-even
/// fill rule (holes stay open). Any thread.
QPainterPath screenPath(const gis::Geometry& geometry, const MapTransform& view);

} // namespace seatplan::render
