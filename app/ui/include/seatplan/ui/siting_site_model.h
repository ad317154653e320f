#pragma once

#include "seatplan/render/siting_run.h"

#include <QAbstractTableModel>

#include <memory>

namespace seatplan::ui {

/**
 * The proposed sites of a siting run as a table: plot, name, classes, seats added, children
 * newly within walking distance, shortfall closed and why this plot (one row per site).
 * Read-only; setRun() replaces everything (model reset). GUI thread.
 */
class SitingSiteModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Plot, Name, Classes, Seats, NewlyWithin, ShortfallClosed, Why, ColumnCount };

    explicit SitingSiteModel(QObject* parent = nullptr);

    /// Shows the sites of `run` (null = none).
    void setRun(std::shared_ptr<const render::SitingRun> run);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const render::SitingRun> m_run;
};

} // namespace seatplan::ui
