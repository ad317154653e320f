#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/scenario.h"

#include <array>
#include <vector>

namespace seatplan::core::detail {

/// The base with a scenario's edits applied: schools with their classes per year (0 when
/// not open), catchments and developments. Private to core.
struct ScenarioModel {
    std::vector<School> schools;
    /// classes[school][year - baseYear][level]; 0 before opening and from closing on.
    std::vector<std::vector<std::array<int, kLevelCount>>> classes;
    std::vector<Catchment> catchments;
    std::vector<Development> developments;
    std::vector<Plot> plots; ///< with their scenario status and note
};

/// Applies `scenario` to `inputs` for years baseYear..lastYear. Throws InvalidInput for an
/// edit naming an unknown school, catchment or development, or a duplicate id.
ScenarioModel applyScenario(const PlanningInputs& inputs, const Scenario& scenario);

} // namespace seatplan::core::detail
