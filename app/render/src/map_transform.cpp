#include "seatplan/render/map_transform.h"

#include <algorithm>
#include <cmath>

namespace seatplan::render {

namespace {
    constexpr double kMetresPerInch = 0.0254;
}

MapTransform::MapTransform(QPointF center, double mapUnitsPerPixel, QSize size)
    : m_center(center)
    , m_upp(mapUnitsPerPixel)
    , m_size(size)
{
    update();
}

MapTransform MapTransform::fitting(const QRectF& extent, QSize size, double marginFraction)
{
    const QSize out = size.isEmpty() ? QSize(1, 1) : size;
    const double w = std::max(extent.width(), 1.0) * (1.0 + 2.0 * marginFraction);
    const double h = std::max(extent.height(), 1.0) * (1.0 + 2.0 * marginFraction);
    const double upp = std::max(w / out.width(), h / out.height());
    return MapTransform(extent.center(), upp, out);
}

void MapTransform::update()
{
    m_left = m_center.x() - m_size.width() * m_upp / 2.0;
    m_top = m_center.y() + m_size.height() * m_upp / 2.0;
}

QRectF MapTransform::visibleExtent() const
{
    const double w = m_size.width() * m_upp;
    const double h = m_size.height() * m_upp;
    return { m_left, m_top - h, w, h };
}

QRectF MapTransform::toScreen(const QRectF& extent) const
{
    const QPointF a = toScreen(extent.left(), extent.bottom());
    const QPointF b = toScreen(extent.right(), extent.top());
    return QRectF(a, b).normalized();
}

QTransform MapTransform::toScreenTransform() const
{
    return QTransform(1.0 / m_upp, 0, 0, -1.0 / m_upp, -m_left / m_upp, m_top / m_upp);
}

double MapTransform::scaleDenominator(double dpi) const
{
    return m_upp / (kMetresPerInch / dpi);
}

MapTransform MapTransform::zoomed(double factor, QPointF anchor) const
{
    const QPointF fixed = toMap(anchor);
    const double upp = m_upp / factor;
    // Keep `fixed` under `anchor`: centre = fixed + (centreScreen - anchor) * upp (y flipped).
    const QPointF mid(m_size.width() / 2.0, m_size.height() / 2.0);
    const QPointF centre(
        fixed.x() + (mid.x() - anchor.x()) * upp, fixed.y() - (mid.y() - anchor.y()) * upp);
    return MapTransform(centre, upp, m_size);
}

MapTransform MapTransform::panned(QPointF screenDelta) const
{
    return MapTransform(
        QPointF(m_center.x() - screenDelta.x() * m_upp, m_center.y() + screenDelta.y() * m_upp),
        m_upp, m_size);
}

MapTransform MapTransform::resized(QSize size) const
{
    return MapTransform(m_center, m_upp, size);
}

} // namespace seatplan::render
