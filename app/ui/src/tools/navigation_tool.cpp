#include "seatplan/ui/tools/navigation_tool.h"

#include "seatplan/ui/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace seatplan::ui {

namespace {
    /// Identify picks within this many pixels of the cursor.
    constexpr double kPickPixels = 6.0;
    /// Drags shorter than this (pixels) are clicks.
    constexpr int kClickPixels = 4;
    const QColor kRubberBand(0x1f, 0x78, 0xb4);
} // namespace

NavigationTool::NavigationTool(MapCanvas* canvas, QObject* parent)
    : MapTool(canvas, parent)
{
}

void NavigationTool::setMode(NavigationMode mode)
{
    m_mode = mode;
    m_lasso.clear();
    m_dragging = false;
    canvas()->setCursor(cursor());
    updateOverlay();
}

void NavigationTool::deactivate()
{
    m_lasso.clear();
    m_dragging = false;
}

QCursor NavigationTool::cursor() const
{
    if (m_mode != NavigationMode::Pan)
        return Qt::CrossCursor;
    return m_dragging ? Qt::ClosedHandCursor : Qt::OpenHandCursor;
}

void NavigationTool::mousePress(QMouseEvent* event, QPointF)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = m_lastPos = event->position().toPoint();
    if (m_mode == NavigationMode::SelectPolygon) {
        m_lasso << event->position();
        updateOverlay();
        return;
    }
    m_dragging = true;
    canvas()->setCursor(cursor());
}

void NavigationTool::mouseMove(QMouseEvent* event, QPointF)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging && m_mode == NavigationMode::Pan)
        // The canvas shows the old image shifted until the new one is drawn.
        canvas()->setTransform(transform().panned(QPointF(pos - m_lastPos)));
    else if (m_dragging || !m_lasso.isEmpty())
        updateOverlay();
    m_lastPos = pos;
}

void NavigationTool::mouseRelease(QMouseEvent* event, QPointF map)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    const QPoint pos = event->position().toPoint();
    const bool click = (pos - m_pressPos).manhattanLength() < kClickPixels;
    switch (m_mode) {
    case NavigationMode::Pan:
        canvas()->setCursor(cursor());
        break;
    case NavigationMode::ZoomBox:
        if (click)
            canvas()->setTransform(transform().zoomed(2.0, event->position()));
        else {
            const QRectF box = QRectF(m_pressPos, pos).normalized();
            canvas()->zoomToExtent(
                QRectF(transform().toMap(box.bottomLeft()), transform().toMap(box.topRight()))
                    .normalized());
        }
        break;
    case NavigationMode::Identify:
        emit canvas()->identifyRequested(map, kPickPixels * transform().mapUnitsPerPixel());
        break;
    case NavigationMode::SelectRectangle: {
        const double tol = click ? kPickPixels : 0.0;
        const QRectF box = QRectF(m_pressPos, pos).normalized().adjusted(-tol, -tol, tol, tol);
        QPolygonF polygon;
        for (const QPointF& p :
            { box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft() })
            polygon << transform().toMap(p);
        emit canvas()->selectionDrawn(polygon, event->modifiers());
        break;
    }
    case NavigationMode::SelectPolygon:
        break;
    }
    updateOverlay();
}

void NavigationTool::mouseDoubleClick(QMouseEvent* event, QPointF)
{
    if (m_mode != NavigationMode::SelectPolygon || m_lasso.size() < 3)
        return;
    QPolygonF polygon;
    for (const QPointF& p : m_lasso)
        polygon << transform().toMap(p);
    m_lasso.clear();
    updateOverlay();
    emit canvas()->selectionDrawn(polygon, event->modifiers());
}

bool NavigationTool::keyPress(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape || m_lasso.isEmpty())
        return false;
    m_lasso.clear();
    updateOverlay();
    return true;
}

void NavigationTool::paint(QPainter& painter) const
{
    if (m_dragging && m_mode != NavigationMode::Pan && m_mode != NavigationMode::SelectPolygon) {
        painter.setPen(QPen(kRubberBand, 1.0, Qt::DashLine));
        painter.setBrush(QColor(kRubberBand.red(), kRubberBand.green(), kRubberBand.blue(), 40));
        painter.drawRect(QRect(m_pressPos, m_lastPos).normalized());
    }
    if (!m_lasso.isEmpty()) {
        painter.setPen(QPen(kRubberBand, 1.5));
        painter.setBrush(QColor(kRubberBand.red(), kRubberBand.green(), kRubberBand.blue(), 40));
        QPolygonF open = m_lasso;
        open << QPointF(m_lastPos);
        painter.drawPolygon(open);
    }
}

} // namespace seatplan::ui
