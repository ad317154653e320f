#pragma once

#include "seatplan/ui/tools/boundary_reshape.h"
#include "seatplan/ui/tools/sketch_tool.h"

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
 * undo step (BoundaryReshape). While drawing, joining zones show green and leaving zones red.
 * A click on a school before the first vertex picks its catchment as the target. GUI thread
 * only.
 */
class CatchmentReshapeTool : public SketchTool {
    Q_OBJECT
public:
    /// A zone is inside a shape when more than this share of its area is.
    static constexpr double kMajorityShare = BoundaryReshape::kMajorityShare;

    CatchmentReshapeTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

    void paint(QPainter& painter) const override;

    /// The zones that would join and leave the target with the line drawn so far.
    const std::vector<std::string>& joining() const { return m_preview.joining(); }
    const std::vector<std::string>& leaving() const { return m_preview.leaving(); }

protected:
    QString targetPicked() const override;
    void updatePreview() override;
    void clearPreview() override;
    void finish() override;

private:
    BoundaryReshape m_preview; ///< the target's shell with the stretch redrawn
};

} // namespace seatplan::ui
