#include "seatplan/ui/tools_menu.h"

#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/scenario_overlay.h"
#include "seatplan/ui/siting_dialog.h"

#include <QEvent>

namespace seatplan::ui {

ToolsMenu::ToolsMenu(PlanDocument& document, QWidget* parent, ScenarioOverlay* overlay)
    : QMenu(parent)
    , m_document(document)
    , m_overlay(overlay)
{
    setObjectName(QStringLiteral("toolsMenu"));
    m_site = addAction(QString(), this, [this] { openSitingDialog(); });
    m_site->setObjectName(QStringLiteral("siteSchoolsAction"));
    connect(&m_document, &PlanDocument::changed, this,
        [this] { m_site->setEnabled(m_document.isOpen()); });
    m_site->setEnabled(m_document.isOpen());
    retranslate();
}

SitingDialog* ToolsMenu::openSitingDialog()
{
    if (!m_dialog) {
        m_dialog = new SitingDialog(m_document, parentWidget());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        m_dialog->setOverlay(m_overlay);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void ToolsMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ToolsMenu::retranslate()
{
    setTitle(tr("&Tools"));
    m_site->setText(tr("&Site schools..."));
}

} // namespace seatplan::ui
