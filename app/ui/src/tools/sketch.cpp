#include "seatplan/ui/tools/sketch.h"

#include "seatplan/render/map_transform.h"

#include <QPainter>

#include <limits>

namespace seatplan::ui {

namespace {
    /// A press within this many pixels of the last vertex adds none (double-click presses).
    constexpr double kSameVertexPixels = 3.0;
    const QColor kSketchColour(0x1f, 0x78, 0xb4);

    double squaredDistanceToSegment(QPointF p, QPointF a, QPointF b)
    {
        const QPointF ab = b - a;
        const double length2 = QPointF::dotProduct(ab, ab);
        const double t
            = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
        const QPointF d = p - (a + t * ab);
        return QPointF::dotProduct(d, d);
    }
} // namespace

void Sketch::add(QPointF map, const render::MapTransform& view)
{
    if (!m_vertices.isEmpty()) {
        const QPointF last = view.toScreen(m_vertices.last().x(), m_vertices.last().y());
        if (QLineF(last, view.toScreen(map.x(), map.y())).length() <= kSameVertexPixels)
            return;
    }
    m_vertices << map;
}

void Sketch::removeLast()
{
    if (!m_vertices.isEmpty())
        m_vertices.removeLast();
}

void Sketch::paint(
    QPainter& painter, const render::MapTransform& view, QPointF cursor, bool polygon) const
{
    if (m_vertices.isEmpty())
        return;
    QPolygonF screen;
    for (const QPointF& p : m_vertices)
        screen << view.toScreen(p.x(), p.y());
    QPolygonF band = screen;
    band << view.toScreen(cursor.x(), cursor.y());
    painter.setPen(QPen(kSketchColour, 2.0, Qt::DashLine));
    if (polygon) {
        painter.setBrush(
            QColor(kSketchColour.red(), kSketchColour.green(), kSketchColour.blue(), 30));
        painter.drawPolygon(band);
    } else {
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(band);
    }
    painter.setBrush(Qt::white);
    for (const QPointF& p : screen)
        painter.drawEllipse(p, 3.5, 3.5);
}

int sideOfLine(const QPolygonF& line, QPointF p)
{
    if (line.size() < 2)
        return 0;
    double best = std::numeric_limits<double>::max();
    int nearest = 0;
    for (int i = 0; i + 1 < line.size(); ++i) {
        const double d = squaredDistanceToSegment(p, line[i], line[i + 1]);
        if (d < best) {
            best = d;
            nearest = i;
        }
    }
    const QPointF a = line[nearest];
    const QPointF b = line[nearest + 1];
    const double cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
    return cross > 0 ? 1 : -1;
}

} // namespace seatplan::ui
