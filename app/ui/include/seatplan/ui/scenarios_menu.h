#pragma once

#include <QMenu>
#include <QPointer>

namespace seatplan::ui {

class CompareDialog;
class PlanDocument;

/**
 * The Scenarios menu (方案) of the main window: Compare scenarios... (比较方案) opens the
 * CompareDialog for the document (one, non-modal, kept between uses). Enabled while a project
 * is open; retranslates itself on a language change. GUI thread.
 */
class ScenariosMenu : public QMenu {
    Q_OBJECT
public:
    ScenariosMenu(PlanDocument& document, QWidget* parent);

    /// Opens (or raises) the compare dialog and returns it.
    CompareDialog* openCompareDialog();
    QAction* compareAction() const { return m_compare; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PlanDocument& m_document;
    QAction* m_compare = nullptr;
    QPointer<CompareDialog> m_dialog;
};

} // namespace seatplan::ui
