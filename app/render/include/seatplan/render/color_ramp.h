#pragma once

#include <QColor>

#include <vector>

namespace seatplan::render {

/**
 * A piecewise-linear colour ramp over [0, 1] (ColorBrewer-style stops). Values outside are
 * clamped. A value type; the static ramps are immutable and thread-safe.
 */
class ColorRamp {
public:
    /// `stops` are spread evenly over [0, 1]; at least one.
    explicit ColorRamp(std::vector<QColor> stops);

    /// Returns the colour at `t` in [0, 1].
    QColor color(double t) const;

    /// Red (shortfall) - pale yellow (balance) - green (surplus): ColorBrewer RdYlGn, 7 classes.
    static const ColorRamp& shortfallSurplus();
    /// Green (under-used) - yellow - red (over capacity), for school utilisation.
    static const ColorRamp& utilisation();
    /// Transparent-ish yellow to dark purple, for persons per cell.
    static const ColorRamp& population();

private:
    std::vector<QColor> m_stops;
};

} // namespace seatplan::render
