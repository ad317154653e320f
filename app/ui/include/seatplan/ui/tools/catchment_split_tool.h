#pragma once

#include "seatplan/ui/tools/sketch_tool.h"

namespace seatplan::ui {

/**
 * Splits the target catchment by a drawn line: clicks add vertices, a double-click or Enter
 * ends the line. Zones whose interior point lies left of the line (seen along the drawing
 * direction) form a new catchment, served by the catchment's schools that stand on that side
 * (all of them when none does); one undo step. GUI thread only.
 */
class CatchmentSplitTool : public SketchTool {
    Q_OBJECT
public:
    CatchmentSplitTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

    void paint(QPainter& painter) const override;

protected:
    QString targetPicked() const override;
    void updatePreview() override { } // the line itself is the preview
    void clearPreview() override { }
    void finish() override;
};

} // namespace seatplan::ui
