#pragma once

#include "seatplan/ui/tools/map_tool.h"

#include <QPoint>
#include <QPolygonF>

namespace seatplan::ui {

/// What a left-button drag or click does with the navigation tool.
enum class NavigationMode { Pan, ZoomBox, Identify, SelectRectangle, SelectPolygon };

/**
 * The canvas's default tool: drag pans (Pan), draws a zoom box (ZoomBox) or a selection
 * rectangle (SelectRectangle); a click identifies (Identify); clicks add polygon vertices and a
 * double-click closes the polygon (SelectPolygon). Results go out through the canvas's
 * identifyRequested() and selectionDrawn() signals. GUI thread only.
 */
class NavigationTool : public MapTool {
    Q_OBJECT
public:
    explicit NavigationTool(MapCanvas* canvas, QObject* parent = nullptr);

    NavigationMode mode() const { return m_mode; }
    void setMode(NavigationMode mode);

    void deactivate() override;
    void mousePress(QMouseEvent* event, QPointF map) override;
    void mouseMove(QMouseEvent* event, QPointF map) override;
    void mouseRelease(QMouseEvent* event, QPointF map) override;
    void mouseDoubleClick(QMouseEvent* event, QPointF map) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) const override;
    QCursor cursor() const override;

private:
    NavigationMode m_mode = NavigationMode::Pan;
    bool m_dragging = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
    QPolygonF m_lasso; ///< screen points of a polygon selection in progress
};

} // namespace seatplan::ui
