#include "import_wizard_fields_page.h"

#include "import_wizard_state.h"
#include "seatplan/ui/field_labels.h"
#include "seatplan/ui/import_wizard.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace seatplan::ui {

namespace {
    constexpr int kFieldColumn = 0;
    constexpr int kSourceColumn = 1;
    constexpr int kExampleColumn = 2;
} // namespace

ImportWizardFieldsPage::ImportWizardFieldsPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("importFields"));
    m_table->setColumnCount(3);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setObjectName(QStringLiteral("importUnmapped"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    retranslate();
}

void ImportWizardFieldsPage::retranslate()
{
    setTitle(tr("Field mapping"));
    setSubTitle(tr("Which column of the file fills each project field. Filled in from the column "
                   "names; change any that are wrong."));
    m_table->setHorizontalHeaderLabels(
        { tr("Project field"), tr("Column in the file"), tr("First value") });
    const QString layer
        = QString::fromStdString(gis::importRoleTarget(m_wizard->state().options.role));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem* field = m_table->item(r, kFieldColumn);
        const QString target = field->data(Qt::UserRole).toString();
        field->setText(QStringLiteral("%1 (%2)").arg(FieldLabels::label(layer, target), target));
        static_cast<QComboBox*>(m_table->cellWidget(r, kSourceColumn))
            ->setItemText(0, tr("(none)"));
    }
    if (m_table->rowCount() > 0)
        updateSummary();
}

void ImportWizardFieldsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardFieldsPage::initializePage()
{
    const ImportWizardState& state = m_wizard->state();
    const QStringList columns = state.sourceColumns();
    const auto rows = state.autoMapping();
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QString& target = rows[r].first;
        auto* field = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(
            FieldLabels::label(
                QString::fromStdString(gis::importRoleTarget(state.options.role)), target),
            target));
        field->setData(Qt::UserRole, target);
        m_table->setItem(r, kFieldColumn, field);
        m_table->setItem(r, kExampleColumn, new QTableWidgetItem);
        auto* combo = new QComboBox(m_table);
        combo->addItem(tr("(none)"), QString());
        for (const QString& c : columns)
            combo->addItem(c, c);
        combo->setCurrentIndex(std::max(0, combo->findData(rows[r].second)));
        m_table->setCellWidget(r, kSourceColumn, combo);
        connect(
            combo, &QComboBox::currentIndexChanged, this, &ImportWizardFieldsPage::updateSummary);
    }
    updateSummary();
}

void ImportWizardFieldsPage::updateSummary()
{
    const ImportWizardState& state = m_wizard->state();
    QStringList empty;
    QSet<QString> used;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto* combo = static_cast<QComboBox*>(m_table->cellWidget(r, kSourceColumn));
        const QString source = combo->currentData().toString();
        QString example;
        if (source.isEmpty()) {
            empty << m_table->item(r, kFieldColumn)->data(Qt::UserRole).toString();
        } else {
            used.insert(source);
            const int index = state.sample->fieldIndex(source.toStdString());
            if (index >= 0 && !state.sample->features.empty())
                example = QString::fromStdString(gis::toText(
                    state.sample->features.front().values[static_cast<std::size_t>(index)]));
        }
        m_table->item(r, kExampleColumn)->setText(example);
    }
    QStringList kept;
    for (const QString& c : state.sourceColumns()) {
        if (!used.contains(c))
            kept << c;
    }
    QString text = empty.isEmpty()
        ? tr("Every project field has a column.")
        : tr("Left empty (no column): %1.").arg(empty.join(QStringLiteral(", ")));
    if (!kept.isEmpty())
        text += QLatin1Char(' ')
            + tr("Columns not mapped, kept under their own names: %1.")
                  .arg(kept.join(QStringLiteral(", ")));
    m_summary->setText(text);
}

bool ImportWizardFieldsPage::validatePage()
{
    ImportWizardState& state = m_wizard->state();
    state.options.fields.clear();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto* combo = static_cast<QComboBox*>(m_table->cellWidget(r, kSourceColumn));
        // "(none)" goes in too (an empty source): it overrides the automatic mapping.
        state.options.fields.push_back(
            { m_table->item(r, kFieldColumn)->data(Qt::UserRole).toString().toStdString(),
                combo->currentData().toString().toStdString() });
    }
    return true;
}

int ImportWizardFieldsPage::nextId() const
{
    return ImportWizard::PreviewPage;
}

} // namespace seatplan::ui
