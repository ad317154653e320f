#include "seatplan/ui/tools/development_tool.h"

#include "../dialogs/development_dialog.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/edit_context.h"

#include <algorithm>

namespace seatplan::ui {

std::vector<core::Development> effectiveDevelopments(
    const core::PlanningInputs& inputs, const core::Scenario& scenario)
{
    std::vector<core::Development> out = inputs.developments;
    for (const core::ScenarioEdit& edit : scenario.edits) {
        const auto* de = std::get_if<core::DevelopmentEdit>(&edit);
        if (!de)
            continue;
        const auto found = std::find_if(out.begin(), out.end(),
            [&](const core::Development& d) { return d.id == de->development.id; });
        if (de->remove) {
            if (found != out.end())
                out.erase(found);
        } else if (found != out.end()) {
            *found = de->development;
        } else {
            out.push_back(de->development);
        }
    }
    return out;
}

DevelopmentTool::DevelopmentTool(EditContext* context, MapCanvas* canvas, QObject* parent)
    : EditTool(context, canvas, parent)
{
}

void DevelopmentTool::leftPress(QMouseEvent*, QPointF map)
{
    PlanDocument* document = context()->document();
    if (!context()->editable()) {
        readyToEdit();
        return;
    }
    const std::vector<core::Development> all
        = effectiveDevelopments(*document->inputs(), document->scenario());
    const std::string hit = context()->featureAt(QStringLiteral("developments"), map).toStdString();
    core::Development proposal;
    const auto found = std::find_if(
        all.begin(), all.end(), [&](const core::Development& d) { return d.id == hit; });
    if (!hit.empty() && found != all.end()) {
        proposal = *found;
    } else {
        for (int n = 1; proposal.id.empty(); ++n) {
            const std::string id = "D-N" + std::to_string(n);
            if (std::none_of(
                    all.begin(), all.end(), [&](const core::Development& d) { return d.id == id; }))
                proposal.id = id;
        }
        const ZoneLookup* zones = context()->zones();
        if (const auto zone = zones ? zones->zoneAt(map) : std::nullopt) {
            proposal.zoneId = zones->id(*zone);
            for (const core::Zone& z : document->inputs()->zones)
                if (z.id == proposal.zoneId)
                    proposal.townCode = z.townCode;
        }
        proposal.completionYear = document->year();
    }
    std::optional<core::Development> result;
    if (m_prompt) {
        result = m_prompt(proposal);
    } else {
        DevelopmentDialog dialog(proposal, document->firstYear(), document->lastYear(), canvas());
        if (dialog.exec() == QDialog::Accepted)
            result = dialog.development();
    }
    if (result)
        context()->apply({ core::DevelopmentEdit { *result, false } },
            tr("Change development %1").arg(QString::fromStdString(result->id)));
}

} // namespace seatplan::ui
