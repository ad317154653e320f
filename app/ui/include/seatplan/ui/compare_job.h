#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/results.h"
#include "seatplan/core/scenario.h"
#include "seatplan/core/scenario_compare.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace seatplan::ui {

/// One scenario as the comparison needs it: the inputs it starts from, its edits and its
/// analysis (every year and variant, appAnalysisOptions()). Immutable; safe to share between
/// threads. A side is complete when all three are set.
struct ScenarioAnalysis {
    std::string name;
    std::shared_ptr<const core::PlanningInputs> inputs;
    std::shared_ptr<const core::Scenario> scenario;
    std::shared_ptr<const core::Results> results;

    bool complete() const { return inputs && scenario && results; }
};

/// What a comparison job returns: both sides complete and the zones whose schools differ
/// (every level), or an error for the planner.
struct ComparedScenarios {
    ScenarioAnalysis a;
    ScenarioAnalysis b;
    std::vector<core::ZoneChange> zones;
    QString error; ///< empty on success
};

/**
 * Completes `a` and `b` and finds the zones that changed school. A side that is not complete
 * (only its name set) is loaded from the project at `projectPath` through its own read-only
 * connection (render::loadScenario) and analysed with core::analyze; a complete side (the
 * document's active scenario) is used as given. Never throws: failures land in `error`.
 * Any thread (the dialog runs it on a QtConcurrent worker).
 */
ComparedScenarios compareScenarios(
    const std::string& projectPath, ScenarioAnalysis a, ScenarioAnalysis b);

} // namespace seatplan::ui
