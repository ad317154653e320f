#pragma once

#include "seatplan/render/layer_data.h"
#include "seatplan/render/layer_style.h"
#include "seatplan/render/map_transform.h"

#include <QPainter>

#include <atomic>
#include <vector>

namespace seatplan::render {

/// One layer to label: its data and style (the style's labelField names the text).
struct LabelSource {
    const LayerData* data = nullptr; ///< not owned; must outlive the paint call
    const LayerStyle* style = nullptr; ///< not owned
};

/**
 * Paints prepared layers with their resolved styles onto any QPainter (a QImage on a render
 * worker, a PDF page of the annex, a widget): the map painting of SeatPlan, free of widgets.
 *
 * Level of detail: features smaller than about a pixel are drawn as single dots, vertices closer
 * than half a pixel to the previous one are dropped, outlines appear only once a polygon spans
 * a few pixels, and antialiasing is off for layers of more than kAntialiasLimit features. This
 * keeps a 300,000-parcel land-use layer interactive at every scale.
 *
 * Holds only the transform and a pixel ratio: create one per paint (cheap); one instance per
 * thread.
 */
class MapPainter {
public:
    /// Layers with more features than this are drawn without antialiasing.
    static constexpr std::size_t kAntialiasLimit = 20000;

    /// `pixelRatio` scales symbol sizes, widths and fonts (1 on screen at 96 dpi; dpi / 96 on
    /// a printer).
    explicit MapPainter(const MapTransform& transform, double pixelRatio = 1.0);

    /**
     * Paints the features of `data` that intersect the view with `style`. Polls `cancel`
     * (may be null) every few thousand features; returns false when cancelled.
     */
    bool paintLayer(QPainter& painter, const LayerData& data, const LayerStyle& style,
        const std::atomic_bool* cancel = nullptr) const;

    /// Paints the raster stretched to its extent (nearest neighbour when zoomed in).
    void paintRaster(QPainter& painter, const RasterData& raster) const;

    /**
     * Paints labels of all `sources` without overlaps: higher labelPriority first, then larger
     * symbols first; a label that would overlap a placed one tries three other positions and
     * is dropped if all collide.
     */
    void paintLabels(QPainter& painter, const std::vector<LabelSource>& sources) const;

    /// Paints a scale bar with its distance (m or km) with its lower left corner at `origin`.
    void paintScaleBar(QPainter& painter, QPointF origin) const;

    const MapTransform& transform() const { return m_transform; }

private:
    bool paintPolygons(QPainter& painter, const LayerData& data, const LayerStyle& style,
        const std::atomic_bool* cancel) const;
    bool paintLines(QPainter& painter, const LayerData& data, const LayerStyle& style,
        const std::atomic_bool* cancel) const;
    bool paintPoints(QPainter& painter, const LayerData& data, const LayerStyle& style,
        const std::atomic_bool* cancel) const;

    MapTransform m_transform;
    double m_ratio = 1.0;
};

} // namespace seatplan::render
