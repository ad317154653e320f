#include "seatplan/render/color_ramp.h"

#include <algorithm>
#include <cmath>

namespace seatplan::render {

ColorRamp::ColorRamp(std::vector<QColor> stops)
    : m_stops(std::move(stops))
{
    if (m_stops.empty())
        m_stops.emplace_back(Qt::gray);
}

QColor ColorRamp::color(double t) const
{
    if (m_stops.size() == 1 || !std::isfinite(t))
        return m_stops.front();
    const double x = std::clamp(t, 0.0, 1.0) * static_cast<double>(m_stops.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(x), m_stops.size() - 2);
    const double f = x - static_cast<double>(i);
    const QColor& a = m_stops[i];
    const QColor& b = m_stops[i + 1];
    auto mix = [f](int u, int v) { return static_cast<int>(std::lround(u + (v - u) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()),
        mix(a.alpha(), b.alpha()));
}

const ColorRamp& ColorRamp::shortfallSurplus()
{
    static const ColorRamp ramp({ QColor(0xd7, 0x30, 0x27), QColor(0xfc, 0x8d, 0x59),
        QColor(0xfe, 0xe0, 0x8b), QColor(0xff, 0xff, 0xbf), QColor(0xd9, 0xef, 0x8b),
        QColor(0x91, 0xcf, 0x60), QColor(0x1a, 0x98, 0x50) });
    return ramp;
}

const ColorRamp& ColorRamp::utilisation()
{
    static const ColorRamp ramp({ QColor(0x1a, 0x98, 0x50), QColor(0x91, 0xcf, 0x60),
        QColor(0xfe, 0xe0, 0x8b), QColor(0xfc, 0x8d, 0x59), QColor(0xd7, 0x30, 0x27) });
    return ramp;
}

const ColorRamp& ColorRamp::population()
{
    static const ColorRamp ramp({ QColor(0xff, 0xff, 0xcc, 90), QColor(0xfd, 0x8d, 0x3c, 150),
        QColor(0xbd, 0x00, 0x26, 190), QColor(0x54, 0x00, 0x6b, 220) });
    return ramp;
}

} // namespace seatplan::render
