#pragma once

#include <QDockWidget>

class QChart;
class QChartView;

namespace seatplan::ui {

class PlanDocument;
struct ChangeEvent;

/**
 * Demand against seats by year (Qt Charts) for the selected school, catchment, town or county
 * - or the whole project when nothing is selected - at the document's level, medium variant,
 * with a marker line at the year shown on the map. GUI thread only.
 */
class ChartDock : public QDockWidget {
    Q_OBJECT
public:
    ChartDock(PlanDocument* document, QWidget* parent = nullptr);

    /// The number of data points in the demand series (for tests).
    int demandPointCount() const { return m_points; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void onDocumentChanged(const ChangeEvent& event);

    PlanDocument* m_document;
    QChartView* m_view;
    int m_points = 0;
};

} // namespace seatplan::ui
