#pragma once

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace seatplan::ui {

class AttributeTableModel;
class PlanDocument;
struct ChangeEvent;

/**
 * The attribute table of one project layer: sortable, filtered by a text typed in the filter
 * box, with "select by expression" (`field op value`, op one of = != < <= > >= ~ (contains)).
 * Row selection and the map selection follow each other. GUI thread only.
 */
class AttributeDock : public QDockWidget {
    Q_OBJECT
public:
    AttributeDock(PlanDocument* document, QWidget* parent = nullptr);

    /// Shows layer `layerId`.
    void showLayer(const QString& layerId);
    AttributeTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    /**
     * Selects the features of the shown layer matching `expression`; returns how many, or -1
     * when the expression cannot be read.
     */
    int selectByExpression(const QString& expression);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onDocumentChanged(const ChangeEvent& event);
    void fillLayerList();
    void pushSelectionToDocument();
    void pullSelectionFromDocument();

    PlanDocument* m_document;
    AttributeTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_layers;
    QLineEdit* m_filter;
    QLineEdit* m_expression;
    QTableView* m_view;
    bool m_syncing = false;
};

} // namespace seatplan::ui
