#pragma once

#include "seatplan/gis/vector_layer.h"
#include "seatplan/render/layer_style.h"

#include <QColor>
#include <QString>

namespace seatplan::render {

/**
 * Returns the default symbology of a project layer, chosen by its contract name (counties,
 * towns, zones, schools, catchments, plots, developments, landuse, roads) and falling back on
 * its geometry kind: muted land use by class, outlined administrative units, roads by kind,
 * plots hatched by status, schools as labelled circles. Thematic styles start from these.
 */
LayerStyle defaultStyle(const gis::VectorLayer& layer);

/// Returns the colour of a land-use class as planners draw it (国土空间规划用地用海分类 hues):
/// named classes ("耕地", "永久基本农田", "居住用地", ...) and codes; others get a stable
/// qualitative colour derived from the text.
QColor landuseColor(const QString& landClass);

/// Fills `style.featureFill` with landuseColor() of field `field` of each feature.
void categoriseByLanduse(
    const gis::VectorLayer& layer, const std::string& field, LayerStyle& style);

/// Returns the brush of a plot status: planned = diagonal hatch, acquired = cross hatch,
/// built = solid.
Qt::BrushStyle plotStatusBrush(const QString& status);

} // namespace seatplan::render
