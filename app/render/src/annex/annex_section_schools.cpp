// Section 5: schools above the size cap and schools with large classes (ANNEX.md 附表3).
#include "annex_context.h"

#include <set>

namespace seatplan::render::detail {

void addSchoolsSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    const auto& standards = context.inputs.standards;
    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(AnnexHeading {
        context.text("五、超规模学校与大班额", "5. Oversized schools and large classes"), 1 });

    AnnexTable table;
    table.number = context.nextTable();
    table.title
        = context.text("超规模学校和大班额学校明细表", "Oversized schools and large classes");
    table.units = context.text("单位：人、班", "Units: students, classes");
    table.columns = { { context.text("序号", "No."), {}, false, 0, 0.5 },
        { context.text("学校", "School"), {}, false, 0, 2 },
        { context.text("县（市、区）", "County"), {}, false, 0, 1 },
        { context.text("镇（街）", "Town"), {}, false, 0, 1 },
        { context.text("学校\n类型", "Type"), {}, false, 0, 0.9 },
        { context.text("在校生", "Students"), {}, true, 0, 0.8 },
        { context.text("班数", "Classes"), {}, true, 0, 0.6 },
        { context.text("平均\n班额", "Mean class"), {}, true, 1, 0.7 },
        { context.text("最大\n班额", "Largest class"), {}, true, 0, 0.7 },
        { context.text("规模\n上限", "Cap"), {}, true, 0, 0.7 },
        { context.text("超出\n人数", "Above cap"), {}, true, 0, 0.7 },
        { context.text("问题", "Finding"), {}, false, 0, 1.2 },
        { context.text("计划消除\n时间", "Resolve by"), {}, false, 0, 0.8 },
        { context.text("责任单位", "Responsible"), {}, false, 0, 1 } };

    // One row per flagged school, its findings joined.
    std::map<std::string, QStringList> findings;
    std::vector<std::string> order;
    for (const auto& flag : context.results.flags) {
        QString finding;
        if (flag.ruleId == "school.over_cap")
            finding = context.text("超规模", "above size cap");
        else if (flag.ruleId == "class.oversized")
            finding = context.text("超大班额", "oversized class (66+)");
        else if (flag.ruleId == "class.large")
            finding = context.text("大班额", "large class (56-65)");
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
                    + context.text("教育局", " education bureau")) } });
    }
    table.rows.push_back({ AnnexRowKind::Total,
        { txt(context.text("合计", "Total")),
            txt(QStringLiteral("%1").arg(rows.size()) + context.text("所", " schools")),
            txt(QString()), txt(QString()), txt(QString()), num(students), txt(QString()),
            txt(QString()), txt(QString()), txt(QString()), num(above), txt(QString()),
            txt(QString()), txt(QString()) } });
    for (auto& row : rows)
        table.rows.push_back(std::move(row));
    table.note = context
                     .text("注：大班额为%1—%2人，超大班额为%3人及以上；规模上限小学、初中%"
                           "4人，九年一贯制%5人。",
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
