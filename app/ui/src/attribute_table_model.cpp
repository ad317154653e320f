#include "seatplan/ui/attribute_table_model.h"

#include "seatplan/render/code_labels.h"
#include "seatplan/ui/field_labels.h"

namespace seatplan::ui {

AttributeTableModel::AttributeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AttributeTableModel::setLayer(std::shared_ptr<const gis::VectorLayer> layer)
{
    beginResetModel();
    m_layer = std::move(layer);
    endResetModel();
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_layer ? 0 : static_cast<int>(m_layer->features.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_layer ? 0 : static_cast<int>(m_layer->fields.size());
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const gis::Feature& feature = m_layer->features[static_cast<std::size_t>(index.row())];
    if (role == FidRole)
        return QVariant::fromValue<qint64>(feature.fid);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SearchRole)
        return {};
    const auto column = static_cast<std::size_t>(index.column());
    const gis::FieldValue& value = feature.values[column];
    if (role == Qt::EditRole) {
        if (const auto* i = std::get_if<std::int64_t>(&value))
            return QVariant::fromValue<qint64>(*i);
        if (const auto* d = std::get_if<double>(&value))
            return *d;
    }
    const QString code = QString::fromStdString(gis::toText(value));
    if (role == Qt::EditRole)
        return code;
    // Stored codes ("primary", "acquired", 1) shown in the planner's words (小学, 已征收, 是).
    const QString label
        = render::CodeLabels::value(QString::fromStdString(m_layer->fields[column].name), code);
    if (role == SearchRole && label != code)
        return label + u' ' + code;
    return label;
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || !m_layer)
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= static_cast<int>(m_layer->fields.size()))
        return {};
    // The planner's label on the header, the stored field name in the tooltip.
    const QString name
        = QString::fromStdString(m_layer->fields[static_cast<std::size_t>(section)].name);
    return role == Qt::ToolTipRole
        ? name
        : FieldLabels::label(QString::fromStdString(m_layer->name), name);
}

} // namespace seatplan::ui
