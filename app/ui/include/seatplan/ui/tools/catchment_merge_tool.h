#pragma once

#include "seatplan/ui/tools/edit_tool.h"

namespace seatplan::ui {

/**
 * Merges a catchment into the target: a click on a zone of another catchment of the level
 * moves all its zones and schools into the target and removes it, as one undo step. A click
 * on a school first picks the target. GUI thread only.
 */
class CatchmentMergeTool : public EditTool {
    Q_OBJECT
public:
    CatchmentMergeTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

protected:
    void leftPress(QMouseEvent* event, QPointF map) override;
};

} // namespace seatplan::ui
