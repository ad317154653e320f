#include "seatplan/ui/compare_tables.h"

#include "seatplan/render/flag_text.h"
#include "seatplan/ui/compare_flag_years.h"

#include <QStringList>

#include <cmath>
#include <map>
#include <utility>

namespace seatplan::ui {

namespace {
    // Tables show students and percentages to one decimal: the projection is no finer.
    double rounded(double value)
    {
        return std::round(value * 10.0) / 10.0;
    }

    // Flag values are shares as often as counts: two decimals.
    double hundredths(double value)
    {
        return std::round(value * 100.0) / 100.0;
    }

    gis::ExportCell text(const QString& s)
    {
        return s.toStdString();
    }

    QString joined(const std::vector<std::string>& ids)
    {
        QStringList list;
        for (const std::string& id : ids)
            list << QString::fromStdString(id);
        return list.join(QStringLiteral(", "));
    }

    bool sameLevel(const core::Flag& flag, core::Level level)
    {
        return !flag.level || *flag.level == level;
    }
} // namespace

CompareTables CompareTables::build(const core::ScenarioComparison& comparison, core::Level level,
    const QString& labelA, const QString& labelB, const Names& names, bool changedOnly,
    const FlagYears& flagYears)
{
    CompareTables t;
    t.balance.name = tr("Schools and catchments").toStdString();
    t.balance.columns = {
        tr("Subject").toStdString(),
        tr("Id").toStdString(),
        tr("Name").toStdString(),
        tr("Demand (%1)").arg(labelA).toStdString(),
        tr("Demand (%1)").arg(labelB).toStdString(),
        tr("Change in demand").toStdString(),
        tr("Utilisation % (%1)").arg(labelA).toStdString(),
        tr("Utilisation % (%1)").arg(labelB).toStdString(),
        tr("Change in utilisation (points)").toStdString(),
        tr("Shortfall (%1)").arg(labelA).toStdString(),
        tr("Shortfall (%1)").arg(labelB).toStdString(),
        tr("Change in shortfall").toStdString(),
        tr("Flags raised").toStdString(),
        tr("Flags resolved").toStdString(),
        tr("Flags and first years, whole plan (%1)").arg(labelA).toStdString(),
        tr("Flags and first years, whole plan (%1)").arg(labelB).toStdString(),
    };

    // Flags by subject, so each balance row lists the rules raised or resolved for it.
    std::map<std::pair<std::string, std::string>, std::pair<QStringList, QStringList>> bySubject;
    for (const core::FlagChange& f : comparison.flags) {
        if (!sameLevel(f.flag, level))
            continue;
        auto& lists = bySubject[{ f.flag.subjectKind, f.flag.subjectId }];
        (f.added ? lists.first : lists.second) << render::FlagText::ruleName(f.flag.ruleId);
    }

    auto addRows = [&](const std::vector<core::BalanceChange>& rows, const QString& subject,
                       const char* kind, const QHash<QString, QString>& nameOf) {
        for (const core::BalanceChange& r : rows) {
            if (r.level != level)
                continue;
            const QString key = flagSubjectKey(kind, r.id);
            const QString yearsA = flagYears.a.value(key);
            const QString yearsB = flagYears.b.value(key);
            if (changedOnly && !r.changed() && yearsA == yearsB)
                continue;
            const QString id = QString::fromStdString(r.id);
            const auto flags = bySubject.find({ kind, r.id });
            const double utilA = r.utilisationA * 100.0;
            const double utilB = r.utilisationB * 100.0;
            t.balance.rows.push_back({
                text(subject),
                text(id),
                text(nameOf.value(id)),
                rounded(r.demandA),
                rounded(r.demandB),
                rounded(r.demandB - r.demandA),
                rounded(utilA),
                rounded(utilB),
                rounded(utilB - utilA),
                rounded(r.shortfallA),
                rounded(r.shortfallB),
                rounded(r.shortfallB - r.shortfallA),
                text(flags == bySubject.end() ? QString()
                                              : flags->second.first.join(QStringLiteral(", "))),
                text(flags == bySubject.end() ? QString()
                                              : flags->second.second.join(QStringLiteral(", "))),
                text(yearsA),
                text(yearsB),
            });
        }
    };
    addRows(comparison.schools, tr("School"), "school", names.schools);
    addRows(comparison.catchments, tr("Catchment"), "catchment", {});

    t.zones.name = tr("Zones that changed school").toStdString();
    t.zones.columns = { tr("Zone").toStdString(), tr("Name").toStdString(),
        tr("Schools (%1)").arg(labelA).toStdString(),
        tr("Schools (%1)").arg(labelB).toStdString() };
    for (const core::ZoneChange& z : comparison.zones) {
        if (z.level != level)
            continue;
        const QString id = QString::fromStdString(z.zoneId);
        t.zones.rows.push_back({ text(id), text(names.zones.value(id)), text(joined(z.schoolsA)),
            text(joined(z.schoolsB)) });
    }

    t.flags.name = tr("Flags raised or resolved").toStdString();
    t.flags.columns = { tr("Change").toStdString(), tr("Rule").toStdString(),
        tr("Subject").toStdString(), tr("Id").toStdString(), tr("Year").toStdString(),
        tr("Value").toStdString(), tr("Limit").toStdString(), tr("Message").toStdString() };
    for (const core::FlagChange& f : comparison.flags) {
        if (!sameLevel(f.flag, level))
            continue;
        t.flags.rows.push_back({ text(f.added ? tr("Raised") : tr("Resolved")), f.flag.ruleId,
            f.flag.subjectKind, f.flag.subjectId,
            f.flag.year ? gis::ExportCell(static_cast<double>(*f.flag.year)) : gis::ExportCell(),
            hundredths(f.flag.value), hundredths(f.flag.limit),
            render::FlagText::describe(f.flag).toStdString() });
    }
    return t;
}

} // namespace seatplan::ui
