#pragma once

#include <QDockWidget>

class QTableWidget;

namespace seatplan::ui {

class PlanDocument;
struct ChangeEvent;

/**
 * Every number of the planning standards in use: key, value, unit and source (the policy
 * document and clause), with the project's overrides marked. Read-only. GUI thread only.
 */
class StandardsDock : public QDockWidget {
    Q_OBJECT
public:
    StandardsDock(PlanDocument* document, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    PlanDocument* m_document;
    QTableWidget* m_table;
};

} // namespace seatplan::ui
