#pragma once

#include <QDockWidget>

class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace seatplan::ui {

class PlanDocument;
class PlotRegisterModel;

/**
 * The plot register dock: the PlotRegisterModel table, a pass/fail filter, double-click to
 * select and zoom to a plot, and export to XLSX. GUI thread only.
 */
class PlotRegisterDock : public QDockWidget {
    Q_OBJECT
public:
    PlotRegisterDock(PlanDocument* document, QWidget* parent = nullptr);

    PlotRegisterModel* model() const { return m_model; }
    /// Writes the register (as filtered) to the workbook `path`; throws std::runtime_error.
    void exportXlsx(const QString& path) const;

signals:
    void zoomToSelectionRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PlanDocument* m_document;
    PlotRegisterModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_filter;
    QPushButton* m_export;
    QTableView* m_view;
};

} // namespace seatplan::ui
