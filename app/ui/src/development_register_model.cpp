#include "seatplan/ui/development_register_model.h"

#include "seatplan/ui/plan_document.h"

#include <QColor>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace seatplan::ui {

DevelopmentRegisterModel::DevelopmentRegisterModel(PlanDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::changed, this, &DevelopmentRegisterModel::onChanged);
    rebuild();
}

void DevelopmentRegisterModel::onChanged(const ChangeEvent& event)
{
    if (event.kind == ChangeEvent::Kind::Reset || event.kind == ChangeEvent::Kind::Results)
        rebuild();
}

void DevelopmentRegisterModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const MapLayer* developments = m_document->findLayer(QStringLiteral("developments"));
    if (developments && developments->data) {
        const gis::VectorLayer& v = developments->data->layer();
        QSet<QString> plotIds;
        if (const MapLayer* plots = m_document->findLayer(QStringLiteral("plots"));
            plots && plots->data) {
            const gis::VectorLayer& p = plots->data->layer();
            for (std::size_t i = 0; i < p.features.size(); ++i)
                plotIds.insert(QString::fromStdString(gis::toText(p.value(i, "id"))));
        }
        QHash<QString, const core::DevelopmentResult*> results;
        if (const auto& r = m_document->results())
            for (const core::DevelopmentResult& d : r->developments)
                results.insert(QString::fromStdString(d.developmentId), &d);
        const QLocale locale;
        for (std::size_t i = 0; i < v.features.size(); ++i) {
            Row row;
            row.fid = v.features[i].fid;
            row.id = QString::fromStdString(gis::toText(v.value(i, "id")));
            row.name = QString::fromStdString(gis::toText(v.value(i, "name")));
            row.plot = QString::fromStdString(gis::toText(v.value(i, "school_plot_id")));
            row.dwellings = gis::toDouble(v.value(i, "dwellings")).value_or(0);
            if (const auto* d = results.value(row.id, nullptr)) {
                row.dwellings = d->dwellings;
                row.primarySeats = d->seats[static_cast<std::size_t>(core::Level::Primary)];
                row.juniorSeats = d->seats[static_cast<std::size_t>(core::Level::Junior)];
                row.plotArea = d->plotAreaM2;
                for (const double land : d->landNeededM2)
                    row.needed += land;
                if (!row.plot.isEmpty() && plotIds.contains(row.plot) && !d->plotAdequate
                    && row.needed > 0) {
                    row.pass = false;
                    row.reasons << tr("its plot has %1 m², its seats need %2 m²")
                                       .arg(locale.toString(row.plotArea, 'f', 0),
                                           locale.toString(row.needed, 'f', 0));
                }
            }
            if (row.plot.isEmpty()) {
                row.pass = false;
                row.reasons << tr("no reserved school plot");
            } else if (!plotIds.contains(row.plot)) {
                row.pass = false;
                row.reasons << tr("its school plot %1 is not in the plots layer").arg(row.plot);
            }
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

int DevelopmentRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DevelopmentRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DevelopmentRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == FidRole)
        return QVariant::fromValue<qint64>(row.fid);
    if (role == PassRole)
        return row.pass;
    if (role == Qt::ForegroundRole && index.column() == ResultColumn)
        return row.pass ? QColor(0x1a, 0x98, 0x50) : QColor(0xc0, 0x00, 0x00);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QLocale locale;
    const bool edit = role == Qt::EditRole;
    const auto number
        = [&](double v) { return edit ? QVariant(v) : QVariant(locale.toString(v, 'f', 0)); };
    switch (index.column()) {
    case IdColumn:
        return row.id;
    case NameColumn:
        return row.name;
    case DwellingsColumn:
        return number(row.dwellings);
    case PrimarySeatsColumn:
        return number(row.primarySeats);
    case JuniorSeatsColumn:
        return number(row.juniorSeats);
    case PlotColumn:
        return row.plot;
    case PlotAreaColumn:
        return number(row.plotArea);
    case NeededColumn:
        return number(row.needed);
    case ResultColumn:
        return row.pass ? tr("pass") : tr("fail");
    case ReasonsColumn:
        return row.reasons.join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant DevelopmentRegisterModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Project");
    case DwellingsColumn:
        return tr("Dwellings");
    case PrimarySeatsColumn:
        return tr("Primary seats needed");
    case JuniorSeatsColumn:
        return tr("Junior seats needed");
    case PlotColumn:
        return tr("School plot");
    case PlotAreaColumn:
        return tr("Plot area (m²)");
    case NeededColumn:
        return tr("Land needed (m²)");
    case ResultColumn:
        return tr("Check");
    case ReasonsColumn:
        return tr("Reasons");
    default:
        return {};
    }
}

} // namespace seatplan::ui
