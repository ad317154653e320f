#pragma once

#include <QColor>
#include <QRgb>
#include <QString>

#include <cstdint>
#include <vector>

namespace seatplan::render {

/// Flag markers drawn next to a point feature (bit set).
enum class MarkerFlag : std::uint8_t {
    None = 0,
    Oversized = 1, ///< school above its size cap (超大规模)
    LargeClasses = 2, ///< 大班额 / 超大班额
    Other = 4, ///< any other flag of the current year
    New = 8, ///< a school the active scenario adds (drawn as a ring around the symbol)
};

/// The colour of the MarkerFlag::New ring (map and legend).
inline QColor newSchoolRingColor()
{
    return QColor(0x1a, 0x1a, 0x6e);
}

/// The shape of point symbols.
enum class PointShape { Circle, Square, Triangle };

/**
 * The resolved symbology of one vector layer: defaults plus optional per-feature overrides,
 * indexed like the layer's features. Thematic styles (ThematicStyler) fill the overrides from
 * the analysis results; MapPainter only reads them.
 *
 * Sizes are in pixels of the output device at 96 dpi (MapPainter scales them by its
 * `pixelRatio`). A plain value; share as std::shared_ptr<const LayerStyle> once built.
 */
struct LayerStyle {
    QColor fill = QColor(0xcc, 0xcc, 0xcc);
    QColor stroke = QColor(0x55, 0x55, 0x55);
    double strokeWidth = 0.6; ///< pixels; 0 = no outline
    Qt::BrushStyle brush = Qt::SolidPattern;
    double pointSize = 7.0; ///< symbol diameter, pixels
    PointShape shape = PointShape::Circle;

    std::vector<QRgb> featureFill; ///< per feature (ARGB); empty = `fill`
    std::vector<float> featureSize; ///< per feature point diameter, pixels; empty = `pointSize`
    std::vector<std::uint8_t> featureBrush; ///< per feature Qt::BrushStyle; empty = `brush`
    std::vector<std::uint8_t> featureMarkers; ///< per feature MarkerFlag bits; empty = none

    /// Service-radius rings around every point, map units (metres); 0 = none.
    double ringRadius = 0.0;
    QColor ringColor = QColor(0x1f, 0x78, 0xb4, 160);

    /// Field whose text labels the features; empty = no labels.
    QString labelField;
    double labelPointSize = 9.0; ///< label font size, points
    int labelPriority = 0; ///< higher wins when labels collide
    /// Labels only when zoomed in to at most this many map units per pixel (0 = always).
    double labelMaxMapUnitsPerPixel = 0.0;

    /// Returns the fill of feature `i`.
    QRgb fillOf(std::size_t i) const
    {
        return i < featureFill.size() ? featureFill[i] : fill.rgba();
    }
    /// Returns the point diameter of feature `i`, pixels.
    double sizeOf(std::size_t i) const
    {
        return i < featureSize.size() ? static_cast<double>(featureSize[i]) : pointSize;
    }
    /// Returns the brush style of feature `i`.
    Qt::BrushStyle brushOf(std::size_t i) const
    {
        return i < featureBrush.size() ? static_cast<Qt::BrushStyle>(featureBrush[i]) : brush;
    }
    /// Returns the MarkerFlag bits of feature `i`.
    std::uint8_t markersOf(std::size_t i) const
    {
        return i < featureMarkers.size() ? featureMarkers[i] : 0;
    }
};

} // namespace seatplan::render
