#include "seatplan/ui/siting_site_model.h"

#include "seatplan/render/siting_text.h"

#include <cmath>

namespace seatplan::ui {

SitingSiteModel::SitingSiteModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SitingSiteModel::setRun(std::shared_ptr<const render::SitingRun> run)
{
    beginResetModel();
    m_run = std::move(run);
    endResetModel();
}

int SitingSiteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_run ? 0 : static_cast<int>(m_run->explanations.size());
}

int SitingSiteModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SitingSiteModel::data(const QModelIndex& index, int role) const
{
    if (!m_run || !index.isValid() || index.row() >= rowCount())
        return {};
    const core::SiteExplanation& site = m_run->explanations[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Classes || index.column() == Seats || index.column() == NewlyWithin
                || index.column() == ShortfallClosed
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto facility
        = m_run->setup.problem.existing.size() + static_cast<std::size_t>(site.candidate);
    switch (index.column()) {
    case Plot:
        return QString::fromStdString(site.siteId);
    case Name:
        return QString::fromStdString(m_run->setup.facilityNames[facility]);
    case Classes:
        return site.classes;
    case Seats:
        return static_cast<qlonglong>(std::llround(site.seatsAdded));
    case NewlyWithin:
        return static_cast<qlonglong>(std::llround(site.childrenNewlyWithinRadius));
    case ShortfallClosed:
        return static_cast<qlonglong>(std::llround(site.shortfallClosed));
    case Why:
        return render::SitingText::reason(site, m_run->setup.problem.serviceRadius);
    default:
        return {};
    }
}

QVariant SitingSiteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Plot:
        return tr("Plot");
    case Name:
        return tr("Name");
    case Classes:
        return tr("Classes");
    case Seats:
        return tr("Seats added");
    case NewlyWithin:
        return tr("Newly within walking distance");
    case ShortfallClosed:
        return tr("Shortfall closed");
    case Why:
        return tr("Why this plot");
    default:
        return {};
    }
}

} // namespace seatplan::ui
