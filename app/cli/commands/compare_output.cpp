#include "compare_output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace seatplan::cli {

namespace {

    QString qs(std::string_view text)
    {
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }

    QString number(double value, int decimals)
    {
        return decimals < 0 ? QString::number(value, 'g', 17)
                            : QString::number(value, 'f', decimals);
    }

    std::vector<const core::BalanceChange*> rows(
        const std::vector<core::BalanceChange>& all, bool changedOnly)
    {
        std::vector<const core::BalanceChange*> out;
        for (const core::BalanceChange& row : all)
            if (!changedOnly || row.changed())
                out.push_back(&row);
        return out;
    }

    QString zoneNote(const core::ZoneChange& zone)
    {
        const auto join = [](const std::vector<std::string>& ids) {
            QStringList list;
            for (const std::string& id : ids)
                list << QString::fromStdString(id);
            return list.isEmpty() ? QStringLiteral("-") : list.join(QLatin1Char('+'));
        };
        return join(zone.schoolsA) + QStringLiteral(" -> ") + join(zone.schoolsB);
    }

    QString flagSubject(const core::Flag& flag)
    {
        return QString::fromStdString(flag.subjectKind + ":" + flag.subjectId);
    }

    QString csvField(QString text)
    {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
            || text.contains(QLatin1Char('\n')))
            return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"');
        return text;
    }

    QByteArray table(const core::ScenarioComparison& c, bool changedOnly)
    {
        QStringList lines;
        lines << QStringLiteral("%1 -> %2").arg(qs(c.scenarioA), qs(c.scenarioB));
        for (const auto& [title, all] :
            { std::pair { QCoreApplication::translate("CompareCommand", "Schools"), &c.schools },
                std::pair { QCoreApplication::translate("CompareCommand", "Catchments"),
                    &c.catchments } }) {
            lines << QString() << title;
            lines << QStringLiteral("id\tlevel\tvariant\tyear\tdemand A\tdemand B\tchange\t"
                                    "utilisation A\tutilisation B\tshortfall A\tshortfall B");
            for (const core::BalanceChange* r : rows(*all, changedOnly))
                lines << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\t%10\t%11")
                             .arg(qs(r->id), qs(core::levelName(r->level)),
                                 qs(core::variantName(r->variant)))
                             .arg(r->year)
                             .arg(number(r->demandA, 1), number(r->demandB, 1),
                                 number(r->demandB - r->demandA, 1),
                                 number(r->utilisationA * 100, 1) + QLatin1Char('%'),
                                 number(r->utilisationB * 100, 1) + QLatin1Char('%'),
                                 number(r->shortfallA, 1), number(r->shortfallB, 1));
        }
        lines << QString() << QCoreApplication::translate("CompareCommand", "Flags");
        for (const core::FlagChange& f : c.flags)
            lines << QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(f.added ? QCoreApplication::translate("CompareCommand", "added")
                                      : QCoreApplication::translate("CompareCommand", "resolved"),
                             qs(f.flag.ruleId), flagSubject(f.flag),
                             f.flag.year ? QString::number(*f.flag.year) : QStringLiteral("-"));
        lines << QString()
              << QCoreApplication::translate("CompareCommand", "Zones that changed school");
        for (const core::ZoneChange& z : c.zones)
            lines << QStringLiteral("%1\t%2\t%3")
                         .arg(qs(z.zoneId), qs(core::levelName(z.level)), zoneNote(z));
        return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    }

    QByteArray csv(const core::ScenarioComparison& c, bool changedOnly)
    {
        QStringList lines { QStringLiteral(
            "kind,id,level,variant,year,demand_a,demand_b,demand_change,utilisation_a,"
            "utilisation_b,capacity_a,capacity_b,shortfall_a,shortfall_b,note") };
        for (const auto& [kind, all] : { std::pair { QStringLiteral("school"), &c.schools },
                 std::pair { QStringLiteral("catchment"), &c.catchments } })
            for (const core::BalanceChange* r : rows(*all, changedOnly)) {
                QStringList f { kind, csvField(qs(r->id)), qs(core::levelName(r->level)),
                    qs(core::variantName(r->variant)), QString::number(r->year) };
                for (double v :
                    { r->demandA, r->demandB, r->demandB - r->demandA, r->utilisationA,
                        r->utilisationB, r->capacityA, r->capacityB, r->shortfallA, r->shortfallB })
                    f << number(v, -1);
                f << QString();
                lines << f.join(QLatin1Char(','));
            }
        for (const core::FlagChange& flag : c.flags)
            lines << QStringLiteral("%1,%2,%3,%4,%5,,,,,,,,,,%6")
                         .arg(flag.added ? QStringLiteral("flag_added")
                                         : QStringLiteral("flag_resolved"),
                             csvField(flagSubject(flag.flag)),
                             flag.flag.level ? qs(core::levelName(*flag.flag.level)) : QString(),
                             flag.flag.variant ? qs(core::variantName(*flag.flag.variant))
                                               : QString(),
                             flag.flag.year ? QString::number(*flag.flag.year) : QString(),
                             csvField(qs(flag.flag.ruleId)));
        for (const core::ZoneChange& z : c.zones)
            lines << QStringLiteral("zone,%1,%2,,,,,,,,,,,,%3")
                         .arg(csvField(qs(z.zoneId)), qs(core::levelName(z.level)),
                             csvField(zoneNote(z)));
        return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    }

    QJsonArray jsonRows(const std::vector<core::BalanceChange>& all, bool changedOnly)
    {
        QJsonArray out;
        for (const core::BalanceChange* r : rows(all, changedOnly))
            out.append(
                QJsonObject { { "id", qs(r->id) }, { "level", qs(core::levelName(r->level)) },
                    { "variant", qs(core::variantName(r->variant)) }, { "year", r->year },
                    { "present_a", r->presentA }, { "present_b", r->presentB },
                    { "demand_a", r->demandA }, { "demand_b", r->demandB },
                    { "capacity_a", r->capacityA }, { "capacity_b", r->capacityB },
                    { "utilisation_a", r->utilisationA }, { "utilisation_b", r->utilisationB },
                    { "shortfall_a", r->shortfallA }, { "shortfall_b", r->shortfallB } });
        return out;
    }

    QByteArray json(const core::ScenarioComparison& c, bool changedOnly)
    {
        QJsonArray flags;
        for (const core::FlagChange& f : c.flags)
            flags.append(QJsonObject { { "change", f.added ? "added" : "resolved" },
                { "rule", qs(f.flag.ruleId) }, { "subject_kind", qs(f.flag.subjectKind) },
                { "subject_id", qs(f.flag.subjectId) },
                { "year", f.flag.year ? QJsonValue(*f.flag.year) : QJsonValue() },
                { "message", qs(f.flag.message) } });
        QJsonArray zones;
        for (const core::ZoneChange& z : c.zones) {
            QJsonArray a, b;
            for (const std::string& id : z.schoolsA)
                a.append(qs(id));
            for (const std::string& id : z.schoolsB)
                b.append(qs(id));
            zones.append(QJsonObject { { "zone_id", qs(z.zoneId) },
                { "level", qs(core::levelName(z.level)) }, { "schools_a", a },
                { "schools_b", b } });
        }
        const QJsonObject root { { "scenario_a", qs(c.scenarioA) },
            { "scenario_b", qs(c.scenarioB) }, { "schools", jsonRows(c.schools, changedOnly) },
            { "catchments", jsonRows(c.catchments, changedOnly) }, { "flags", flags },
            { "zones", zones } };
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

} // namespace

QByteArray formatComparison(
    const core::ScenarioComparison& comparison, CompareFormat format, bool changedOnly)
{
    switch (format) {
    case CompareFormat::Table:
        return table(comparison, changedOnly);
    case CompareFormat::Csv:
        return csv(comparison, changedOnly);
    case CompareFormat::Json:
        break;
    }
    return json(comparison, changedOnly);
}

} // namespace seatplan::cli
