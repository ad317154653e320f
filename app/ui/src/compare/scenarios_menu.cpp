#include "seatplan/ui/scenarios_menu.h"

#include "seatplan/ui/compare_dialog.h"
#include "seatplan/ui/plan_document.h"

#include <QEvent>

namespace seatplan::ui {

ScenariosMenu::ScenariosMenu(PlanDocument& document, QWidget* parent)
    : QMenu(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("scenariosMenu"));
    m_compare = addAction(QString(), this, [this] { openCompareDialog(); });
    m_compare->setObjectName(QStringLiteral("compareScenariosAction"));
    connect(&m_document, &PlanDocument::changed, this,
        [this] { m_compare->setEnabled(m_document.isOpen()); });
    m_compare->setEnabled(m_document.isOpen());
    retranslate();
}

CompareDialog* ScenariosMenu::openCompareDialog()
{
    if (!m_dialog)
        m_dialog = new CompareDialog(m_document, parentWidget());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void ScenariosMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ScenariosMenu::retranslate()
{
    setTitle(tr("Sce&narios"));
    m_compare->setText(tr("&Compare scenarios..."));
}

} // namespace seatplan::ui
