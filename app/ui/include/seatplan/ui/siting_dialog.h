#pragma once

#include "seatplan/gis/siting_problem_builder.h"
#include "seatplan/render/siting_run.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace seatplan::ui {

class PlanDocument;
class ScenarioOverlay;
class SitingSiteModel;

/**
 * Tools -> Site schools (选址): which area and level, how many new schools (and classes), which
 * objective; runs render::runSiting on a worker (QtConcurrent; cancellable, the best cost so
 * far shown while it searches), then highlights the proposed plots on the map and lists each
 * site (seats added, children newly within walking distance, shortfall closed, why this plot).
 * With a map overlay (setOverlay()) the proposed schools and their catchments are drawn on the
 * map, each site in its own colour, until the dialog closes or runs again.
 * "Accept into scenario" applies the proposal (render::sitingEdits) as ONE undoable edit
 * (an undo macro of PlanDocument::pushEdit calls); runs start from the document's active
 * scenario, and since the base is read-only an accept there first creates a scenario (asking
 * for its name) and makes it active, so the map and results follow the proposal.
 * GUI thread; the worker opens its own read-only Project.
 */
class SitingDialog : public QDialog {
    Q_OBJECT
public:
    explicit SitingDialog(PlanDocument& document, QWidget* parent = nullptr);
    ~SitingDialog() override; ///< cancels a running search and waits for it

    /// The request the controls describe.
    gis::SitingRequest request() const;
    /// Sets the controls (tests, and re-opening with the last request).
    void setRequest(const gis::SitingRequest& request);
    /// Draws proposals on `overlay` (the map's; borrowed, may be null = none).
    void setOverlay(ScenarioOverlay* overlay);
    /// Sets how long the search may run, seconds.
    void setSearchSeconds(double seconds);

    /// Starts a search with the current controls (ignored while one runs); finished() follows.
    void run();
    /// Asks a running search to stop; it returns its best answer so far.
    void cancel();
    bool isRunning() const;
    /// The last finished run, or null.
    std::shared_ptr<const render::SitingRun> lastRun() const { return m_run; }
    /// The last error ("" when the last run succeeded).
    const QString& lastError() const { return m_error; }
    SitingSiteModel* siteModel() const { return m_model; }
    /// The scenario runs start from and proposals go into: the document's active scenario.
    QString scenario() const;

    /**
     * Applies the last run's proposal to its scenario as one undoable edit. When the run
     * started from the base, creates `newScenario` (empty = ask) first; later runs start from
     * that scenario (scenario()). Returns false, saying why in the dialog, when there is
     * nothing to accept, the project cannot be written or the user cancels.
     */
    bool acceptProposal(const QString& newScenario = {});

signals:
    /// A search finished (successfully, cancelled or with an error).
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Outcome {
        std::shared_ptr<const render::SitingRun> run;
        QString error;
    };
    void retranslate();
    void fillAreas();
    void onFinished();
    void showOnMap();
    void updateButtons();

    PlanDocument& m_document;
    QComboBox* m_area = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_objective = nullptr;
    QSpinBox* m_maxNew = nullptr;
    QSpinBox* m_maxClasses = nullptr;
    QSpinBox* m_year = nullptr;
    QDoubleSpinBox* m_seconds = nullptr;
    QLabel* m_labels[7] = {};
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_acceptButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    SitingSiteModel* m_model = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<const render::SitingRun> m_run;
    QString m_error;
    QPointer<ScenarioOverlay> m_overlay;
};

} // namespace seatplan::ui
