#include "seatplan/ui/siting_accept_command.h"

#include "seatplan/gis/project.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/scenario_loader.h"
#include "seatplan/ui/scenario_edit_command.h"

namespace seatplan::ui {

struct SitingAcceptCommand::Target {
    explicit Target(gis::Project opened)
        : project(std::move(opened))
        , store(project)
    {
    }
    gis::Project project;
    gis::ScenarioStore store;
    core::Scenario scenario;
};

std::unique_ptr<SitingAcceptCommand> SitingAcceptCommand::create(const std::string& projectPath,
    const std::string& scenario, const std::string& description,
    const std::vector<core::ScenarioEdit>& edits, int schools)
{
    auto target = std::make_shared<Target>(gis::Project::open(projectPath));
    if (!target->store.exists(scenario))
        target->store.create(scenario, description);
    target->scenario = render::loadScenario(target->project, scenario).scenario;
    std::unique_ptr<SitingAcceptCommand> command(new SitingAcceptCommand(target, schools));
    // The children borrow the store and the scenario, which the parent keeps alive; QUndoCommand
    // deletes its children before the parent's members go.
    for (const core::ScenarioEdit& edit : edits)
        new ScenarioEditCommand(target->store, target->scenario, edit, {}, command.get());
    return command;
}

SitingAcceptCommand::SitingAcceptCommand(std::shared_ptr<Target> target, int schools)
    : m_target(std::move(target))
{
    setText(tr("Accept %1 proposed school(s) into %2")
                .arg(schools)
                .arg(QString::fromStdString(m_target->scenario.name)));
}

SitingAcceptCommand::~SitingAcceptCommand() = default;

const core::Scenario& SitingAcceptCommand::scenario() const
{
    return m_target->scenario;
}

} // namespace seatplan::ui
