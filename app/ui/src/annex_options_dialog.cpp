#include "seatplan/ui/annex_options_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace seatplan::ui {

namespace {

    // Years the plan period may span: the census base year to the 2035 horizon of the plans.
    constexpr int kEarliestYear = 2020;
    constexpr int kLatestYear = 2035;

} // namespace

AnnexOptionsDialog::AnnexOptionsDialog(
    const std::vector<std::pair<std::string, QString>>& counties, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Print annex"));
    const render::ProjectAnnexRequest defaults;

    m_language = new QComboBox(this);
    m_language->addItem(tr("Chinese (official annex)"), int(render::Language::Chinese));
    m_language->addItem(tr("English"), int(render::Language::English));

    m_firstYear = new QSpinBox(this);
    m_lastYear = new QSpinBox(this);
    for (QSpinBox* box : { m_firstYear, m_lastYear })
        box->setRange(kEarliestYear, kLatestYear);
    m_firstYear->setValue(defaults.firstYear);
    m_lastYear->setValue(defaults.lastYear);
    // The period never runs backwards.
    connect(m_firstYear, &QSpinBox::valueChanged, m_lastYear, [this](int year) {
        if (m_lastYear->value() < year)
            m_lastYear->setValue(year);
    });
    connect(m_lastYear, &QSpinBox::valueChanged, m_firstYear, [this](int year) {
        if (m_firstYear->value() > year)
            m_firstYear->setValue(year);
    });
    auto* years = new QHBoxLayout;
    years->addWidget(m_firstYear);
    years->addWidget(new QLabel(QStringLiteral("–"), this));
    years->addWidget(m_lastYear);
    years->addStretch();

    m_counties = new QListWidget(this);
    for (const auto& [code, name] : counties) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(name, QString::fromStdString(code)), m_counties);
        item->setData(Qt::UserRole, QString::fromStdString(code));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4 landscape"), int(render::AnnexPaper::A4));
    m_paper->addItem(tr("A3 landscape"), int(render::AnnexPaper::A3));
    m_townMaps = new QCheckBox(tr("Add one map page per town"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Plan period:"), years);
    form->addRow(tr("Counties:"), m_counties);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(QString(), m_townMaps);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Preview..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AnnexPrintOptions AnnexOptionsDialog::options() const
{
    AnnexPrintOptions options;
    options.request.language = static_cast<render::Language>(m_language->currentData().toInt());
    options.request.firstYear = m_firstYear->value();
    options.request.lastYear = m_lastYear->value();
    std::vector<std::string> ticked;
    for (int row = 0; row < m_counties->count(); ++row) {
        const QListWidgetItem* item = m_counties->item(row);
        if (item->checkState() == Qt::Checked)
            ticked.push_back(item->data(Qt::UserRole).toString().toStdString());
    }
    // All ticked, or none, means the whole project (the region's cover, not a county's).
    if (ticked.size() < static_cast<std::size_t>(m_counties->count()))
        options.request.counties = std::move(ticked);
    options.paper = static_cast<render::AnnexPaper>(m_paper->currentData().toInt());
    options.request.townMaps = m_townMaps->isChecked();
    return options;
}

} // namespace seatplan::ui
