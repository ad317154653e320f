#include "seatplan/ui/scenario_dock.h"

#include "seatplan/gis/scenario_store.h"
#include "seatplan/ui/plan_document.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoView>
#include <QVBoxLayout>

namespace seatplan::ui {

ScenarioDock::ScenarioDock(PlanDocument* document, QWidget* parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_create(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_history(new QUndoView(document->undoStack(), this))
{
    setObjectName(QStringLiteral("scenarioDock"));
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_history->setObjectName(QStringLiteral("undoHistory"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_create, m_duplicate, m_rename, m_delete })
        buttons->addWidget(b);
    layout->addLayout(buttons);
    layout->addWidget(m_history, 2);
    setWidget(body);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_document->setActiveScenario(item->data(Qt::UserRole).toString());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this] { updateButtons(); });
    connect(m_create, &QPushButton::clicked, this, &ScenarioDock::onCreate);
    connect(m_duplicate, &QPushButton::clicked, this, &ScenarioDock::onDuplicate);
    connect(m_rename, &QPushButton::clicked, this, &ScenarioDock::onRename);
    connect(m_delete, &QPushButton::clicked, this, &ScenarioDock::onDelete);
    connect(m_document, &PlanDocument::changed, this, [this](const ChangeEvent& e) {
        if (e.kind == ChangeEvent::Kind::Reset || e.kind == ChangeEvent::Kind::Scenario)
            rebuild();
    });
    connect(m_document, &PlanDocument::failed, this, [this](const QString& message) {
        if (!isVisible())
            return;
        // Not modal: an edit tool may be mid-drag, and tests must not block.
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Scenarios"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    retranslate();
    rebuild();
}

void ScenarioDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QDockWidget::changeEvent(event);
}

void ScenarioDock::retranslate()
{
    setWindowTitle(tr("Scenarios"));
    m_create->setText(tr("New"));
    m_duplicate->setText(tr("Duplicate"));
    m_rename->setText(tr("Rename"));
    m_delete->setText(tr("Delete"));
    m_history->setEmptyLabel(tr("<no edits>"));
}

void ScenarioDock::rebuild()
{
    const QString selected = selectedName();
    const QString active = QString::fromStdString(m_document->scenario().name);
    m_list->clear();
    if (m_document->isOpen()) {
        for (const QString& name : m_document->scenarioNames()) {
            const bool base = name == QLatin1String(gis::kBaseScenario);
            auto* item = new QListWidgetItem(base ? tr("Base (read-only)") : name, m_list);
            item->setData(Qt::UserRole, name);
            QFont font = item->font();
            font.setBold(name == active);
            item->setFont(font);
            if (name == (selected.isEmpty() ? active : selected))
                m_list->setCurrentItem(item);
        }
    }
    updateButtons();
}

void ScenarioDock::updateButtons()
{
    const bool writable = m_document->isOpen() && !m_document->readOnly();
    const QString name = selectedName();
    const bool named = !name.isEmpty() && name != QLatin1String(gis::kBaseScenario);
    m_create->setEnabled(writable);
    m_duplicate->setEnabled(writable && !name.isEmpty());
    m_rename->setEnabled(writable && named);
    m_delete->setEnabled(writable && named);
}

QString ScenarioDock::selectedName() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ScenarioDock::askName(const QString& title, const QString& initial)
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, title, tr("Scenario name:"), QLineEdit::Normal, initial, &ok)
              .trimmed();
    return ok ? name : QString();
}

bool ScenarioDock::createNamed(const QString& name)
{
    if (!m_document->createScenario(name))
        return false;
    m_document->setActiveScenario(name);
    return true;
}

bool ScenarioDock::duplicateAs(const QString& from, const QString& to)
{
    if (!m_document->duplicateScenario(from, to))
        return false;
    m_document->setActiveScenario(to);
    return true;
}

bool ScenarioDock::renameTo(const QString& from, const QString& to)
{
    return m_document->renameScenario(from, to);
}

void ScenarioDock::onCreate()
{
    const QString name = askName(tr("New scenario"), QString());
    if (!name.isEmpty())
        createNamed(name);
}

void ScenarioDock::onDuplicate()
{
    const QString from = selectedName();
    const QString name = askName(tr("Duplicate scenario"), tr("%1 copy").arg(from));
    if (!name.isEmpty())
        duplicateAs(from, name);
}

void ScenarioDock::onRename()
{
    const QString from = selectedName();
    const QString name = askName(tr("Rename scenario"), from);
    if (!name.isEmpty() && name != from)
        renameTo(from, name);
}

void ScenarioDock::onDelete()
{
    const QString name = selectedName();
    if (QMessageBox::question(this, tr("Delete scenario"),
            tr("Delete scenario %1 and its edits? This cannot be undone.").arg(name))
        == QMessageBox::Yes)
        m_document->removeScenario(name);
}

} // namespace seatplan::ui
