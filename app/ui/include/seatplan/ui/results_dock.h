#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace seatplan::ui {

class PlanDocument;
class ResultsModel;
struct ChangeEvent;

/**
 * The planner's results: the year slider (2021-2035), level, which units the map colours by
 * shortfall, service-radius rings; the table of demand against seats per school, catchment,
 * town or county; and the details of the selected feature - its attributes, its results for
 * the year and its flags with the rule each cites. GUI thread only.
 */
class ResultsDock : public QDockWidget {
    Q_OBJECT
public:
    ResultsDock(PlanDocument* document, QWidget* parent = nullptr);

    ResultsModel* model() const { return m_model; }
    QSlider* yearSlider() const { return m_year; }
    QTableView* table() const { return m_table; }
    /// The details panel's text (plain), for tests.
    QString detailsText() const;
    /// Lists catchments in the table, those in most pieces first (the note's link).
    void showFragmentedCatchments();
    /// Makes the selected school (map, attribute table) the table's current row.
    void followSelection();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onDocumentChanged(const ChangeEvent& event);
    void updateDetails();
    void syncControls();

    PlanDocument* m_document;
    ResultsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_yearLabel;
    QSlider* m_year;
    QComboBox* m_level;
    QComboBox* m_variant;
    QComboBox* m_mapScope;
    QComboBox* m_tableScope;
    QCheckBox* m_rings;
    QLabel* m_note;
    QTableView* m_table;
    QTextBrowser* m_details;
};

} // namespace seatplan::ui
