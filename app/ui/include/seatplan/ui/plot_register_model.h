#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

#include "seatplan/ui/plot_spatial_checks.h"

namespace seatplan::ui {

class PlanDocument;
struct ChangeEvent;

/**
 * The register of reserved education plots for natural-resources staff: one row per plot of
 * the project with its status, area against the land its planned school needs, whether its
 * town has a seat shortfall in the year shown (the shortfall it should serve), the flags
 * core raised about it, and pass/fail with the reasons. Read-only; follows the document.
 * GUI thread only.
 */
class PlotRegisterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        TownColumn,
        StatusColumn,
        AreaColumn,
        NeededColumn,
        ShortfallColumn,
        ResidentsColumn, ///< residents within the service radius
        RestrictedColumn, ///< overlap with land where no school may be built
        ResultColumn,
        ReasonsColumn,
        ColumnCount
    };
    enum Role {
        FidRole = Qt::UserRole + 1, ///< qint64: the plot's feature id
        PassRole, ///< bool: the plot passes every check
    };

    explicit PlotRegisterModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        qint64 fid = -1;
        QString id, name, town, status;
        double area = 0, needed = 0, townShortfall = 0, residents = 0;
        QString restricted;
        bool pass = true;
        QStringList reasons;
    };
    void onChanged(const ChangeEvent& event);
    void rebuild();

    PlanDocument* m_document;
    std::vector<Row> m_rows;
    QHash<QString, PlotSpatialCheck> m_spatial; ///< by plot id; recomputed when layers change
};

} // namespace seatplan::ui
