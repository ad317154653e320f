#pragma once

#include "seatplan/core/scenario.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <cstdint>
#include <functional>
#include <string>

namespace seatplan::gis {
class ScenarioStore;
}

namespace seatplan::ui {

/**
 * One scenario edit (a school, catchment or development edit) on the project's undo stack.
 * redo() appends the edit to the scenario's in-memory edit list and, the first time, to the
 * project journal (gis::ScenarioStore::appendEdit, committed before it returns); later redos
 * and undos mark the journal entry redone or undone, so the journal always says which edits
 * are in effect. QUndoStack drops undone commands when a new one is pushed, as appendEdit()
 * drops undone journal entries. `changed` runs after each redo and undo (the document then
 * re-analyses). Borrows `store` and `scenario`, which must outlive the command. GUI thread.
 * Throws gis::GisError from redo()/undo() when the journal cannot be written.
 */
class ScenarioEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ScenarioEditCommand)
public:
    ScenarioEditCommand(gis::ScenarioStore& store, core::Scenario& scenario,
        core::ScenarioEdit edit, std::function<void()> changed = {},
        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// Returns the journal seq of the edit (0 before the first redo).
    std::int64_t seq() const { return m_seq; }
    /// Returns the undo-history text of `edit`, e.g. "Close school S0001".
    static QString describe(const core::ScenarioEdit& edit);

private:
    gis::ScenarioStore& m_store;
    core::Scenario& m_scenario;
    core::ScenarioEdit m_edit;
    std::function<void()> m_changed;
    std::int64_t m_seq = 0;
};

} // namespace seatplan::ui
