#pragma once

#include "seatplan/core/levels.h"

#include <QComboBox>

namespace seatplan::ui {

/// A combo box of the school types (小学, 初级中学, 九年一贯制, ...). GUI thread only.
class SchoolTypeCombo : public QComboBox {
    Q_OBJECT
public:
    explicit SchoolTypeCombo(QWidget* parent = nullptr);

    core::SchoolType type() const;
    void setType(core::SchoolType type);
};

} // namespace seatplan::ui
