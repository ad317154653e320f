#include "seatplan/ui/tools/school_place_tool.h"

#include "../dialogs/new_school_dialog.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/edit_context.h"

#include <algorithm>
#include <set>

namespace seatplan::ui {

namespace {

    /// The middle one of the standard school sizes (classes), the default for a new school.
    int middleSize(const std::vector<double>& sizes)
    {
        return sizes.empty() ? 0 : static_cast<int>(sizes[sizes.size() / 2]);
    }

    /// Returns "N1", "N2", ... : the first id no school of the base or the scenario has.
    std::string unusedSchoolId(const core::PlanningInputs& in, const core::Scenario& scenario)
    {
        std::set<std::string> used;
        for (const core::School& s : in.schools)
            used.insert(s.id);
        for (const core::ScenarioEdit& e : scenario.edits)
            if (const auto* add = std::get_if<core::NewSchoolEdit>(&e))
                used.insert(add->school.id);
        for (int n = 1;; ++n)
            if (!used.count("N" + std::to_string(n)))
                return "N" + std::to_string(n);
    }

} // namespace

SchoolPlaceTool::SchoolPlaceTool(EditContext* context, MapCanvas* canvas, QObject* parent)
    : EditTool(context, canvas, parent)
{
}

core::School SchoolPlaceTool::propose(QPointF at, const QString& plotId) const
{
    PlanDocument* document = context()->document();
    const core::PlanningInputs& in = *document->inputs();
    const core::Standards& st = in.standards;
    core::School s;
    s.id = unusedSchoolId(in, document->scenario());
    s.type = document->level() == core::Level::Primary ? core::SchoolType::Primary
                                                       : core::SchoolType::Junior;
    s.openingYear = document->year();
    if (const ZoneLookup* zones = context()->zones())
        if (const auto zone = zones->zoneAt(at))
            for (const core::Zone& z : in.zones)
                if (z.id == zones->id(*zone)) {
                    s.townCode = z.townCode;
                    s.countyCode = z.countyCode;
                }
    int planned = 0;
    for (const core::Plot& p : in.plots)
        if (QString::fromStdString(p.id) == plotId) {
            s.name = p.name;
            if (p.plannedType)
                s.type = *p.plannedType;
            planned = p.plannedClasses;
        }
    const int primary = planned > 0 ? planned : middleSize(st.standardSizesPrimary);
    const int junior = planned > 0 ? planned : middleSize(st.standardSizesJunior);
    switch (s.type) {
    case core::SchoolType::Junior:
        s.classes = { 0, junior };
        break;
    case core::SchoolType::NineYear:
    case core::SchoolType::TwelveYear: {
        // Six primary grades to three junior ones.
        const int total = planned > 0 ? planned : middleSize(st.standardSizesNineYear);
        s.classes = { total * 2 / 3, total - total * 2 / 3 };
        break;
    }
    default:
        s.classes = { primary, 0 };
    }
    return s;
}

void SchoolPlaceTool::leftPress(QMouseEvent*, QPointF map)
{
    if (!context()->editable() || !context()->document()->inputs()) {
        readyToEdit();
        return;
    }
    const QString plotId = context()->featureAt(QStringLiteral("plots"), map);
    if (!plotId.isEmpty())
        map = context()->interiorPoint(QStringLiteral("plots"), plotId).value_or(map);
    const core::School proposal = propose(map, plotId);
    std::optional<core::School> school;
    if (m_prompt) {
        school = m_prompt(proposal);
    } else {
        NewSchoolDialog dialog(proposal, context()->document()->firstYear(),
            context()->document()->lastYear(), canvas());
        if (dialog.exec() == QDialog::Accepted)
            school = dialog.school();
    }
    if (!school)
        return;
    std::vector<core::ScenarioEdit> edits { core::NewSchoolEdit {
        *school, core::PlanePoint { map.x(), map.y() } } };
    // The school serves the catchments of the zone it stands in.
    const ZoneLookup* zones = context()->zones();
    const auto zone = zones ? zones->zoneAt(map) : std::nullopt;
    const std::vector<core::Catchment> all = context()->catchments();
    for (const core::Level level : { core::Level::Primary, core::Level::Junior }) {
        if (!zone || !core::schoolTeaches(school->type, level))
            continue;
        const core::Catchment* c = catchmentOfZone(all, zones->id(*zone), level);
        if (!c || c->locked)
            continue;
        core::Catchment joined = *c;
        joined.schools.push_back({ school->id, 0.0 });
        edits.push_back(core::CatchmentEdit { std::move(joined), false });
    }
    context()->apply(edits, tr("Add school %1").arg(QString::fromStdString(school->id)));
}

} // namespace seatplan::ui
