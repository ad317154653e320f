#pragma once

#include "seatplan/gis/raster.h"
#include "seatplan/gis/vector_layer.h"

#include <QImage>
#include <QRectF>

#include <memory>
#include <vector>

namespace seatplan::render {

/// A feature's bounding box in map coordinates (project CRS metres).
struct FeatureBox {
    double minX = 0.0;
    double minY = 0.0;
    double maxX = 0.0;
    double maxY = 0.0;
};

/**
 * A vector layer prepared for drawing: the decoded gis layer plus one bounding box per feature,
 * so that a renderer culls 300,000 features with a linear scan of compact boxes instead of
 * walking their vertices.
 *
 * Immutable once built: share it between the GUI and render threads as
 * std::shared_ptr<const LayerData>.
 */
class LayerData {
public:
    /// Prepares `layer` (not null). Cost: one pass over the vertices.
    explicit LayerData(std::shared_ptr<const gis::VectorLayer> layer);

    const gis::VectorLayer& layer() const { return *m_layer; }
    const std::shared_ptr<const gis::VectorLayer>& layerPtr() const { return m_layer; }
    const std::vector<FeatureBox>& boxes() const { return m_boxes; }
    /// Returns the extent of all features (map coords, QRectF(minX, minY, w, h)); null if empty.
    QRectF extent() const { return m_extent; }

private:
    std::shared_ptr<const gis::VectorLayer> m_layer;
    std::vector<FeatureBox> m_boxes;
    QRectF m_extent;
};

/**
 * The population raster prepared for drawing: one ARGB pixel per cell, coloured by persons per
 * cell on a sequential ramp (empty cells transparent), plus its map extent.
 * Immutable once built; share as std::shared_ptr<const RasterData>.
 */
class RasterData {
public:
    explicit RasterData(const gis::Raster& raster);

    const QImage& image() const { return m_image; }
    /// Returns the map extent (QRectF(minX, minY, w, h)).
    QRectF extent() const { return m_extent; }
    /// Returns the largest cell value (persons per cell), for the legend.
    double maximum() const { return m_maximum; }

private:
    QImage m_image;
    QRectF m_extent;
    double m_maximum = 0.0;
};

} // namespace seatplan::render
