#include "seatplan/render/scenario_loader.h"

#include "seatplan/core/errors.h"
#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_loader.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/scenario_codec.h"

namespace seatplan::render {

LoadedScenario loadScenario(gis::Project& project, const std::string& name)
{
    const gis::ScenarioStore store(project);
    LoadedScenario loaded;
    loaded.scenario.name = name;
    bool found = name == gis::kBaseScenario; // projects from before scenarios may lack its row
    for (const gis::ScenarioRow& row : store.list()) {
        if (row.name != name)
            continue;
        found = true;
        loaded.scenario.name = row.name;
        loaded.scenario.parent = row.parent;
        loaded.scenario.description = row.description;
    }
    if (!found)
        throw gis::GisError({ project.path(), "seatplan_scenarios", std::nullopt, {},
            "no scenario named '" + name + "'" });
    loaded.inputs = gis::loadPlanningInputs(project, store.catchmentScenario(name));
    for (const gis::JournalRow& row : store.activeEdits(name)) {
        try {
            loaded.scenario.edits.push_back(decodeEdit(QByteArray::fromStdString(row.payload)));
        } catch (const core::InvalidInput& bad) {
            throw core::InvalidInput(project.path() + ": seatplan_journal seq "
                + std::to_string(row.seq) + ": " + bad.what());
        }
    }
    return loaded;
}

} // namespace seatplan::render
