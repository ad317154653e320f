#pragma once

#include "seatplan/ui/compare_job.h"
#include "seatplan/ui/compare_tables.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace seatplan::ui {

class CompareMapView;
class PlanDocument;
struct ChangeEvent;

/**
 * Scenarios -> Compare scenarios (比较方案): scenario A against scenario B (default: the base
 * against the active scenario) at the main window's year, level and projection variant. Tabs:
 * per school and catchment the change in demand, utilisation, shortfall and flags
 * (core::compareResults); the zones that changed school (core::changedZones); the flags raised
 * or resolved; a difference map (CompareMapView). Export writes the tables to XLSX (one sheet
 * each, gis::writeXlsx) or the school and catchment table to CSV (gis::writeCsv).
 *
 * A scenario that is not the active one is loaded and analysed on a worker (QtConcurrent,
 * own read-only Project), so the GUI never waits for it; the active scenario's results come
 * from the document and the comparison follows each new result (ChangeEvent::Results).
 * Non-modal, one per main window. GUI thread only.
 */
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    explicit CompareDialog(PlanDocument& document, QWidget* parent = nullptr);
    ~CompareDialog() override; ///< waits for a running job

    /// Chooses the scenarios (names as stored; "base" for the base) and recomputes.
    void setScenarios(const QString& a, const QString& b);
    QString scenarioA() const;
    QString scenarioB() const;
    /// Lists unchanged rows too (default: changed rows only).
    void setChangedOnly(bool on);

    /// True while a scenario is being loaded or analysed.
    bool isBusy() const;
    /// The error of the last comparison ("" when it succeeded).
    const QString& lastError() const { return m_error; }
    /// The tables shown (empty before the first comparison finishes).
    const CompareTables& tables() const { return m_tables; }
    QStandardItemModel* balanceModel() const { return m_balanceModel; }
    QStandardItemModel* zonesModel() const { return m_zonesModel; }
    QStandardItemModel* flagsModel() const { return m_flagsModel; }
    CompareMapView* mapView() const { return m_map; }

    /// Writes the tables to `path`: every table as a sheet of an .xlsx workbook, or the school
    /// and catchment table as .csv (by the suffix). Throws std::runtime_error naming the file.
    void exportTo(const QString& path) const;

signals:
    /// A comparison finished (see lastError()) and the tables and map show it.
    void comparisonReady();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void onDocumentChanged(const ChangeEvent& event);
    void fillScenarios();
    /// Starts a job for the chosen scenarios (queued behind a running one).
    void start();
    void onFinished();
    /// Rebuilds the tables and map from the last job for the document's period.
    void refresh();
    ScenarioAnalysis sideFor(const QString& name) const;
    QString labelOf(const QString& name) const;
    void askExport();
    void retranslate();

    PlanDocument& m_document;
    QComboBox* m_a = nullptr;
    QComboBox* m_b = nullptr;
    QCheckBox* m_changedOnly = nullptr;
    QLabel* m_aLabel = nullptr;
    QLabel* m_bLabel = nullptr;
    QLabel* m_period = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_balanceView = nullptr;
    QTableView* m_zonesView = nullptr;
    QTableView* m_flagsView = nullptr;
    CompareMapView* m_map = nullptr;
    QPushButton* m_export = nullptr;
    QStandardItemModel* m_balanceModel = nullptr;
    QStandardItemModel* m_zonesModel = nullptr;
    QStandardItemModel* m_flagsModel = nullptr;

    QFutureWatcher<ComparedScenarios> m_watcher;
    bool m_restart = false; ///< the choice changed while a job ran: run again when it ends
    bool m_stale = true; ///< recompute when next shown
    ComparedScenarios m_data;
    CompareTables m_tables;
    QString m_error;
};

} // namespace seatplan::ui
