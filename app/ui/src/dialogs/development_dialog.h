#pragma once

#include "seatplan/core/planning_inputs.h"

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace seatplan::ui {

/// Asks for a residential project's name, floor area, floor-area ratios, dwellings and
/// completion year, starting from `development` (id, town and zone kept). GUI thread only.
class DevelopmentDialog : public QDialog {
    Q_OBJECT
public:
    DevelopmentDialog(const core::Development& development, int firstYear, int lastYear,
        QWidget* parent = nullptr);

    core::Development development() const;

private:
    core::Development m_development;
    QLineEdit* m_name;
    QDoubleSpinBox* m_siteArea;
    QDoubleSpinBox* m_floorArea;
    QDoubleSpinBox* m_farOld;
    QDoubleSpinBox* m_farNew;
    QDoubleSpinBox* m_dwellings;
    QSpinBox* m_completion;
};

} // namespace seatplan::ui
