#include "seatplan/ui/layer_tree_model.h"

#include "seatplan/ui/layer_commands.h"
#include "seatplan/ui/plan_document.h"

namespace seatplan::ui {

LayerTreeModel::LayerTreeModel(PlanDocument* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::changed, this, &LayerTreeModel::onChanged);
}

QString LayerTreeModel::displayName(const QString& id)
{
    if (id == QLatin1String("counties"))
        return tr("Counties");
    if (id == QLatin1String("towns"))
        return tr("Towns");
    if (id == QLatin1String("zones"))
        return tr("Demand zones");
    if (id == QLatin1String("schools"))
        return tr("Schools");
    if (id == QLatin1String("catchments"))
        return tr("Catchments");
    if (id == QLatin1String("plots"))
        return tr("Reserved school plots");
    if (id == QLatin1String("developments"))
        return tr("Residential projects");
    if (id == QLatin1String("landuse"))
        return tr("Land use");
    if (id == QLatin1String("roads"))
        return tr("Roads");
    if (id == QLatin1String(kPopulationLayerId))
        return tr("Population (persons per cell)");
    return id;
}

int LayerTreeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_document->layerCount();
}

int LayerTreeModel::layerIndex(int row) const
{
    return m_document->layerCount() - 1 - row;
}

int LayerTreeModel::rowOf(int index) const
{
    return m_document->layerCount() - 1 - index;
}

QVariant LayerTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MapLayer& layer = m_document->layer(layerIndex(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayName(layer.id);
    case Qt::ToolTipRole:
        return layer.data
            ? tr("%1: %n features", nullptr, static_cast<int>(layer.data->layer().features.size()))
                  .arg(layer.id)
            : layer.id;
    case Qt::CheckStateRole:
        return layer.visible ? Qt::Checked : Qt::Unchecked;
    case LayerIdRole:
        return layer.id;
    case OpacityRole:
        return layer.opacity;
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const MapLayer& layer = m_document->layer(layerIndex(index.row()));
    if (role == Qt::CheckStateRole) {
        const bool visible = value.toInt() == Qt::Checked;
        if (visible != layer.visible)
            m_document->undoStack()->push(
                new SetLayerVisibleCommand(m_document, layer.id, visible));
        return true;
    }
    if (role == OpacityRole) {
        m_document->undoStack()->push(
            new SetLayerOpacityCommand(m_document, layer.id, value.toDouble()));
        return true;
    }
    return false;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

void LayerTreeModel::onChanged(const ChangeEvent& event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Reset:
    case ChangeEvent::Kind::LayerOrder:
        beginResetModel();
        endResetModel();
        break;
    case ChangeEvent::Kind::LayerDisplay: {
        const QModelIndex i = index(rowOf(event.layer));
        emit dataChanged(i, i, { Qt::CheckStateRole, OpacityRole });
        break;
    }
    default:
        break;
    }
}

} // namespace seatplan::ui
