#pragma once

#include "seatplan/ui/tools/edit_tool.h"
#include "seatplan/ui/tools/sketch.h"

namespace seatplan::ui {

/**
 * Splits the target catchment by a drawn line: clicks add vertices, a double-click or Enter
 * ends the line. Zones whose interior point lies left of the line (seen along the drawing
 * direction) form a new catchment, served by the catchment's schools that stand on that side
 * (all of them when none does); one undo step. GUI thread only.
 */
class CatchmentSplitTool : public EditTool {
    Q_OBJECT
public:
    CatchmentSplitTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

    void deactivate() override;
    void mouseMove(QMouseEvent* event, QPointF map) override;
    void mouseDoubleClick(QMouseEvent* event, QPointF map) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) const override;

protected:
    void leftPress(QMouseEvent* event, QPointF map) override;

private:
    void finish();

    Sketch m_sketch;
    QPointF m_cursor;
};

} // namespace seatplan::ui
