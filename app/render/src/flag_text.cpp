#include "seatplan/render/flag_text.h"

#include "seatplan/render/code_labels.h"

#include <QLocale>

namespace seatplan::render {

namespace {

    QString count(double value)
    {
        return QLocale().toString(value, 'f', 0);
    }

    QString percent(double share)
    {
        return QLocale().toString(share * 100.0, 'f', 0);
    }

} // namespace

QString FlagText::ruleName(const std::string& ruleId)
{
    if (ruleId == "school.over_capacity")
        return tr("Over capacity");
    if (ruleId == "school.over_cap")
        return tr("School too large");
    if (ruleId == "class.oversized")
        return tr("Oversized class");
    if (ruleId == "class.large")
        return tr("Large class");
    if (ruleId == "class.above_standard")
        return tr("Class above standard");
    if (ruleId == "school.rural_small")
        return tr("Small rural school");
    if (ruleId == "school.no_resource_room")
        return tr("No resource room");
    if (ruleId == "town.no_boarding_school")
        return tr("No boarding school");
    if (ruleId == "county.few_edu_groups")
        return tr("Few education groups");
    if (ruleId == "catchment.shortfall_no_land")
        return tr("Shortfall without land");
    if (ruleId == "zone.uncovered")
        return tr("Zone not covered");
    if (ruleId == "plot.too_small")
        return tr("Plot too small");
    if (ruleId == "development.no_adequate_plot")
        return tr("No adequate school plot");
    return QString::fromStdString(ruleId);
}

QString FlagText::describe(const core::Flag& flag)
{
    const std::string& rule = flag.ruleId;
    const QString year = flag.year ? QString::number(*flag.year) : QString();
    if (rule == "school.over_capacity")
        return tr("Utilisation above 100% from %1, up to %2%.").arg(year, percent(flag.value));
    if (rule == "school.over_cap")
        return tr("%1 students, above the cap of %2.").arg(count(flag.value), count(flag.limit));
    if (rule == "class.oversized")
        return tr("A class of %1 students (oversized: %2 or more).")
            .arg(count(flag.value), count(flag.limit));
    if (rule == "class.large")
        return tr("A class of %1 students (large: %2 or more).")
            .arg(count(flag.value), count(flag.limit));
    if (rule == "class.above_standard")
        return tr("A class of %1 students, above the standard of %2.")
            .arg(count(flag.value), count(flag.limit));
    if (rule == "school.rural_small")
        return tr("A rural school with only %1 students (fewer than %2).")
            .arg(count(flag.value), count(flag.limit));
    if (rule == "school.no_resource_room")
        return tr("%1 disabled students but no resource room (required from %2).")
            .arg(count(flag.value), count(flag.limit));
    if (rule == "town.no_boarding_school")
        return tr("No public boarding school (at least %1 required).").arg(count(flag.limit));
    if (rule == "county.few_edu_groups")
        return tr("%1 education groups (target %2).").arg(count(flag.value), count(flag.limit));
    if (rule == "catchment.shortfall_no_land")
        return tr("Short of up to %1 seats from %2, and no school land reserved.")
            .arg(count(flag.value), year);
    if (rule == "zone.uncovered")
        return tr("Only %1% in a %2 catchment.")
            .arg(percent(flag.value), flag.level ? CodeLabels::level(*flag.level) : QString());
    if (rule == "plot.too_small")
        return tr("%1 m2; the planned school needs %2 m2.")
            .arg(count(flag.value), count(flag.limit));
    if (rule == "development.no_adequate_plot")
        return tr("Its school plot has %1 m2; it needs %2 m2.")
            .arg(count(flag.value), count(flag.limit));
    return QString::fromStdString(flag.message);
}

} // namespace seatplan::render
