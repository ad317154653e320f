#pragma once

#include "seatplan/core/scenario.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>
#include <string>
#include <vector>

namespace seatplan::ui {

/**
 * A siting proposal accepted into a scenario as ONE undoable edit: a parent QUndoCommand whose
 * children are one ScenarioEditCommand per edit (render::sitingEdits), so undo and redo take
 * every school and catchment change back or forth together, each journalled in the project.
 *
 * Owns what the children borrow: the project opened for writing, its scenario store and the
 * in-memory scenario (kept alive as long as the command is on the stack). Until PlanDocument
 * holds the active scenario itself, this is how the siting dialog edits a scenario.
 * GUI thread. create() throws gis::GisError when the project cannot be opened for writing or
 * the scenario cannot be created or read.
 */
class SitingAcceptCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SitingAcceptCommand)
public:
    /**
     * Returns the command applying `edits` to scenario `scenario` of the project at
     * `projectPath`; when `scenario` does not exist it is created first as a child of the base
     * (with `description`). Nothing is applied until the command is pushed (redo()).
     */
    static std::unique_ptr<SitingAcceptCommand> create(const std::string& projectPath,
        const std::string& scenario, const std::string& description,
        const std::vector<core::ScenarioEdit>& edits, int schools);
    ~SitingAcceptCommand() override;

    /// The scenario as the command leaves it after redo() / undo() (its edits in effect).
    const core::Scenario& scenario() const;

private:
    struct Target;
    SitingAcceptCommand(std::shared_ptr<Target> target, int schools);
    std::shared_ptr<Target> m_target;
};

} // namespace seatplan::ui
