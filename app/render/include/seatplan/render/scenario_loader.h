#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/scenario.h"

#include <string>

namespace seatplan::gis {
class Project;
}

namespace seatplan::render {

/// A scenario as core analyses it: the project's inputs and the scenario's edits.
struct LoadedScenario {
    core::PlanningInputs inputs;
    core::Scenario scenario;
};

/**
 * Loads scenario `name` of `project`: gis::loadPlanningInputs() with the catchments the
 * scenario uses (gis::ScenarioStore::catchmentScenario()), then its journal edits that are not
 * undone, in order, decoded with decodeEdit(). Throws gis::GisError for an unknown scenario or
 * unreadable data, core::InvalidInput for a journal payload that is not an edit (naming its
 * seq). Runs on the calling thread.
 */
LoadedScenario loadScenario(gis::Project& project, const std::string& name);

} // namespace seatplan::render
