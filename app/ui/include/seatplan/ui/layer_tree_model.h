#pragma once

#include <QAbstractListModel>

namespace seatplan::ui {

class PlanDocument;
struct ChangeEvent;

/**
 * The layers of a PlanDocument as a list, top of the map first (as in QGIS): the translated
 * name, a visibility check box and the opacity. setData() pushes undo commands; document
 * changes come back as the narrowest dataChanged(). GUI thread only.
 */
class LayerTreeModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        LayerIdRole = Qt::UserRole + 1, ///< QString: the layer id
        OpacityRole, ///< double 0-1 (editable)
    };

    explicit LayerTreeModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// Returns the document index of `row` (rows are in reverse draw order).
    int layerIndex(int row) const;
    /// Returns the row of the document layer `layerIndex`.
    int rowOf(int layerIndex) const;

    /// Returns the translated display name of a layer id ("schools" -> "学校").
    static QString displayName(const QString& layerId);

private:
    void onChanged(const ChangeEvent& event);
    PlanDocument* m_document;
};

} // namespace seatplan::ui
