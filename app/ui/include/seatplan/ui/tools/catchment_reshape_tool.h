#pragma once

#include "seatplan/ui/tools/edit_tool.h"
#include "seatplan/ui/tools/sketch.h"

#include <QPolygonF>

#include <string>
#include <vector>

namespace seatplan::ui {

/**
 * Reshapes a catchment by redrawing a stretch of its boundary: the planner clicks a line that
 * starts and ends on (or near) the target catchment's boundary; a double-click or Enter
 * finishes, Backspace removes the last vertex, Escape cancels. The boundary stretch between
 * the two ends is replaced by the line (reshapeRing: the larger of the two resulting shapes is
 * kept), and the new shape is turned into zones as the draw tool does: zones of which more
 * than half the area (GEOS overlay) newly lies inside join the target; zones of the target of
 * which no longer more than half lies inside leave it for the neighbouring catchment. One
 * undo step. While drawing, joining zones show green and leaving zones red. A click on a
 * school before the first vertex picks its catchment as the target. GUI thread only.
 */
class CatchmentReshapeTool : public EditTool {
    Q_OBJECT
public:
    /// A zone is inside a shape when more than this share of its area is.
    static constexpr double kMajorityShare = 0.5;

    CatchmentReshapeTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

    void deactivate() override;
    void mouseMove(QMouseEvent* event, QPointF map) override;
    void mouseDoubleClick(QMouseEvent* event, QPointF map) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) const override;

    /// The zones that would join and leave the target with the line drawn so far.
    const std::vector<std::string>& joining() const { return m_joining; }
    const std::vector<std::string>& leaving() const { return m_leaving; }

protected:
    void leftPress(QMouseEvent* event, QPointF map) override;

private:
    void finish();
    void cancel();
    void updatePreview();

    Sketch m_sketch;
    QPointF m_cursor; ///< map coordinates
    QPolygonF m_reshaped; ///< the target's shell with the stretch redrawn (map)
    std::vector<std::string> m_joining;
    std::vector<std::string> m_leaving;
};

} // namespace seatplan::ui
