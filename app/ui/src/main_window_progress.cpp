// MainWindow's progress dialog while a project opens (read and analysed on a worker thread).
#include "seatplan/ui/main_window.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStatusBar>

namespace seatplan::ui {

namespace {
    constexpr int kShowAfterMs = 400; ///< quick opens show no dialog
}

void MainWindow::showOpenProgress(const QString& path)
{
    m_openCancelled = false;
    delete m_openProgress;
    // A busy bar: the loader reads every layer and runs the analysis in one call.
    m_openProgress
        = new QProgressDialog(tr("Opening %1: reading the layers and analysing the plan...")
                                  .arg(QFileInfo(path).fileName()),
            tr("Cancel"), 0, 0, this);
    m_openProgress->setObjectName(QStringLiteral("openProgress"));
    m_openProgress->setWindowTitle(tr("Open project"));
    m_openProgress->setWindowModality(Qt::WindowModal);
    m_openProgress->setMinimumDuration(kShowAfterMs);
    m_openProgress->setAutoReset(false);
    m_openProgress->setAutoClose(false);
    connect(m_openProgress, &QProgressDialog::canceled, this, [this] {
        // The worker cannot be interrupted mid-read; its result is dropped when it arrives.
        m_openCancelled = true;
        QApplication::restoreOverrideCursor();
        m_openProgress->hide();
        statusBar()->showMessage(tr("Opening cancelled"), 5000);
    });
}

bool MainWindow::endOpenProgress()
{
    const bool cancelled = m_openCancelled;
    m_openCancelled = false;
    if (m_openProgress) {
        m_openProgress->disconnect(this);
        m_openProgress->deleteLater();
        m_openProgress = nullptr;
    }
    if (cancelled)
        emit projectOpened(false);
    return cancelled;
}

} // namespace seatplan::ui
