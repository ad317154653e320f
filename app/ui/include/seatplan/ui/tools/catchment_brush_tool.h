#pragma once

#include "seatplan/ui/tools/edit_tool.h"

#include <set>
#include <string>

namespace seatplan::ui {

/**
 * Assigns whole zones to the target catchment by clicking them, or by painting: a drag
 * collects every zone the cursor passes over, and the release moves them all as one undo step
 * (out of their old catchments of the level). A click on a school picks its catchment as the
 * target. GUI thread only.
 */
class CatchmentBrushTool : public EditTool {
    Q_OBJECT
public:
    CatchmentBrushTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

    void deactivate() override;
    void mouseMove(QMouseEvent* event, QPointF map) override;
    void mouseRelease(QMouseEvent* event, QPointF map) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) const override;

protected:
    void leftPress(QMouseEvent* event, QPointF map) override;

private:
    void addZoneAt(QPointF map);

    bool m_painting = false;
    std::set<std::string> m_painted; ///< zone ids under the brush so far
};

} // namespace seatplan::ui
