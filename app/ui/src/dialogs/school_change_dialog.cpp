#include "school_change_dialog.h"

#include "school_type_combo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace seatplan::ui {

namespace {
    /// Bound of the class spin boxes (well above the 2500-student cap).
    constexpr int kMaxClasses = 80;
} // namespace

SchoolChangeDialog::SchoolChangeDialog(
    Mode mode, const core::School& school, int year, int firstYear, int lastYear, QWidget* parent)
    : QDialog(parent)
    , m_schoolId(school.id)
    , m_year(new QSpinBox(this))
    , m_primary(new QSpinBox(this))
    , m_junior(new QSpinBox(this))
{
    const QString name = QString::fromStdString(school.name.empty() ? school.id : school.name);
    setWindowTitle(mode == Mode::Expand ? tr("Expand %1").arg(name) : tr("Convert %1").arg(name));
    m_year->setRange(firstYear, lastYear);
    m_year->setValue(year);
    auto* form = new QFormLayout(this);
    form->addRow(tr("From school year"), m_year);
    if (mode == Mode::Convert) {
        m_type = new SchoolTypeCombo(this);
        m_type->setType(school.type == core::SchoolType::NineYear ? core::SchoolType::Primary
                                                                  : core::SchoolType::NineYear);
        form->addRow(tr("New type"), m_type);
        for (QSpinBox* box : { m_primary, m_junior })
            box->setRange(0, kMaxClasses);
        m_primary->setValue(school.classes[0]);
        m_junior->setValue(school.classes[1]);
        form->addRow(tr("Primary classes after"), m_primary);
        form->addRow(tr("Junior classes after"), m_junior);
    } else {
        for (QSpinBox* box : { m_primary, m_junior })
            box->setRange(-kMaxClasses, kMaxClasses);
        form->addRow(tr("Primary classes added"), m_primary);
        form->addRow(tr("Junior classes added"), m_junior);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

core::ExpansionEdit SchoolChangeDialog::expansion() const
{
    return { m_schoolId, m_year->value(), { m_primary->value(), m_junior->value() } };
}

core::ConversionEdit SchoolChangeDialog::conversion() const
{
    return { m_schoolId, m_year->value(), m_type ? m_type->type() : core::SchoolType::NineYear,
        { m_primary->value(), m_junior->value() } };
}

} // namespace seatplan::ui
