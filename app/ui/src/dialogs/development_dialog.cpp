#include "development_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace seatplan::ui {

namespace {
    /// Input bounds: larger than any single residential project.
    constexpr double kMaxAreaM2 = 1e8;
    constexpr double kMaxFar = 20.0;
    constexpr double kMaxDwellings = 1e6;

    QDoubleSpinBox* spin(QWidget* parent, double max, int decimals, double value)
    {
        auto* box = new QDoubleSpinBox(parent);
        box->setRange(0, max);
        box->setDecimals(decimals);
        box->setGroupSeparatorShown(true);
        box->setValue(value);
        return box;
    }
} // namespace

DevelopmentDialog::DevelopmentDialog(
    const core::Development& development, int firstYear, int lastYear, QWidget* parent)
    : QDialog(parent)
    , m_development(development)
    , m_name(new QLineEdit(QString::fromStdString(development.name), this))
    , m_siteArea(spin(this, kMaxAreaM2, 0, development.siteAreaM2))
    , m_floorArea(spin(this, kMaxAreaM2, 0, development.floorAreaM2))
    , m_farOld(spin(this, kMaxFar, 2, development.farOld))
    , m_farNew(spin(this, kMaxFar, 2, development.farNew))
    , m_dwellings(spin(this, kMaxDwellings, 0, development.dwellings))
    , m_completion(new QSpinBox(this))
{
    setWindowTitle(tr("Residential project %1").arg(QString::fromStdString(development.id)));
    m_completion->setRange(firstYear, lastYear);
    m_completion->setValue(development.completionYear ? development.completionYear : firstYear);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Site area (m²)"), m_siteArea);
    form->addRow(tr("Residential floor area (m², 0 = site × FAR)"), m_floorArea);
    form->addRow(tr("Floor-area ratio before"), m_farOld);
    form->addRow(tr("Floor-area ratio now (0 = unchanged)"), m_farNew);
    form->addRow(tr("Dwellings (0 = from floor area)"), m_dwellings);
    form->addRow(tr("Completion year"), m_completion);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

core::Development DevelopmentDialog::development() const
{
    core::Development d = m_development;
    d.name = m_name->text().trimmed().toStdString();
    d.siteAreaM2 = m_siteArea->value();
    d.floorAreaM2 = m_floorArea->value();
    d.farOld = m_farOld->value();
    d.farNew = m_farNew->value();
    d.dwellings = m_dwellings->value();
    d.completionYear = m_completion->value();
    return d;
}

} // namespace seatplan::ui
