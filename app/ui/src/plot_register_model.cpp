#include "seatplan/ui/plot_register_model.h"

#include "seatplan/render/code_labels.h"
#include "seatplan/render/flag_text.h"
#include "seatplan/ui/plan_document.h"

#include <QHash>
#include <QLocale>

namespace seatplan::ui {

PlotRegisterModel::PlotRegisterModel(PlanDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::changed, this, &PlotRegisterModel::onChanged);
    m_spatial = checkPlotsSpatially(*document);
    rebuild();
}

void PlotRegisterModel::onChanged(const ChangeEvent& event)
{
    if (event.kind == ChangeEvent::Kind::Reset || event.kind == ChangeEvent::Kind::Results
        || event.kind == ChangeEvent::Kind::Period) {
        // The spatial checks depend on the layers only, not on the year or the results.
        if (event.kind == ChangeEvent::Kind::Reset)
            m_spatial = checkPlotsSpatially(*m_document);
        rebuild();
    }
}

void PlotRegisterModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const MapLayer* plots = m_document->findLayer(QStringLiteral("plots"));
    if (plots && plots->data) {
        const gis::VectorLayer& v = plots->data->layer();
        auto text = [&v](const gis::Feature& f, const char* field) {
            const int i = v.fieldIndex(field);
            return i < 0
                ? QString()
                : QString::fromStdString(gis::toText(f.values[static_cast<std::size_t>(i)]));
        };
        const auto& results = m_document->results();
        QHash<QString, const core::PlotResult*> plotResults;
        QHash<QString, double> townShortfall;
        if (results) {
            for (const core::PlotResult& p : results->plots)
                plotResults.insert(QString::fromStdString(p.plotId), &p);
            for (const core::BalanceRow& r : results->towns)
                if (r.year == m_document->year() && r.level == m_document->level()
                    && r.variant == m_document->variant())
                    townShortfall.insert(QString::fromStdString(r.id), r.shortfall);
        }
        for (const gis::Feature& f : v.features) {
            Row row;
            row.fid = f.fid;
            row.id = text(f, "id");
            row.name = text(f, "name");
            row.town = text(f, "town_code");
            row.status = text(f, "status");
            if (const auto* p = plotResults.value(row.id, nullptr)) {
                row.area = p->areaM2;
                row.needed = p->landNeededM2;
                if (p->landNeededM2 > 0 && !p->adequate) {
                    row.pass = false;
                    row.reasons << tr("area below the land its school needs");
                }
            }
            if (const auto spatial = m_spatial.constFind(row.id); spatial != m_spatial.cend()) {
                const QLocale locale;
                row.residents = spatial->residentsInRadius;
                row.restricted = spatial->restricted.join(QStringLiteral(", "));
                if (spatial->residentsInRadius <= 0.0) {
                    row.pass = false;
                    row.reasons << tr("no residents within its service radius (%1 m)")
                                       .arg(locale.toString(spatial->serviceRadius, 'f', 0));
                }
                if (!spatial->restricted.isEmpty()) {
                    row.pass = false;
                    row.reasons
                        << tr("overlaps land where no school may be built: %1").arg(row.restricted);
                }
                const core::Standards& standards = m_document->standards();
                if (!spatial->railwayOk) {
                    row.pass = false;
                    row.reasons << tr("closer than %1 m to a railway")
                                       .arg(locale.toString(standards.railwayClearance, 'f', 0));
                }
                if (!spatial->arterialOk) {
                    row.pass = false;
                    row.reasons << tr("closer than %1 m to an expressway or arterial road")
                                       .arg(locale.toString(standards.arterialClearance, 'f', 0));
                }
            }
            row.townShortfall = townShortfall.value(row.town, 0.0);
            if (results && row.townShortfall <= 0.0)
                row.reasons << tr("no seat shortfall in its town in %1").arg(m_document->year());
            if (results)
                for (const core::Flag& flag : results->flags)
                    if (flag.subjectKind == "plot"
                        && QString::fromStdString(flag.subjectId) == row.id
                        && (!flag.year || *flag.year == m_document->year())) {
                        row.pass = false;
                        row.reasons << render::FlagText::describe(flag);
                    }
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

int PlotRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlotRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlotRegisterModel::data(const QModelIndex& index, int role) const
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
    switch (index.column()) {
    case IdColumn:
        return row.id;
    case NameColumn:
        return row.name;
    case TownColumn:
        return row.town;
    case StatusColumn:
        return render::CodeLabels::value(QStringLiteral("status"), row.status);
    case AreaColumn:
        return edit ? QVariant(row.area) : QVariant(locale.toString(row.area, 'f', 0));
    case NeededColumn:
        return edit ? QVariant(row.needed) : QVariant(locale.toString(row.needed, 'f', 0));
    case ShortfallColumn:
        return edit ? QVariant(row.townShortfall)
                    : QVariant(locale.toString(row.townShortfall, 'f', 0));
    case ResidentsColumn:
        return edit ? QVariant(row.residents) : QVariant(locale.toString(row.residents, 'f', 0));
    case RestrictedColumn:
        return row.restricted;
    case ResultColumn:
        return row.pass ? tr("pass") : tr("fail");
    case ReasonsColumn:
        return row.reasons.join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant PlotRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case TownColumn:
        return tr("Town");
    case StatusColumn:
        return tr("Status");
    case AreaColumn:
        return tr("Area (m²)");
    case NeededColumn:
        return tr("Land needed (m²)");
    case ShortfallColumn:
        return tr("Town shortfall (seats)");
    case ResidentsColumn:
        return tr("Residents within service radius");
    case RestrictedColumn:
        return tr("Restricted land overlap");
    case ResultColumn:
        return tr("Check");
    case ReasonsColumn:
        return tr("Reasons");
    default:
        return {};
    }
}

} // namespace seatplan::ui
