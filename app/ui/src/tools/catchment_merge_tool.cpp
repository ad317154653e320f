#include "seatplan/ui/tools/catchment_merge_tool.h"

#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/edit_context.h"

namespace seatplan::ui {

CatchmentMergeTool::CatchmentMergeTool(EditContext* context, MapCanvas* canvas, QObject* parent)
    : EditTool(context, canvas, parent)
{
}

void CatchmentMergeTool::leftPress(QMouseEvent*, QPointF map)
{
    if (context()->targetCatchment().isEmpty()
        && pickTarget(
            map, tr("Target catchment: %1. Click a zone of the catchment to merge into it.")))
        return;
    if (!readyToEdit())
        return;
    const ZoneLookup* zones = context()->zones();
    const auto zone = zones ? zones->zoneAt(map) : std::nullopt;
    if (!zone)
        return;
    const std::vector<core::Catchment> all = context()->catchments();
    const core::Catchment* target = findCatchment(all, context()->targetCatchment().toStdString());
    const core::Catchment* other
        = target ? catchmentOfZone(all, zones->id(*zone), target->level) : nullptr;
    if (!target || !other || other->id == target->id)
        return;
    const CatchmentChange change = mergeCatchments(*target, *other);
    if (change.targetLocked) {
        emit message(tr("A locked catchment cannot be merged: unlock it first."));
        return;
    }
    const std::vector<core::ScenarioEdit> edits(change.edits.begin(), change.edits.end());
    context()->apply(edits,
        tr("Merge catchment %1 into %2")
            .arg(QString::fromStdString(other->id), QString::fromStdString(target->id)));
}

} // namespace seatplan::ui
