// MainWindow's entry to the import wizard (File -> Import layer..., files dropped on it).
#include "seatplan/ui/import_wizard.h"
#include "seatplan/ui/main_window.h"
#include "seatplan/ui/plan_document.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

namespace seatplan::ui {

void MainWindow::openImportWizard(const QString& file)
{
    if (!m_document->isOpen()) {
        QMessageBox::information(this, tr("Import layer"),
            tr("Open a project first (File > Open, or seatplan-cli new to make one): an "
               "imported layer goes into the open project."));
        return;
    }
    auto* wizard = new ImportWizard(m_document, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    if (!file.isEmpty())
        wizard->setSourceFile(file);
    connect(wizard, &ImportWizard::imported, this, [this] {
        // Reload: our own lock would otherwise make the reopened project read-only.
        m_document->releaseProject();
        openProject(m_document->path());
    });
    wizard->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)) {
            openProject(path);
            return;
        }
    }
    // Any other file is imported into the open project.
    if (!event->mimeData()->urls().isEmpty())
        openImportWizard(event->mimeData()->urls().constFirst().toLocalFile());
}

} // namespace seatplan::ui
