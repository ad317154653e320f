#include "seatplan/render/layer_data.h"

#include "seatplan/render/color_ramp.h"

#include <algorithm>
#include <cmath>

namespace seatplan::render {

LayerData::LayerData(std::shared_ptr<const gis::VectorLayer> layer)
    : m_layer(std::move(layer))
{
    m_boxes.reserve(m_layer->features.size());
    gis::Extent all;
    for (const gis::Feature& feature : m_layer->features) {
        const gis::Extent e = feature.geometry.extent();
        if (e.isEmpty()) {
            // An empty geometry gets an inverted box that never intersects the view.
            m_boxes.push_back({ 1.0, 1.0, -1.0, -1.0 });
            continue;
        }
        m_boxes.push_back({ e.minX, e.minY, e.maxX, e.maxY });
        all.include(e);
    }
    if (!all.isEmpty())
        m_extent = QRectF(all.minX, all.minY, all.width(), all.height());
}

RasterData::RasterData(const gis::Raster& raster)
{
    const gis::Extent e = raster.extent();
    m_extent = QRectF(e.minX, e.minY, e.width(), e.height());
    m_image = QImage(raster.width, raster.height, QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    for (float v : raster.values)
        if (std::isfinite(v) && v != raster.noData)
            m_maximum = std::max(m_maximum, static_cast<double>(v));
    if (m_maximum <= 0.0)
        return;
    // A square-root stretch: population is skewed, towns would otherwise drown the villages.
    const double root = std::sqrt(m_maximum);
    for (int row = 0; row < raster.height; ++row) {
        auto* line = reinterpret_cast<QRgb*>(m_image.scanLine(row));
        for (int col = 0; col < raster.width; ++col) {
            const float v = raster.at(row, col);
            if (!std::isfinite(v) || v == raster.noData || v <= 0.0F)
                continue;
            line[col] = qPremultiply(
                ColorRamp::population().color(std::sqrt(static_cast<double>(v)) / root).rgba());
        }
    }
}

} // namespace seatplan::render
