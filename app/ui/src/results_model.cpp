#include "seatplan/ui/results_model.h"

#include "seatplan/ui/plan_document.h"

#include <QLocale>

namespace seatplan::ui {

ResultsModel::ResultsModel(PlanDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::changed, this, &ResultsModel::onChanged);
    rebuild();
}

void ResultsModel::setScope(core::Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    rebuild();
}

void ResultsModel::onChanged(const ChangeEvent& event)
{
    if (event.kind == ChangeEvent::Kind::Reset || event.kind == ChangeEvent::Kind::Period
        || event.kind == ChangeEvent::Kind::Results)
        rebuild();
}

void ResultsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_names.clear();
    const char* layerName = m_scope == core::Scope::School
        ? "schools"
        : (m_scope == core::Scope::Town ? "towns"
                                        : (m_scope == core::Scope::County ? "counties" : nullptr));
    if (layerName) {
        if (const MapLayer* layer = m_document->findLayer(QLatin1String(layerName));
            layer && layer->data) {
            const gis::VectorLayer& v = layer->data->layer();
            const int id = v.fieldIndex(m_scope == core::Scope::School ? "id" : "code");
            const int name = v.fieldIndex("name");
            if (id >= 0 && name >= 0)
                for (const gis::Feature& f : v.features)
                    m_names.insert(
                        QString::fromStdString(gis::toText(f.values[static_cast<std::size_t>(id)])),
                        QString::fromStdString(
                            gis::toText(f.values[static_cast<std::size_t>(name)])));
        }
    }
    if (const auto& results = m_document->results()) {
        const std::vector<core::BalanceRow>* rows = nullptr;
        switch (m_scope) {
        case core::Scope::School:
            rows = &results->schools;
            break;
        case core::Scope::Catchment:
            rows = &results->catchments;
            break;
        case core::Scope::Town:
            rows = &results->towns;
            break;
        case core::Scope::County:
            rows = &results->counties;
            break;
        }
        for (const core::BalanceRow& row : *rows)
            if (row.year == m_document->year() && row.level == m_document->level()
                && row.variant == m_document->variant())
                m_rows.push_back(&row);
    }
    endResetModel();
}

int ResultsModel::rowOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (QString::fromStdString(m_rows[i]->id) == id)
            return static_cast<int>(i);
    return -1;
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::BalanceRow& row = *m_rows[static_cast<std::size_t>(index.row())];
    const QString id = QString::fromStdString(row.id);
    if (role == SubjectIdRole)
        return id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= DemandColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    if (role == Qt::ForegroundRole && index.column() == ShortfallColumn && row.shortfall > 0)
        return QColor(0xc0, 0x00, 0x00);
    const int pieces
        = m_scope == core::Scope::Catchment ? m_document->fragmentedCatchments().value(id, 0) : 0;
    if (index.column() == PiecesColumn && pieces > 1) {
        if (role == Qt::ForegroundRole)
            return QColor(0xc0, 0x00, 0x00);
        if (role == Qt::ToolTipRole)
            return tr("The zones of this catchment fall into %1 separate pieces.").arg(pieces);
    }
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit)
        return {};
    const QLocale locale;
    auto number = [&](double v) -> QVariant {
        return edit ? QVariant(v) : QVariant(locale.toString(v, 'f', 0));
    };
    switch (index.column()) {
    case IdColumn:
        return id;
    case NameColumn:
        return m_names.value(id, id);
    case DemandColumn:
        return number(row.demand);
    case CapacityColumn:
        return number(row.capacity);
    case ShortfallColumn:
        return number(row.shortfall);
    case SurplusColumn:
        return number(row.surplus);
    case ShortfallClassesColumn:
        return row.shortfallClasses;
    case UtilisationColumn:
        return edit ? QVariant(row.utilisation)
                    : QVariant(locale.toString(row.utilisation * 100.0, 'f', 0) + QLatin1Char('%'));
    case PiecesColumn: // blank when whole; sorting (EditRole) needs a number in every row
        return edit || pieces > 1 ? QVariant(pieces) : QVariant();
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case DemandColumn:
        return tr("Demand (seats)");
    case CapacityColumn:
        return tr("Capacity (seats)");
    case ShortfallColumn:
        return tr("Shortfall");
    case SurplusColumn:
        return tr("Surplus");
    case ShortfallClassesColumn:
        return tr("Classes short");
    case UtilisationColumn:
        return tr("Utilisation");
    case PiecesColumn:
        return tr("Pieces");
    default:
        return {};
    }
}

} // namespace seatplan::ui
