// MainWindow's progress dialog while a project opens (read and analysed on a worker thread).
#include "seatplan/ui/main_window.h"

#include <QApplication>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QStatusBar>

#include <atomic>
#include <memory>

namespace seatplan::ui {

namespace {
    constexpr int kShowAfterMs = 400; ///< quick opens show no dialog
}

LoadProgress MainWindow::showOpenProgress(const QString& path)
{
    m_openCancelled = false;
    delete m_openProgress;
    // Busy until the loader reports its first step (layers read / total), then determinate.
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
    // Shared with the loading thread, which stops at its next step once it is set.
    auto stop = std::make_shared<std::atomic<bool>>(false);
    connect(m_openProgress, &QProgressDialog::canceled, this, [this, stop] {
        // The worker stops after the layer it is reading; its result is dropped when it arrives.
        *stop = true;
        m_openCancelled = true;
        QApplication::restoreOverrideCursor();
        m_openProgress->hide();
        statusBar()->showMessage(tr("Opening cancelled"), 5000);
    });
    const QPointer<QProgressDialog> dialog(m_openProgress);
    return [dialog, stop](int done, int total) {
        if (!dialog)
            return !*stop;
        QMetaObject::invokeMethod(
            dialog.data(),
            [dialog, done, total] {
                if (!dialog || dialog->wasCanceled())
                    return;
                dialog->setMaximum(total);
                dialog->setValue(done);
            },
            Qt::QueuedConnection);
        return !*stop;
    };
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
