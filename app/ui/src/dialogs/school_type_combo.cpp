#include "school_type_combo.h"

namespace seatplan::ui {

SchoolTypeCombo::SchoolTypeCombo(QWidget* parent)
    : QComboBox(parent)
{
    addItem(tr("Primary school"), static_cast<int>(core::SchoolType::Primary));
    addItem(tr("Junior secondary school"), static_cast<int>(core::SchoolType::Junior));
    addItem(tr("Nine-year school"), static_cast<int>(core::SchoolType::NineYear));
    addItem(tr("Twelve-year school"), static_cast<int>(core::SchoolType::TwelveYear));
    addItem(tr("Teaching point"), static_cast<int>(core::SchoolType::TeachingPoint));
}

core::SchoolType SchoolTypeCombo::type() const
{
    return static_cast<core::SchoolType>(currentData().toInt());
}

void SchoolTypeCombo::setType(core::SchoolType type)
{
    setCurrentIndex(findData(static_cast<int>(type)));
}

} // namespace seatplan::ui
