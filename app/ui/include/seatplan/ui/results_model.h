#pragma once

#include "seatplan/core/results.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace seatplan::ui {

class PlanDocument;
struct ChangeEvent;

/**
 * Demand against seats for the document's year and level, medium variant, for one scope
 * (schools, catchments, towns or counties): id, name, demand, capacity, shortfall, surplus,
 * shortfall classes, utilisation and, for catchments, the contiguity mark. Follows the document
 * (year slider, results). Read-only. GUI thread only.
 */
class ResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        DemandColumn,
        CapacityColumn,
        ShortfallColumn,
        SurplusColumn,
        ShortfallClassesColumn,
        UtilisationColumn,
        /// Catchments only: the number of disconnected pieces its zones form when more than
        /// one (PlanDocument::fragmentedCatchments()), else empty.
        PiecesColumn,
        ColumnCount
    };
    enum Role {
        SubjectIdRole = Qt::UserRole + 1, ///< QString: school id, catchment id or code
    };

    explicit ResultsModel(PlanDocument* document, QObject* parent = nullptr);

    void setScope(core::Scope scope);
    core::Scope scope() const { return m_scope; }
    /// Returns the row of subject `id`, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void onChanged(const ChangeEvent& event);
    void rebuild();

    PlanDocument* m_document;
    core::Scope m_scope = core::Scope::School;
    std::vector<const core::BalanceRow*> m_rows; ///< into the document's shared results
    QHash<QString, QString> m_names; ///< subject id -> name
};

} // namespace seatplan::ui
