#pragma once

#include <QPolygonF>

class QKeyEvent;
class QPainter;

namespace seatplan::render {
class MapTransform;
}

namespace seatplan::ui {

/**
 * A line or polygon being drawn with clicks (map coordinates): presses add vertices (a press
 * on the last vertex adds none, so a double-click adds one), Backspace removes the last one.
 * Shared by the draw and split tools. A plain value; GUI thread.
 */
class Sketch {
public:
    /// Adds `map` unless it lies within a few pixels of the last vertex under `view`.
    void add(QPointF map, const render::MapTransform& view);
    void removeLast();
    void clear() { m_vertices.clear(); }
    bool isEmpty() const { return m_vertices.isEmpty(); }
    const QPolygonF& vertices() const { return m_vertices; }
    /// Paints the sketch (closed when `polygon`) with a rubber band to `cursor` (map).
    void paint(
        QPainter& painter, const render::MapTransform& view, QPointF cursor, bool polygon) const;

private:
    QPolygonF m_vertices;
};

/// Returns +1 when `p` lies left of the polyline `line` (seen along its direction), -1 when
/// right, judged by the segment nearest to `p`; 0 for a line of fewer than two points.
int sideOfLine(const QPolygonF& line, QPointF p);

} // namespace seatplan::ui
