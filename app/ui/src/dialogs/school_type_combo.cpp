#include "school_type_combo.h"

#include "seatplan/render/code_labels.h"

namespace seatplan::ui {

SchoolTypeCombo::SchoolTypeCombo(QWidget* parent)
    : QComboBox(parent)
{
    for (const auto type :
        { core::SchoolType::Primary, core::SchoolType::Junior, core::SchoolType::NineYear,
            core::SchoolType::TwelveYear, core::SchoolType::TeachingPoint })
        addItem(render::CodeLabels::schoolType(type), static_cast<int>(type));
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
