#include "school_shares_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace seatplan::ui {

namespace {
    /// Step of the share spin boxes (5 percentage points).
    constexpr double kShareStep = 0.05;
} // namespace

SchoolSharesDialog::SchoolSharesDialog(
    const core::Catchment& catchment, const std::vector<core::School>& candidates, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QComboBox(this))
{
    setWindowTitle(tr("Schools of catchment %1").arg(QString::fromStdString(catchment.id)));
    m_table->setHorizontalHeaderLabels({ tr("School"), tr("Share") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (const core::School& s : candidates)
        m_add->addItem(QStringLiteral("%1  %2").arg(
                           QString::fromStdString(s.id), QString::fromStdString(s.name)),
            QString::fromStdString(s.id));
    for (const core::SchoolShare& s : catchment.schools)
        addRow(QString::fromStdString(s.schoolId), s.share);

    auto* add = new QPushButton(tr("Add"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_add->currentIndex() >= 0)
            addRow(m_add->currentData().toString(), 0.0);
    });
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto* addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_add, 1);
    addRowLayout->addWidget(add);
    addRowLayout->addWidget(remove);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Share of the catchment's demand each school takes (all 0 = by capacity)."), this));
    layout->addWidget(m_table);
    layout->addLayout(addRowLayout);
    layout->addWidget(buttons);
    resize(480, 360);
}

void SchoolSharesDialog::addRow(const QString& schoolId, double share)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->text() == schoolId)
            return;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* item = new QTableWidgetItem(schoolId);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, 0, item);
    auto* spin = new QDoubleSpinBox(m_table);
    spin->setRange(0, 1);
    spin->setSingleStep(kShareStep);
    spin->setDecimals(2);
    spin->setValue(share);
    m_table->setCellWidget(row, 1, spin);
}

std::vector<core::SchoolShare> SchoolSharesDialog::shares() const
{
    std::vector<core::SchoolShare> out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out.push_back({ m_table->item(r, 0)->text().toStdString(),
            static_cast<QDoubleSpinBox*>(m_table->cellWidget(r, 1))->value() });
    return out;
}

} // namespace seatplan::ui
