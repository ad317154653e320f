#pragma once

#include <QDockWidget>

class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace seatplan::ui {

class PlanDocument;
class DevelopmentRegisterModel;
class PlotRegisterModel;

/**
 * The plot register dock: the PlotRegisterModel table and, in a second tab, the residential
 * projects (DevelopmentRegisterModel); a pass/fail filter, double-click to
 * select and zoom to a plot, and export to XLSX. GUI thread only.
 */
class PlotRegisterDock : public QDockWidget {
    Q_OBJECT
public:
    PlotRegisterDock(PlanDocument* document, QWidget* parent = nullptr);

    PlotRegisterModel* model() const { return m_model; }
    /// The residential projects' table (second tab).
    DevelopmentRegisterModel* developmentModel() const { return m_developments; }
    /// Writes the register (as filtered) and the residential projects to the workbook `path`
    /// (two sheets); throws std::runtime_error.
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
    QTabWidget* m_tabs;
    DevelopmentRegisterModel* m_developments;
    QTableView* m_developmentView;
};

} // namespace seatplan::ui
