#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace seatplan::render {

/**
 * The view of a map: which map point sits at the centre of an output of `size` pixels and how
 * many map units (project CRS metres) one pixel spans. North is up; screen y grows downwards.
 *
 * Map rectangles (QRectF) are in map coordinates with x = easting, y = northing and
 * top() = the SOUTHERN edge (minY), i.e. QRectF(minX, minY, width, height).
 *
 * A value type: cheap to copy, immutable use is thread-safe.
 */
class MapTransform {
public:
    MapTransform() = default;
    /// `mapUnitsPerPixel` must be > 0; `size` in device pixels.
    MapTransform(QPointF center, double mapUnitsPerPixel, QSize size);

    /// Returns the transform that shows `extent` (map coords) whole in `size`, centred, with
    /// `marginFraction` of free space around it. An empty extent gives a 1 m/px view of it.
    static MapTransform fitting(const QRectF& extent, QSize size, double marginFraction = 0.05);

    QPointF center() const { return m_center; }
    double mapUnitsPerPixel() const { return m_upp; }
    QSize size() const { return m_size; }
    bool isValid() const { return m_upp > 0 && !m_size.isEmpty(); }

    /// Returns the screen position (pixels from the top left) of map point (x, y).
    QPointF toScreen(double x, double y) const
    {
        return { (x - m_left) / m_upp, (m_top - y) / m_upp };
    }
    /// Returns the map point under the screen position `p`.
    QPointF toMap(QPointF p) const { return { m_left + p.x() * m_upp, m_top - p.y() * m_upp }; }
    /// Returns the map rectangle covered by the output (see the class comment for orientation).
    QRectF visibleExtent() const;
    /// Returns the screen rectangle covered by the map rectangle `extent`.
    QRectF toScreen(const QRectF& extent) const;
    /// Returns a QTransform taking map coordinates to screen pixels.
    QTransform toScreenTransform() const;

    /// Returns the scale denominator (1 : N) on a device of `dpi` dots per inch.
    double scaleDenominator(double dpi) const;

    /// Returns the view zoomed by `factor` (> 1 zooms in) keeping the map point under
    /// `anchor` (screen pixels) in place.
    MapTransform zoomed(double factor, QPointF anchor) const;
    /// Returns the view moved so that content shifts by `screenDelta` pixels.
    MapTransform panned(QPointF screenDelta) const;
    /// Returns the same centre and scale on an output of `size`.
    MapTransform resized(QSize size) const;

    friend bool operator==(const MapTransform& a, const MapTransform& b)
    {
        return a.m_center == b.m_center && a.m_upp == b.m_upp && a.m_size == b.m_size;
    }
    friend bool operator!=(const MapTransform& a, const MapTransform& b) { return !(a == b); }

private:
    void update();

    QPointF m_center;
    double m_upp = 0.0;
    QSize m_size;
    double m_left = 0.0; ///< map x of the left edge
    double m_top = 0.0; ///< map y of the top (northern) edge
};

} // namespace seatplan::render
