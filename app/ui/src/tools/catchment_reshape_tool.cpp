#include "seatplan/ui/tools/catchment_reshape_tool.h"

#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/catchment_reshape.h"
#include "seatplan/ui/tools/edit_context.h"

#include <QPainter>

#include <exception>

namespace seatplan::ui {

CatchmentReshapeTool::CatchmentReshapeTool(EditContext* context, MapCanvas* canvas, QObject* parent)
    : SketchTool(context, canvas, parent)
{
}

QString CatchmentReshapeTool::targetPicked() const
{
    return tr("Target catchment: %1. Draw the new boundary from one point of its "
              "boundary to another; double-click to finish.");
}

void CatchmentReshapeTool::updatePreview()
{
    m_preview.clear();
    const ZoneLookup* zones = context()->zones();
    const QPolygonF& line = sketch().vertices();
    const std::vector<core::Catchment> all = context()->catchments();
    const core::Catchment* target = findCatchment(all, context()->targetCatchment().toStdString());
    if (!zones || !target || line.size() < 2)
        return;
    const std::vector<std::string> own = zoneIdsOf(*target);
    try {
        const QPolygonF shell = catchmentShell(*zones, own, line.front(), line.back());
        m_preview.update(*zones, own, shell, reshapeRing(shell, line));
    } catch (const std::exception&) {
        // No shell to reshape yet (GEOS refused the union); the preview waits.
        m_preview.clear();
    }
}

void CatchmentReshapeTool::clearPreview()
{
    m_preview.clear();
}

void CatchmentReshapeTool::finish()
{
    if (sketch().vertices().size() < 2) {
        emit message(tr("Draw a line of at least two points from the boundary to the boundary."));
        return;
    }
    updatePreview();
    const BoundaryReshape reshape = m_preview;
    cancel();
    if (const QString text = reshape.commit(*context()); !text.isEmpty())
        emit message(text);
}

void CatchmentReshapeTool::paint(QPainter& painter) const
{
    EditTool::paint(painter);
    m_preview.paint(painter, *this, transform());
    sketch().paint(painter, transform(), pointer(), false);
}

} // namespace seatplan::ui
