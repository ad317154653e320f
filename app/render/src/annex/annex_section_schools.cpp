// Section 5: schools above the size cap and schools with large classes (ANNEX.md 附表3).
#include "annex_context.h"

#include <set>

namespace seatplan::render::detail {

void addSchoolsSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    const auto& standards = context.inputs.standards;
    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(AnnexHeading {
        context.translate("AnnexSchools", "5. Oversized schools and large classes"), 1 });

    AnnexTable table;
    table.number = context.nextTable();
    table.title = context.translate("AnnexSchools", "Oversized schools and large classes");
    table.units = context.translate("AnnexSchools", "Units: students, classes");
    table.columns = { { context.translate("AnnexSchools", "No."), {}, false, 0, 0.5 },
        { context.translate("AnnexSchools", "School"), {}, false, 0, 2 },
        { context.translate("AnnexSchools", "County"), {}, false, 0, 1 },
        { context.translate("AnnexSchools", "Town"), {}, false, 0, 1 },
        { context.translate("AnnexSchools", "Type"), {}, false, 0, 0.9 },
        { context.translate("AnnexSchools", "Students"), {}, true, 0, 0.8 },
        { context.translate("AnnexSchools", "Classes"), {}, true, 0, 0.6 },
        { context.translate("AnnexSchools", "Mean class"), {}, true, 1, 0.7 },
        { context.translate("AnnexSchools", "Largest class"), {}, true, 0, 0.7 },
        { context.translate("AnnexSchools", "Cap"), {}, true, 0, 0.7 },
        { context.translate("AnnexSchools", "Above cap"), {}, true, 0, 0.7 },
        { context.translate("AnnexSchools", "Finding"), {}, false, 0, 1.2 },
        { context.translate("AnnexSchools", "Resolve by"), {}, false, 0, 0.8 },
        { context.translate("AnnexSchools", "Responsible"), {}, false, 0, 1 } };

    // One row per flagged school, its findings joined.
    std::map<std::string, QStringList> findings;
    std::vector<std::string> order;
    for (const auto& flag : context.results.flags) {
        QString finding;
        if (flag.ruleId == "school.over_cap")
            finding = context.translate("AnnexSchools", "above size cap");
        else if (flag.ruleId == "class.oversized")
            finding = context.translate("AnnexSchools", "oversized class (66+)");
        else if (flag.ruleId == "class.large")
            finding = context.translate("AnnexSchools", "large class (56-65)");
        else
            continue;
        const core::School* school = context.school(flag.subjectId);
        if (!school || !context.includesCounty(school->countyCode))
            continue;
        if (!findings.count(flag.subjectId))
            order.push_back(flag.subjectId);
        findings[flag.subjectId] << finding;
    }
    double students = 0, above = 0;
    std::vector<AnnexRow> rows;
    for (const std::string& id : order) {
        const core::School& school = *context.school(id);
        const double enrolled = school.students[0] + school.students[1];
        const int classes = school.classes[0] + school.classes[1];
        const double cap = standards.schoolCapFor(school.type);
        const double excess = std::max(0.0, enrolled - cap);
        students += rounded(enrolled);
        above += rounded(excess);
        rows.push_back({ AnnexRowKind::Data,
            { txt(QString::number(rows.size() + 1)), txt(school.name),
                txt(context.countyName(school.countyCode)), txt(context.townName(school.townCode)),
                txt(context.schoolTypeName(school.type)), num(enrolled), num(classes),
                num(classes ? enrolled / classes : 0, 1), num(school.maxClassSize), num(cap),
                num(excess), txt(findings[id].join(QStringLiteral("、"))),
                txt(QString::number(standards.targetYear)),
                txt(context.countyName(school.countyCode)
                    + context.translate("AnnexSchools", " education bureau")) } });
    }
    table.rows.push_back({ AnnexRowKind::Total,
        { txt(context.translate("AnnexSchools", "Total")),
            txt(QStringLiteral("%1").arg(rows.size())
                + context.translate("AnnexSchools", " schools")),
            txt(QString()), txt(QString()), txt(QString()), num(students), txt(QString()),
            txt(QString()), txt(QString()), txt(QString()), num(above), txt(QString()),
            txt(QString()), txt(QString()) } });
    for (auto& row : rows)
        table.rows.push_back(std::move(row));
    table.note = context
                     .translate("AnnexSchools",
                         "Note: large classes %1-%2 students, oversized %3 and more; caps %4 "
                         "(primary, junior) and "
                         "%5 (nine-year).")
                     .arg(standards.largeClass)
                     .arg(standards.oversizedClass - 1)
                     .arg(standards.oversizedClass)
                     .arg(standards.schoolCap[0])
                     .arg(standards.nineYearCap);
    blocks.push_back(std::move(table));
}

} // namespace seatplan::render::detail
