#pragma once

#include "seatplan/core/scenario.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace seatplan::ui {

/// Asks for a reserved plot's status (planned, acquired, built) and a note. GUI thread only.
class PlotStatusDialog : public QDialog {
    Q_OBJECT
public:
    PlotStatusDialog(const core::Plot& plot, QWidget* parent = nullptr);

    core::PlotStatusEdit edit() const;

private:
    std::string m_plotId;
    QComboBox* m_status;
    QLineEdit* m_note;
};

} // namespace seatplan::ui
