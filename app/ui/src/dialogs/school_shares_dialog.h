#pragma once

#include "seatplan/core/planning_inputs.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QTableWidget;

namespace seatplan::ui {

/**
 * 多校划片: edits which schools serve one catchment and with what share of its demand
 * (0-1 each; all 0 = in proportion to capacity). `candidates` are the schools that may be
 * added (those teaching the catchment's level). GUI thread only.
 */
class SchoolSharesDialog : public QDialog {
    Q_OBJECT
public:
    SchoolSharesDialog(const core::Catchment& catchment,
        const std::vector<core::School>& candidates, QWidget* parent = nullptr);

    /// The schools and shares as entered.
    std::vector<core::SchoolShare> shares() const;

private:
    void addRow(const QString& schoolId, double share);

    QTableWidget* m_table;
    QComboBox* m_add;
};

} // namespace seatplan::ui
