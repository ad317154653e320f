#pragma once

#include <QDockWidget>

class QChart;
class QChartView;
class QTabWidget;

namespace seatplan::ui {

class PlanDocument;
struct ChangeEvent;

/**
 * Two charts (Qt Charts, in tabs) for the selected school, catchment, town or county - or the
 * whole project when nothing is selected - in the document's projection variant: demand
 * against seats by year for primary and junior, and utilisation (demand / seats, %) by year
 * and level with the 100% line; both mark the year shown on the map. GUI thread only.
 */
class ChartDock : public QDockWidget {
    Q_OBJECT
public:
    ChartDock(PlanDocument* document, QWidget* parent = nullptr);

    /// The number of data points in the demand series of the document's level (for tests).
    int demandPointCount() const { return m_points; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void setCharts(QChart* demand, QChart* utilisation);
    void onDocumentChanged(const ChangeEvent& event);

    PlanDocument* m_document;
    QTabWidget* m_tabs;
    QChartView* m_view;
    QChartView* m_utilisationView;
    int m_points = 0;
};

} // namespace seatplan::ui
