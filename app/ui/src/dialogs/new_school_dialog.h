#pragma once

#include "seatplan/core/planning_inputs.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace seatplan::ui {

class SchoolTypeCombo;

/// Asks for a new school's name, type, classes per stage and opening year, starting from
/// `proposal` (its id, town and county are kept). GUI thread only.
class NewSchoolDialog : public QDialog {
    Q_OBJECT
public:
    NewSchoolDialog(
        const core::School& proposal, int firstYear, int lastYear, QWidget* parent = nullptr);

    /// The school as entered.
    core::School school() const;

private:
    core::School m_proposal;
    QLineEdit* m_name;
    SchoolTypeCombo* m_type;
    QSpinBox* m_primary;
    QSpinBox* m_junior;
    QSpinBox* m_opening;
    QCheckBox* m_public;
};

} // namespace seatplan::ui
