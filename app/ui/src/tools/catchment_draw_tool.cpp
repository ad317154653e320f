#include "seatplan/ui/tools/catchment_draw_tool.h"

#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/edit_context.h"

#include <QMouseEvent>
#include <QPainter>

#include <exception>

namespace seatplan::ui {

CatchmentDrawTool::CatchmentDrawTool(EditContext* context, MapCanvas* canvas, QObject* parent)
    : SketchTool(context, canvas, parent)
{
}

QString CatchmentDrawTool::targetPicked() const
{
    return tr("Target catchment: %1. Click the corners of the new catchment; "
              "double-click to finish.");
}

void CatchmentDrawTool::updatePreview()
{
    m_preview.clear();
    const ZoneLookup* zones = context()->zones();
    if (!zones || sketch().vertices().size() < 3)
        return;
    try {
        m_preview = zones->zonesInPolygon(sketch().vertices(), kMajorityShare);
    } catch (const std::exception&) {
        // A self-crossing sketch has no area yet; the preview waits for the next vertex.
    }
}

void CatchmentDrawTool::clearPreview()
{
    m_preview.clear();
}

void CatchmentDrawTool::finish()
{
    if (sketch().vertices().size() < 3) {
        emit message(tr("A catchment needs at least three corners."));
        return;
    }
    updatePreview();
    const std::vector<std::string> ids = m_preview;
    cancel();
    if (ids.empty()) {
        emit message(tr("No zone lies mostly inside the drawn polygon."));
        return;
    }
    const QString target = context()->targetCatchment();
    const CatchmentChange change = assignZones(context()->catchments(), target.toStdString(), ids);
    if (change.targetLocked) {
        emit message(tr("Catchment %1 is locked: unlock it to change it.").arg(target));
        return;
    }
    if (change.edits.empty()) {
        emit message(tr("Catchment %1 already has these zones.").arg(target));
        return;
    }
    const std::vector<core::ScenarioEdit> edits(change.edits.begin(), change.edits.end());
    context()->apply(edits,
        tr("Draw catchment %1 (%n zone(s))", nullptr,
            static_cast<int>(ids.size() - change.lockedZones.size()))
            .arg(target));
}

void CatchmentDrawTool::paint(QPainter& painter) const
{
    EditTool::paint(painter);
    paintZones(painter, m_preview, QColor(0xff, 0x7f, 0x00, 90), QColor(0xff, 0x7f, 0x00));
    sketch().paint(painter, transform(), pointer(), true);
}

} // namespace seatplan::ui
