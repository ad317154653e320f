#include "seatplan/ui/compare_job.h"

#include "seatplan/core/analyze.h"
#include "seatplan/gis/project.h"
#include "seatplan/render/scenario_loader.h"
#include "seatplan/ui/project_loader.h"

#include <exception>
#include <optional>

namespace seatplan::ui {

namespace {
    void complete(ScenarioAnalysis& side, std::optional<gis::Project>& project,
        const std::string& projectPath)
    {
        if (side.complete())
            return;
        if (!project)
            project.emplace(gis::Project::openReadOnly(projectPath));
        render::LoadedScenario loaded = render::loadScenario(*project, side.name);
        auto results = std::make_shared<const core::Results>(
            core::analyze(loaded.inputs, loaded.scenario, appAnalysisOptions()));
        side.inputs = std::make_shared<const core::PlanningInputs>(std::move(loaded.inputs));
        side.scenario = std::make_shared<const core::Scenario>(std::move(loaded.scenario));
        side.results = std::move(results);
    }
} // namespace

ComparedScenarios compareScenarios(
    const std::string& projectPath, ScenarioAnalysis a, ScenarioAnalysis b)
{
    ComparedScenarios out;
    try {
        // One read-only connection for this thread, opened only when a side must be loaded.
        std::optional<gis::Project> project;
        complete(a, project, projectPath);
        complete(b, project, projectPath);
        out.zones = core::changedZones(*a.inputs, *a.scenario, *b.inputs, *b.scenario);
    } catch (const std::exception& e) {
        out.error = QString::fromStdString(e.what());
    }
    out.a = std::move(a);
    out.b = std::move(b);
    return out;
}

} // namespace seatplan::ui
