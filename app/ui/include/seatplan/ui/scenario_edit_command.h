#pragma once

#include "seatplan/core/scenario.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <cstdint>
#include <exception>
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
 *
 * redo() and undo() never throw (QUndoStack runs them from menu actions): when the journal
 * cannot be written (gis::GisError, e.g. a read-only or full disk) memory is left as the file
 * says, `failed` runs with the reason and whether it was the first redo (the push), and
 * `changed` does not. A failed push marks the command obsolete, so QUndoStack::push() drops
 * it; after a failed undo or redo the stack no longer matches memory, and the owner must
 * rebuild it (PlanDocument reloads the scenario from the journal).
 */
class ScenarioEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ScenarioEditCommand)
public:
    /// Called with the reason and true when the first redo (the push) failed.
    using Failed = std::function<void(const QString& reason, bool push)>;

    ScenarioEditCommand(gis::ScenarioStore& store, core::Scenario& scenario,
        core::ScenarioEdit edit, std::function<void()> changed = {}, Failed failed = {},
        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// Returns the journal seq of the edit (0 before the first redo).
    std::int64_t seq() const { return m_seq; }
    /// Returns the undo-history text of `edit`, e.g. "Close school S0001".
    static QString describe(const core::ScenarioEdit& edit);

private:
    /// Reports a journal write error (see the class comment).
    void fail(const std::exception& error);

    gis::ScenarioStore& m_store;
    core::Scenario& m_scenario;
    core::ScenarioEdit m_edit;
    std::function<void()> m_changed;
    Failed m_failed;
    std::int64_t m_seq = 0;
};

} // namespace seatplan::ui
