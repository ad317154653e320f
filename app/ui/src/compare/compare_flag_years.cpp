#include "seatplan/ui/compare_flag_years.h"

#include <QStringList>

#include <map>
#include <set>
#include <string>

namespace seatplan::ui {

namespace {

    /// "2024-2027, 2030": consecutive years as one run.
    QString yearRuns(const std::set<int>& years)
    {
        QStringList runs;
        for (auto it = years.begin(); it != years.end();) {
            const int first = *it;
            int last = first;
            while (++it != years.end() && *it == last + 1)
                last = *it;
            runs << (first == last ? QString::number(first)
                                   : QStringLiteral("%1-%2").arg(first).arg(last));
        }
        return runs.join(QStringLiteral(", "));
    }

} // namespace

QString flagSubjectKey(const std::string& kind, const std::string& id)
{
    return QString::fromStdString(kind + '/' + id);
}

QHash<QString, QString> flagYearsBySubject(
    const core::Results& results, core::Level level, core::Variant variant)
{
    // subject key -> rule -> years
    std::map<QString, std::map<std::string, std::set<int>>> years;
    for (const core::Flag& f : results.flags) {
        if ((f.level && *f.level != level) || (f.variant && *f.variant != variant))
            continue;
        if (f.subjectKind != "school" && f.subjectKind != "catchment")
            continue;
        auto& set = years[flagSubjectKey(f.subjectKind, f.subjectId)][f.ruleId];
        if (f.year)
            set.insert(*f.year);
    }
    QHash<QString, QString> out;
    for (const auto& [key, rules] : years) {
        QStringList parts;
        for (const auto& [rule, set] : rules)
            parts << (set.empty()
                    ? QString::fromStdString(rule) // about the base data
                    : QString::fromStdString(rule) + QLatin1Char(' ') + yearRuns(set));
        out.insert(key, parts.join(QStringLiteral("; ")));
    }
    return out;
}

} // namespace seatplan::ui
