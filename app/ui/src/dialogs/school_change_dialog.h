#pragma once

#include "seatplan/core/scenario.h"

#include <QDialog>

class QSpinBox;

namespace seatplan::ui {

class SchoolTypeCombo;

/**
 * Asks how a school changes from a year on: expand (classes added per stage, negative to
 * remove) or convert (new type and classes per stage). GUI thread only.
 */
class SchoolChangeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Expand, Convert };

    SchoolChangeDialog(Mode mode, const core::School& school, int year, int firstYear, int lastYear,
        QWidget* parent = nullptr);

    /// The expansion as entered (Mode::Expand).
    core::ExpansionEdit expansion() const;
    /// The conversion as entered (Mode::Convert).
    core::ConversionEdit conversion() const;

private:
    std::string m_schoolId;
    QSpinBox* m_year;
    SchoolTypeCombo* m_type = nullptr;
    QSpinBox* m_primary;
    QSpinBox* m_junior;
};

} // namespace seatplan::ui
