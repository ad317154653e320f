#include "seatplan/ui/scenario_edit_command.h"

#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/scenario_codec.h"

#include <exception>
#include <type_traits>

namespace seatplan::ui {

ScenarioEditCommand::ScenarioEditCommand(gis::ScenarioStore& store, core::Scenario& scenario,
    core::ScenarioEdit edit, std::function<void()> changed, Failed failed, QUndoCommand* parent)
    : QUndoCommand(describe(edit), parent)
    , m_store(store)
    , m_scenario(scenario)
    , m_edit(std::move(edit))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
}

void ScenarioEditCommand::redo()
{
    // Journal first: if it cannot be written, memory stays as the file says.
    try {
        if (m_seq == 0)
            m_seq = m_store.appendEdit(m_scenario.name, render::editKind(m_edit),
                render::encodeEdit(m_edit).toStdString());
        else
            m_store.setUndone(m_seq, false);
    } catch (const std::exception& e) {
        fail(e);
        return;
    }
    m_scenario.edits.push_back(m_edit);
    if (m_changed)
        m_changed();
}

void ScenarioEditCommand::undo()
{
    try {
        m_store.setUndone(m_seq, true);
    } catch (const std::exception& e) {
        fail(e);
        return;
    }
    // Commands undo in stack order, so this edit is the last one in effect.
    if (!m_scenario.edits.empty())
        m_scenario.edits.pop_back();
    if (m_changed)
        m_changed();
}

void ScenarioEditCommand::fail(const std::exception& error)
{
    const bool push = m_seq == 0;
    if (push)
        setObsolete(true); // QUndoStack::push() deletes it instead of keeping it
    if (m_failed)
        m_failed(QString::fromStdString(error.what()), push);
}

QString ScenarioEditCommand::describe(const core::ScenarioEdit& edit)
{
    return std::visit(
        [](const auto& e) -> QString {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, core::NewSchoolEdit>)
                return tr("Add school %1").arg(QString::fromStdString(e.school.id));
            else if constexpr (std::is_same_v<T, core::ExpansionEdit>)
                return tr("Expand school %1").arg(QString::fromStdString(e.schoolId));
            else if constexpr (std::is_same_v<T, core::ClosureEdit>)
                return tr("Close school %1").arg(QString::fromStdString(e.schoolId));
            else if constexpr (std::is_same_v<T, core::ConversionEdit>)
                return tr("Convert school %1").arg(QString::fromStdString(e.schoolId));
            else if constexpr (std::is_same_v<T, core::CatchmentEdit>)
                return (e.remove ? tr("Remove catchment %1") : tr("Change catchment %1"))
                    .arg(QString::fromStdString(e.catchment.id));
            else if constexpr (std::is_same_v<T, core::PlotStatusEdit>)
                return tr("Mark plot %1 %2")
                    .arg(QString::fromStdString(e.plotId),
                        e.status == core::PlotStatus::Built          ? tr("built")
                            : e.status == core::PlotStatus::Acquired ? tr("acquired")
                                                                     : tr("planned"));
            else
                return (e.remove ? tr("Remove development %1") : tr("Change development %1"))
                    .arg(QString::fromStdString(e.development.id));
        },
        edit);
}

} // namespace seatplan::ui
