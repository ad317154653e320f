#pragma once

#include <QMenu>
#include <QPointer>

namespace seatplan::ui {

class PlanDocument;
class ScenarioOverlay;
class SitingDialog;

/**
 * The Tools menu (工具) of the main window: Site schools... (选址) opens the SitingDialog for
 * the document (one at a time, non-modal, kept between uses so it remembers its settings),
 * drawing its proposals on the map's `overlay` (borrowed; may be null).
 * Retranslates itself on a language change. GUI thread.
 */
class ToolsMenu : public QMenu {
    Q_OBJECT
public:
    ToolsMenu(PlanDocument& document, QWidget* parent, ScenarioOverlay* overlay = nullptr);

    /// Opens (or raises) the siting dialog and returns it.
    SitingDialog* openSitingDialog();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PlanDocument& m_document;
    QAction* m_site = nullptr;
    QPointer<SitingDialog> m_dialog;
    QPointer<ScenarioOverlay> m_overlay;
};

} // namespace seatplan::ui
