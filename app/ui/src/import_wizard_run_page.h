#pragma once

#include "seatplan/ui/import_task.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace seatplan::ui {

class ImportWizard;

/**
 * Last page of the import wizard: runs the import on a worker thread (runImport()) with a
 * progress bar and a cancel button, then shows the importer's report (encoding, CRS and
 * whether it was guessed, field mapping, repairs, skipped rows) or the error.
 */
class ImportWizardRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportWizardRunPage(ImportWizard* wizard);
    ~ImportWizardRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_watcher.isRunning(); }
    /// Asks the running import to stop; the wizard closes once it has.
    void cancelAndClose();
    /// The outcome of the last import (valid once isComplete()).
    const ImportOutcome& outcome() const { return m_outcome; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void onFinished();
    void retranslate();
    /// Shows `text()` above the progress bar, and again in the new language after a change.
    void setStage(std::function<QString()> text);

    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_stage;
    QPushButton* m_cancel;
    QPlainTextEdit* m_report;
    std::function<QString()> m_stageText;
    QFutureWatcher<ImportOutcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    ImportOutcome m_outcome;
    bool m_finished = false;
    bool m_closeWhenDone = false;
};

} // namespace seatplan::ui
