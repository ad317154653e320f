#pragma once

#include <QCursor>
#include <QObject>
#include <QPointF>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace seatplan::render {
class MapTransform;
}

namespace seatplan::ui {

class MapCanvas;

/**
 * One way of handling the mouse on the map (pan and select, draw a catchment, place a
 * school...). MapCanvas forwards its mouse and key events to the active tool with the cursor
 * position in map coordinates (project CRS metres, y up), and asks the tool to paint its
 * overlay (rubber bands, previews) in screen pixels on top of the map after every repaint.
 * The wheel always zooms, whatever the tool.
 *
 * A tool belongs to a parent QObject (the edit toolbar or the canvas) and borrows the canvas,
 * which must outlive it. GUI thread only.
 */
class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(MapCanvas* canvas, QObject* parent = nullptr);
    ~MapTool() override;

    MapCanvas* canvas() const { return m_canvas; }

    /// Called when the tool becomes the canvas's active tool / stops being it.
    virtual void activate() { }
    virtual void deactivate() { }

    // Mouse events; `map` is the event position in map coordinates.
    virtual void mousePress(QMouseEvent* event, QPointF map);
    virtual void mouseMove(QMouseEvent* event, QPointF map);
    virtual void mouseRelease(QMouseEvent* event, QPointF map);
    virtual void mouseDoubleClick(QMouseEvent* event, QPointF map);
    /// Handles a key; returns false to let the canvas handle it (arrows pan, +/- zoom).
    virtual bool keyPress(QKeyEvent* event);

    /// Paints the tool's overlay in screen pixels (the painter is the canvas's).
    virtual void paint(QPainter& painter) const;
    /// The cursor shown over the map while the tool is active.
    virtual QCursor cursor() const { return Qt::CrossCursor; }

signals:
    /// A short message for the status bar (what to do next, or why an edit was refused).
    void message(const QString& text);

protected:
    /// Repaints the canvas (the overlay changed; the map image is reused).
    void updateOverlay() const;
    /// The canvas's current view.
    const render::MapTransform& transform() const;

private:
    MapCanvas* m_canvas;
};

} // namespace seatplan::ui
