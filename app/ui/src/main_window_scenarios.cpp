// MainWindow's scenario status: the saved/read-only label, the title part and the message
// shown when a project opens read-only, on a network drive or after a crash.
#include "seatplan/ui/main_window.h"

#include "seatplan/gis/scenario_store.h"
#include "seatplan/ui/plan_document.h"

#include <QLabel>
#include <QStatusBar>
#include <QStringList>

namespace seatplan::ui {

void MainWindow::setupScenarioStatus()
{
    m_savedState = new QLabel(this);
    m_savedState->setObjectName(QStringLiteral("savedState"));
    statusBar()->addPermanentWidget(m_savedState);
    connect(m_document, &PlanDocument::changed, this, [this](const ChangeEvent& e) {
        if (e.kind != ChangeEvent::Kind::Reset && e.kind != ChangeEvent::Kind::Scenario)
            return;
        updateTitle();
        // Every edit is committed to the journal before it takes effect: nothing is unsaved.
        m_savedState->setText(!m_document->isOpen() ? QString()
                : m_document->readOnly()            ? tr("Read-only")
                                                    : tr("Saved"));
    });
}

QString MainWindow::scenarioLabel() const
{
    const std::string& name = m_document->scenario().name;
    return name == gis::kBaseScenario ? tr("Base") : QString::fromStdString(name);
}

QString MainWindow::openingMessage(const LoadedProject& project)
{
    QStringList parts;
    if (!project.readOnlyReason.isEmpty())
        parts << tr("%1\nIt is open read-only: edits cannot be saved.").arg(project.readOnlyReason);
    if (!project.networkFileSystem.isEmpty())
        parts << tr("The project is on a network drive (%1). SQLite's locking is unreliable "
                    "there: copy it to a local disk to edit it safely.")
                     .arg(project.networkFileSystem);
    if (!project.recovered.empty()) {
        QStringList lines;
        for (const RecoveredEdits& r : project.recovered)
            lines << tr("%1: %n edit(s)", nullptr, r.edits).arg(r.scenario);
        parts << tr("SeatPlan did not close properly last time. Every edit was saved as it was "
                    "made and has been recovered:\n%1")
                     .arg(lines.join(QLatin1Char('\n')));
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace seatplan::ui
