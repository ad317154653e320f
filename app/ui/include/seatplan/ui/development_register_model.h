#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace seatplan::ui {

class PlanDocument;
struct ChangeEvent;

/**
 * The residential projects beside the plot register: for each development, the seats it
 * generates (core::DevelopmentResult: residents x 千人指标 / 1000, by level), its reserved school
 * plot, whether that plot exists in the plots layer and has the land the seats need, and
 * pass/fail with the reasons. Follows the document's results. GUI thread only.
 */
class DevelopmentRegisterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        DwellingsColumn,
        PrimarySeatsColumn,
        JuniorSeatsColumn,
        PlotColumn,
        PlotAreaColumn,
        NeededColumn,
        ResultColumn,
        ReasonsColumn,
        ColumnCount
    };
    enum Role {
        FidRole = Qt::UserRole + 1, ///< qint64: the development's feature id
        PassRole, ///< bool
    };

    explicit DevelopmentRegisterModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        qint64 fid = -1;
        QString id, name, plot;
        double dwellings = 0, primarySeats = 0, juniorSeats = 0, plotArea = 0, needed = 0;
        bool pass = true;
        QStringList reasons;
    };
    void onChanged(const ChangeEvent& event);
    void rebuild();

    PlanDocument* m_document;
    std::vector<Row> m_rows;
};

} // namespace seatplan::ui
