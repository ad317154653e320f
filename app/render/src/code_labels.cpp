#include "seatplan/render/code_labels.h"

#include <QStringList>

#include <array>

namespace seatplan::render {

QString CodeLabels::level(core::Level level)
{
    return level == core::Level::Primary ? tr("Primary") : tr("Junior");
}

QString CodeLabels::schoolType(core::SchoolType type)
{
    switch (type) {
    case core::SchoolType::Primary:
        return tr("Primary");
    case core::SchoolType::Junior:
        return tr("Junior");
    case core::SchoolType::NineYear:
        return tr("Nine-year");
    case core::SchoolType::TwelveYear:
        return tr("Twelve-year");
    case core::SchoolType::TeachingPoint:
        return tr("Teaching point");
    }
    return {};
}

QString CodeLabels::plotStatus(core::PlotStatus status)
{
    switch (status) {
    case core::PlotStatus::Planned:
        return tr("Planned");
    case core::PlotStatus::Acquired:
        return tr("Acquired");
    case core::PlotStatus::Built:
        return tr("Built");
    }
    return {};
}

QString CodeLabels::variant(core::Variant variant)
{
    switch (variant) {
    case core::Variant::Low:
        return tr("Low");
    case core::Variant::Medium:
        return tr("Medium");
    case core::Variant::High:
        return tr("High");
    }
    return {};
}

QString CodeLabels::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString CodeLabels::value(const QString& field, const QString& code)
{
    if (field == QLatin1String("level") || field == QLatin1String("planned_level")) {
        constexpr std::array kTypes { core::SchoolType::Primary, core::SchoolType::Junior,
            core::SchoolType::NineYear, core::SchoolType::TwelveYear,
            core::SchoolType::TeachingPoint };
        for (const core::SchoolType type : kTypes) {
            if (code.toStdString() == core::schoolTypeName(type))
                return schoolType(type);
        }
        return code;
    }
    if (field == QLatin1String("variant")) {
        for (const auto v : { core::Variant::Low, core::Variant::Medium, core::Variant::High }) {
            if (code.toStdString() == core::variantName(v))
                return variant(v);
        }
        return code;
    }
    if (field == QLatin1String("status")) {
        // The spelling of plots.status in the project file (gis project_loader).
        if (code == QLatin1String("planned"))
            return plotStatus(core::PlotStatus::Planned);
        if (code == QLatin1String("acquired"))
            return plotStatus(core::PlotStatus::Acquired);
        if (code == QLatin1String("built"))
            return plotStatus(core::PlotStatus::Built);
        return code;
    }
    static const QStringList flags { QStringLiteral("urban"), QStringLiteral("is_public"),
        QStringLiteral("boarding"), QStringLiteral("resource_room"), QStringLiteral("locked") };
    if (flags.contains(field) && (code == QLatin1String("0") || code == QLatin1String("1")))
        return yesNo(code == QLatin1String("1"));
    return code;
}

} // namespace seatplan::render
