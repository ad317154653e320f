#pragma once

#include "seatplan/gis/vector_layer.h"

#include <QAbstractTableModel>

#include <memory>

namespace seatplan::ui {

/**
 * The attributes of one vector layer as a table: one row per feature, one column per field.
 * Read-only (attribute edits go through undo commands, not here). Qt::DisplayRole shows stored
 * codes in the planner's words (render::CodeLabels: "primary" -> 小学); Qt::EditRole holds the
 * stored value (numbers typed, so they sort as numbers; codes as stored). GUI thread only; the
 * layer is shared and immutable.
 */
class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        FidRole = Qt::UserRole + 1, ///< qint64: the feature id of the row
        SearchRole, ///< QString: the label and the stored code ("小学 primary"), for filtering
    };

    explicit AttributeTableModel(QObject* parent = nullptr);

    /// Shows `layer` (may be null: empty table).
    void setLayer(std::shared_ptr<const gis::VectorLayer> layer);
    const gis::VectorLayer* layer() const { return m_layer.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const gis::VectorLayer> m_layer;
};

} // namespace seatplan::ui
