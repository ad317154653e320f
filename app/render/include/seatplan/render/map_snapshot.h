#pragma once

#include "seatplan/render/layer_data.h"
#include "seatplan/render/layer_style.h"
#include "seatplan/render/map_transform.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace seatplan::render {

/// One visible layer of a snapshot: shared immutable data and style, and its revision.
struct SnapshotLayer {
    QString id; ///< stable layer id (the project layer name)
    /// Changes whenever the layer's data or style changes; the render cache key.
    std::uint64_t revision = 0;
    std::shared_ptr<const LayerData> vector; ///< the vector data, or null for a raster
    std::shared_ptr<const RasterData> raster; ///< the raster, or null for a vector layer
    std::shared_ptr<const LayerStyle> style; ///< never null for a vector layer
    double opacity = 1.0; ///< 0-1
};

/**
 * Everything a render needs, captured on the GUI thread: the view and the visible layers,
 * bottom first. Holds shared pointers to immutable data only, so a worker can render it
 * while the GUI goes on editing. A value type.
 */
struct MapSnapshot {
    MapTransform transform;
    QColor background = QColor(0xf4, 0xf3, 0xef);
    std::vector<SnapshotLayer> layers;
    bool labels = true; ///< paint labels of layers whose style names a label field
    double pixelRatio = 1.0; ///< symbol and font scale (see MapPainter)
};

} // namespace seatplan::render
