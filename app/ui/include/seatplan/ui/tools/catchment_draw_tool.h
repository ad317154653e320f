#pragma once

#include "seatplan/ui/tools/sketch_tool.h"

#include <string>
#include <vector>

namespace seatplan::ui {

/**
 * Draws a catchment: clicks add vertices, a double-click or Enter closes the polygon,
 * Backspace removes the last vertex, Escape cancels. The zones of which more than half the
 * area lies inside the polygon (GEOS overlay share) join the target catchment and leave their
 * old ones, as one undo step: the drawn line snaps to zone boundaries, and catchments of a
 * level never overlap. While drawing, the zones that would join are shown. A click on a
 * school before the first vertex picks its catchment as the target. GUI thread only.
 */
class CatchmentDrawTool : public SketchTool {
    Q_OBJECT
public:
    /// A zone joins when more than this share of its area is inside the drawn polygon.
    static constexpr double kMajorityShare = 0.5;

    CatchmentDrawTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

    void paint(QPainter& painter) const override;

protected:
    QString targetPicked() const override;
    void updatePreview() override;
    void clearPreview() override;
    void finish() override;

private:
    std::vector<std::string> m_preview; ///< zones that would join
};

} // namespace seatplan::ui
