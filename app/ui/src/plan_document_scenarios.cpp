// PlanDocument's scenario API: the active scenario, its edits and the scenario list.
#include "seatplan/ui/plan_document.h"

#include "seatplan/ui/analysis_runner.h"

#include "seatplan/gis/project.h"
#include "seatplan/gis/project_lock.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/scenario_loader.h"
#include "seatplan/ui/scenario_edit_command.h"

#include <exception>

namespace seatplan::ui {

QStringList PlanDocument::scenarioNames() const
{
    QStringList names;
    if (m_store) {
        try {
            for (const gis::ScenarioRow& row : m_store->list())
                names << QString::fromStdString(row.name);
        } catch (const std::exception&) {
            // An unreadable table lists only the base; the error shows when it is used.
        }
    }
    if (!names.contains(QLatin1String(gis::kBaseScenario)))
        names.prepend(QString::fromLatin1(gis::kBaseScenario));
    return names;
}

bool PlanDocument::scenarioEditable() const
{
    return m_store && m_lock && m_runner->hasInputs() && m_scenario->name != gis::kBaseScenario;
}

template <typename Op> bool PlanDocument::tryStore(Op&& op)
{
    if (!m_store) {
        emit failed(tr("No project is open."));
        return false;
    }
    if (readOnly()) {
        emit failed(tr("The project is open read-only: %1").arg(m_readOnlyReason));
        return false;
    }
    try {
        op(*m_store);
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        emitChange(ChangeEvent::Kind::Scenario);
        return false;
    }
    emitChange(ChangeEvent::Kind::Scenario);
    return true;
}

void PlanDocument::setActiveScenario(const QString& name)
{
    if (!m_project || name.toStdString() == m_scenario->name)
        return;
    const std::string wanted = name.toStdString();
    try {
        // Reuse the inputs (and the analyzer's cache) when the catchment rows are the same.
        const std::string rows = m_store->catchmentScenario(wanted);
        render::LoadedScenario loaded;
        if (rows == m_catchmentScenario && m_inputs) {
            loaded.scenario = render::loadScenario(*m_project, wanted).scenario;
        } else {
            loaded = render::loadScenario(*m_project, wanted);
            m_inputs = std::make_shared<const core::PlanningInputs>(std::move(loaded.inputs));
            m_runner->setInputs(m_inputs, appAnalysisOptions(), m_dissolver);
            m_catchmentScenario = rows;
        }
        m_undoStack.clear();
        m_scenario = std::make_unique<core::Scenario>(std::move(loaded.scenario));
        if (m_lock)
            m_project->setMetadata(kActiveScenarioKey, wanted);
    } catch (const std::exception& e) {
        emit failed(
            tr("Could not open scenario %1: %2").arg(name, QString::fromStdString(e.what())));
        return;
    }
    emitChange(ChangeEvent::Kind::Scenario);
    reanalyse();
}

void PlanDocument::pushEdit(core::ScenarioEdit edit)
{
    if (!scenarioEditable()) {
        emit failed(m_scenario->name == gis::kBaseScenario
                ? tr("The base scenario is read-only: create or choose a scenario to edit.")
                : tr("The project is open read-only: %1").arg(m_readOnlyReason));
        return;
    }
    auto changed = [this] {
        emitChange(ChangeEvent::Kind::Scenario);
        reanalyse();
    };
    auto failed = [this](const QString& reason, bool push) { journalFailed(reason, push); };
    // redo() writes the journal first; a failed write drops the command (see its class).
    m_undoStack.push(new ScenarioEditCommand(
        *m_store, *m_scenario, std::move(edit), std::move(changed), std::move(failed)));
}

void PlanDocument::journalFailed(const QString& reason, bool push)
{
    if (push) {
        emit failed(tr("The edit could not be saved: %1").arg(reason));
        return;
    }
    emit failed(tr("Undo or redo could not be saved in the project: %1. The scenario is "
                   "reloaded from the project file and the undo history cleared.")
                    .arg(reason));
    // The undo stack is inside undo()/redo() now: rebuild it once that returned.
    QMetaObject::invokeMethod(this, &PlanDocument::reloadScenario, Qt::QueuedConnection);
}

void PlanDocument::reloadScenario()
{
    if (!m_project)
        return;
    m_undoStack.clear();
    try {
        m_scenario = std::make_unique<core::Scenario>(
            render::loadScenario(*m_project, m_scenario->name).scenario);
    } catch (const std::exception& e) {
        // Memory may now differ from the file: stop editing rather than diverge further.
        m_lock.reset();
        m_readOnlyReason
            = tr("the project journal could not be read: %1").arg(QString::fromStdString(e.what()));
        emit failed(m_readOnlyReason);
    }
    emitChange(ChangeEvent::Kind::Scenario);
    reanalyse();
}

void PlanDocument::reanalyse()
{
    m_runner->submit(*m_scenario); // a copy: the worker never sees *m_scenario change
}

bool PlanDocument::analysing() const
{
    return m_runner->busy();
}

void PlanDocument::waitForAnalysis()
{
    m_runner->wait();
}

bool PlanDocument::createScenario(const QString& name, const QString& description)
{
    return tryStore([&](gis::ScenarioStore& store) {
        store.create(name.toStdString(), description.toStdString());
    });
}

bool PlanDocument::duplicateScenario(const QString& from, const QString& to)
{
    return tryStore(
        [&](gis::ScenarioStore& store) { store.duplicate(from.toStdString(), to.toStdString()); });
}

bool PlanDocument::renameScenario(const QString& from, const QString& to)
{
    const bool active = from.toStdString() == m_scenario->name;
    return tryStore([&](gis::ScenarioStore& store) {
        store.rename(from.toStdString(), to.toStdString());
        if (active) {
            // The commands borrow *m_scenario, so it is renamed in place.
            m_scenario->name = to.toStdString();
            if (m_catchmentScenario == from.toStdString())
                m_catchmentScenario = m_scenario->name;
            m_project->setMetadata(kActiveScenarioKey, m_scenario->name);
        }
    });
}

bool PlanDocument::removeScenario(const QString& name)
{
    if (name.toStdString() == m_scenario->name && !readOnly())
        setActiveScenario(QString::fromLatin1(gis::kBaseScenario));
    if (name.toStdString() == m_scenario->name) {
        emit failed(tr("Scenario %1 is in use and cannot be deleted.").arg(name));
        return false;
    }
    return tryStore([&](gis::ScenarioStore& store) { store.remove(name.toStdString()); });
}

} // namespace seatplan::ui
