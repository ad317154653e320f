#include "new_school_dialog.h"

#include "school_type_combo.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace seatplan::ui {

namespace {
    /// Upper bound of the class spin boxes (well above the 2500-student cap).
    constexpr int kMaxClasses = 80;
} // namespace

NewSchoolDialog::NewSchoolDialog(
    const core::School& proposal, int firstYear, int lastYear, QWidget* parent)
    : QDialog(parent)
    , m_proposal(proposal)
    , m_name(new QLineEdit(QString::fromStdString(proposal.name), this))
    , m_type(new SchoolTypeCombo(this))
    , m_primary(new QSpinBox(this))
    , m_junior(new QSpinBox(this))
    , m_opening(new QSpinBox(this))
    , m_public(new QCheckBox(tr("Public school"), this))
{
    setWindowTitle(tr("New school"));
    m_type->setType(proposal.type);
    for (QSpinBox* box : { m_primary, m_junior })
        box->setRange(0, kMaxClasses);
    m_primary->setValue(proposal.classes[0]);
    m_junior->setValue(proposal.classes[1]);
    m_opening->setRange(firstYear, lastYear);
    m_opening->setValue(proposal.openingYear.value_or(firstYear));
    m_public->setChecked(proposal.isPublic);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Primary classes"), m_primary);
    form->addRow(tr("Junior classes"), m_junior);
    form->addRow(tr("Opening year"), m_opening);
    form->addRow(QString(), m_public);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

core::School NewSchoolDialog::school() const
{
    core::School s = m_proposal;
    s.name = m_name->text().trimmed().toStdString();
    s.type = m_type->type();
    s.classes = { m_primary->value(), m_junior->value() };
    s.openingYear = m_opening->value();
    s.isPublic = m_public->isChecked();
    return s;
}

} // namespace seatplan::ui
