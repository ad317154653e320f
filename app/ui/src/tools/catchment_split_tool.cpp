#include "seatplan/ui/tools/catchment_split_tool.h"

#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/edit_context.h"

#include <QPainter>

#include <set>

namespace seatplan::ui {

CatchmentSplitTool::CatchmentSplitTool(EditContext* context, MapCanvas* canvas, QObject* parent)
    : SketchTool(context, canvas, parent)
{
}

QString CatchmentSplitTool::targetPicked() const
{
    return tr("Target catchment: %1. Draw the dividing line; double-click to finish.");
}

void CatchmentSplitTool::finish()
{
    const QPolygonF line = sketch().vertices();
    cancel();
    const ZoneLookup* zones = context()->zones();
    const std::vector<core::Catchment> all = context()->catchments();
    const core::Catchment* source = findCatchment(all, context()->targetCatchment().toStdString());
    if (line.size() < 2 || !zones || !source)
        return;
    std::vector<std::string> out;
    for (const core::ZoneShare& z : source->zones)
        if (const auto i = zones->indexOf(z.zoneId);
            i && sideOfLine(line, zones->interiorPoint(*i)) > 0)
            out.push_back(z.zoneId);
    const std::set<std::string> outSet(out.begin(), out.end());
    // Each side keeps the schools that stand in its zones.
    std::vector<core::SchoolShare> outSchools, keptSchools;
    for (const core::SchoolShare& s : source->schools) {
        const QString zone = context()->zoneOfSchool(QString::fromStdString(s.schoolId));
        (outSet.count(zone.toStdString()) ? outSchools : keptSchools).push_back(s);
    }
    const std::string newId = unusedCatchmentId(all, source->id);
    const CatchmentChange change = splitCatchment(*source, out, newId, outSchools, keptSchools);
    if (change.targetLocked) {
        emit message(tr("Catchment %1 is locked: unlock it to change it.")
                         .arg(QString::fromStdString(source->id)));
        return;
    }
    if (change.edits.empty()) {
        emit message(tr("The line leaves every zone of catchment %1 on one side.")
                         .arg(QString::fromStdString(source->id)));
        return;
    }
    const std::vector<core::ScenarioEdit> edits(change.edits.begin(), change.edits.end());
    context()->apply(edits,
        tr("Split catchment %1 (%n zone(s) to %2)", nullptr, static_cast<int>(out.size()))
            .arg(QString::fromStdString(source->id), QString::fromStdString(newId)));
}

void CatchmentSplitTool::paint(QPainter& painter) const
{
    EditTool::paint(painter);
    sketch().paint(painter, transform(), pointer(), false);
}

} // namespace seatplan::ui
