#include "seatplan/ui/compare_map_view.h"

#include "seatplan/render/color_ramp.h"
#include "seatplan/render/geometry_path.h"
#include "seatplan/render/map_transform.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace seatplan::ui {

namespace {
    // ColorBrewer RdBu (5 classes), reversed: blue = fewer students short, red = more.
    const render::ColorRamp& divergingRamp()
    {
        static const render::ColorRamp ramp({ QColor(0x05, 0x71, 0xb0), QColor(0x92, 0xc5, 0xde),
            QColor(0xf7, 0xf7, 0xf7), QColor(0xf4, 0xa5, 0x82), QColor(0xca, 0x00, 0x20) });
        return ramp;
    }
    const QColor kNoData(0xdd, 0xdd, 0xdd);
    // Changes of less than half a student are rounding, not a change worth showing.
    constexpr double kVisibleChange = 0.5;
    // Around the changed zones, this many times their extent of context is shown.
    constexpr double kFocusMargin = 1.0;
    constexpr double kWheelZoom = 1.25;
    const QColor kChangedOutline(0x6a, 0x3d, 0x9a);
} // namespace

CompareMapView::CompareMapView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("compareMap"));
    setMinimumSize(320, 240);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void CompareMapView::setData(std::shared_ptr<const render::LayerData> zones,
    QHash<QString, double> shortfallChange, QSet<QString> changedZones)
{
    m_zones = std::move(zones);
    m_change = std::move(shortfallChange);
    m_changed = std::move(changedZones);
    m_limit = 1.0;
    for (const double v : std::as_const(m_change))
        m_limit = std::max(m_limit, std::abs(v));
    m_focus = QRectF();
    if (m_zones) {
        const gis::VectorLayer& layer = m_zones->layer();
        const int idField = layer.fieldIndex("id");
        for (std::size_t i = 0; idField >= 0 && i < layer.features.size(); ++i) {
            const QString id = QString::fromStdString(
                gis::toText(layer.features[i].values[static_cast<std::size_t>(idField)]));
            if (!m_changed.contains(id) && std::abs(m_change.value(id)) < kVisibleChange)
                continue;
            const render::FeatureBox& b = m_zones->boxes()[i];
            const QRectF r(QPointF(b.minX, b.minY), QPointF(b.maxX, b.maxY));
            m_focus = m_focus.isNull() ? r : m_focus.united(r);
        }
        m_focus = m_focus.isNull()
            ? m_zones->extent()
            : m_focus.adjusted(-m_focus.width() * kFocusMargin, -m_focus.height() * kFocusMargin,
                m_focus.width() * kFocusMargin, m_focus.height() * kFocusMargin);
    }
    m_view = render::MapTransform::fitting(m_focus, size());
    update();
}

QColor CompareMapView::colorOf(double change) const
{
    return divergingRamp().color(0.5 + 0.5 * std::clamp(change / m_limit, -1.0, 1.0));
}

void CompareMapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_zones || m_zones->layer().features.empty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No comparison to show."));
        return;
    }
    const gis::VectorLayer& zones = m_zones->layer();
    const render::MapTransform& t = m_view;
    const QRectF visible = t.visibleExtent();
    const int idField = zones.fieldIndex("id");
    std::vector<QPainterPath> changed;
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
    for (std::size_t i = 0; i < zones.features.size(); ++i) {
        const render::FeatureBox& b = m_zones->boxes()[i];
        if (b.maxX < visible.left() || b.minX > visible.right() || b.maxY < visible.top()
            || b.minY > visible.bottom())
            continue;
        const QString id = idField < 0
            ? QString()
            : QString::fromStdString(
                gis::toText(zones.features[i].values[static_cast<std::size_t>(idField)]));
        const QPainterPath path = render::screenPath(zones.features[i].geometry, t);
        const auto found = m_change.constFind(id);
        painter.setBrush(found == m_change.constEnd() ? kNoData : colorOf(*found));
        painter.drawPath(path);
        if (m_changed.contains(id))
            changed.push_back(path);
    }
    // Changed zones on top, so their outline is never hidden by a neighbour's fill.
    painter.setPen(QPen(kChangedOutline, 2.0));
    painter.setBrush(QBrush(kChangedOutline, Qt::BDiagPattern));
    for (const QPainterPath& path : changed)
        painter.drawPath(path);
    paintLegend(painter);
}

void CompareMapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_view = m_view.isValid() ? m_view.resized(size())
                              : render::MapTransform::fitting(m_focus, size());
}

void CompareMapView::wheelEvent(QWheelEvent* event)
{
    const double factor = event->angleDelta().y() > 0 ? kWheelZoom : 1.0 / kWheelZoom;
    m_view = m_view.zoomed(factor, event->position());
    update();
}

void CompareMapView::mousePressEvent(QMouseEvent* event)
{
    m_dragFrom = event->position();
}

void CompareMapView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    m_view = m_view.panned(event->position() - m_dragFrom);
    m_dragFrom = event->position();
    update();
}

void CompareMapView::mouseDoubleClickEvent(QMouseEvent*)
{
    if (m_zones)
        m_view = render::MapTransform::fitting(m_zones->extent(), size());
    update();
}

void CompareMapView::paintLegend(QPainter& painter) const
{
    const QFontMetrics fm = painter.fontMetrics();
    const int line = fm.height();
    const int rampWidth = 160;
    const QString title = tr("Change in shortfall (students)");
    const QString changedText = tr("Zone changed school");
    const int width = std::max({ rampWidth, fm.horizontalAdvance(title),
                          fm.horizontalAdvance(changedText) + line + 6 })
        + 16;
    const int height = line * 5 + 20;
    const QRect box(8, this->height() - height - 8, width, height);
    painter.setPen(QColor(0x88, 0x88, 0x88));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRect(box);

    int y = box.top() + 6;
    const int x = box.left() + 8;
    painter.setPen(Qt::black);
    painter.drawText(QRect(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += line + 2;
    QLinearGradient gradient(x, 0, x + rampWidth, 0);
    for (int k = 0; k <= 4; ++k)
        gradient.setColorAt(k / 4.0, colorOf(m_limit * (k / 2.0 - 1.0)));
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRect(x, y, rampWidth, line);
    y += line + 2;
    painter.setPen(Qt::black);
    const QRect labels(x, y, rampWidth, line);
    painter.drawText(labels, Qt::AlignLeft, QStringLiteral("-%1").arg(m_limit, 0, 'f', 0));
    painter.drawText(labels, Qt::AlignHCenter, QStringLiteral("0"));
    painter.drawText(labels, Qt::AlignRight, QStringLiteral("+%1").arg(m_limit, 0, 'f', 0));
    y += line + 4;
    painter.setPen(QPen(kChangedOutline, 2.0));
    painter.setBrush(QBrush(kChangedOutline, Qt::BDiagPattern));
    painter.drawRect(x, y, line, line);
    painter.setPen(Qt::black);
    painter.drawText(
        QRect(x + line + 6, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, changedText);
}

} // namespace seatplan::ui
