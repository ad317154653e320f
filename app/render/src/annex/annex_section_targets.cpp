// Section 1: the work plan's county targets, met or not, with the figure behind each.
#include "annex_context.h"

#include <QLocale>

#include <array>
#include <cmath>
#include <map>

namespace seatplan::render::detail {

namespace {

    struct TargetLabel {
        const char* zh;
        const char* en;
        bool share; ///< printed as a percentage
    };

    // Labels of core's work-plan keys (core::Standards workplan.*).
    const std::map<std::string, TargetLabel>& targetLabels()
    {
        static const std::map<std::string, TargetLabel> labels {
            { "workplan.enrolment_rate", { "义务教育入学率", "Enrolment rate", true } },
            { "workplan.consolidation_rate", { "九年义务教育巩固率", "Consolidation rate", true } },
            { "workplan.migrant_public_share",
                { "随迁子女在公办学校（含政府购买学位）就读比例",
                    "Migrant children in public or purchased places", true } },
            { "workplan.disabled_enrolment",
                { "适龄残疾儿童少年入学率", "Enrolment of disabled children", true } },
            { "workplan.resource_room_min_disabled",
                { "应设资源教室学校的设置比例", "Resource rooms where required", true } },
            { "workplan.boarding_schools_per_town",
                { "每个乡镇寄宿制学校（所，最少的乡镇）", "Boarding schools per town (fewest)",
                    false } },
            { "workplan.edu_groups_per_county", { "教育集团（个）", "Education groups", false } },
        };
        return labels;
    }

    const char* indicatorLabel(core::QualityIndicator indicator, bool chinese)
    {
        static const std::array<std::pair<const char*, const char*>, core::kQualityIndicatorCount>
            labels { { { "每百名学生拥有高于规定学历教师数", "qualified teachers per 100" },
                { "每百名学生拥有县级以上骨干教师数", "key teachers per 100" },
                { "每百名学生拥有体育、艺术专任教师数", "PE and art teachers per 100" },
                { "生均教学及辅助用房面积", "teaching area per student" },
                { "生均体育运动场馆面积", "sports area per student" },
                { "生均教学仪器设备值", "equipment value per student" },
                { "每百名学生拥有网络多媒体教室数", "multimedia rooms per 100" } } };
        const auto& label = labels[static_cast<std::size_t>(indicator)];
        return chinese ? label.first : label.second;
    }

    QString valueText(double value, bool share)
    {
        return share ? QStringLiteral("%1%").arg(value * 100, 0, 'f', 1)
                     : QString::number(value, 'f', value == std::floor(value) ? 0 : 2);
    }

} // namespace

void addTargetsSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    const auto& results = context.results;
    const auto& standards = context.inputs.standards;
    blocks.push_back(AnnexHeading {
        context.text("一、工作方案目标达成情况", "1. Work-plan targets by county"), 1 });
    blocks.push_back(AnnexParagraph {
        context.text("按县（市、区）列出工作方案各项目标的目标值、现状或测算值及是否达标；"
                     "优质均衡各项指标列出校际差异系数。",
            "Each county's work-plan targets with the measured or derived figure and whether it is "
            "met; for the 优质均衡 indicators, the coefficient of variation between schools.") });

    AnnexTable table;
    table.number = context.nextTable();
    table.title
        = context.text("各县（市、区）工作方案目标达成情况表", "Work-plan targets by county");
    table.units = context.text("单位：%、所、个、人", "Units: %, schools, groups, students");
    const QString yes = context.text("达标", "met");
    const QString no = context.text("未达标", "not met");
    const QString unknown = context.text("未报送", "not reported");
    table.columns = { { context.text("序号", "No."), {}, false, 0, 0.5 },
        { context.text("县（市、区）", "County"), {}, false, 0, 1 },
        { context.text("指标", "Indicator"), {}, false, 0, 3 },
        { context.text("目标值", "Target"), {}, false, 0, 0.8 },
        { context.text("现状/测算值", "Figure"), {}, false, 0, 0.8 },
        { context.text("达标情况", "Met"), {}, false, 0, 0.7 } };
    const int targetYear = standards.targetYear;
    int row = 0;
    for (const std::string& county : context.counties()) {
        auto add = [&](const QString& label, const QString& target, const QString& value,
                       const QString& met) {
            table.rows.push_back({ AnnexRowKind::Data,
                { txt(QString::number(++row)), txt(context.countyName(county)), txt(label),
                    txt(target), txt(value), txt(met) } });
        };
        for (const auto& target : results.workPlan) {
            if (target.countyCode != county)
                continue;
            const auto label = targetLabels().find(target.targetKey);
            const bool share = label != targetLabels().end() && label->second.share;
            const QString name = label == targetLabels().end()
                ? QString::fromStdString(target.targetKey)
                : context.text(label->second.zh, label->second.en);
            add(name, QStringLiteral("≥") + valueText(target.target, share),
                target.value ? valueText(*target.value, share) : unknown,
                target.value ? (target.met ? yes : no) : unknown);
        }
        // Seats: the county's catchment shortfall in the target year, by level.
        for (const auto level : { core::Level::Primary, core::Level::Junior }) {
            const auto* balance = context.balance(core::Scope::County, county, level, targetYear);
            if (!balance)
                continue;
            add(context.text("%1年%2学位缺口（个）", "%2 seat shortfall in %1 (seats)")
                    .arg(targetYear)
                    .arg(context.levelName(level)),
                QStringLiteral("0"), QLocale(QLocale::English).toString(balance->shortfall, 'f', 0),
                balance->shortfall < 0.5 ? yes : no);
        }
        // Large classes and oversized schools in the base data.
        int large = 0, oversizedClasses = 0, oversizedSchools = 0;
        for (const auto& flag : results.flags) {
            const core::School* school
                = flag.subjectKind == "school" ? context.school(flag.subjectId) : nullptr;
            if (!school || school->countyCode != county)
                continue;
            large += flag.ruleId == "class.large";
            oversizedClasses += flag.ruleId == "class.oversized";
            oversizedSchools += flag.ruleId == "school.over_cap";
        }
        add(context.text("有大班额（56人及以上）的学校（所）", "Schools with large classes (56+)"),
            QStringLiteral("0"), QString::number(large + oversizedClasses),
            large + oversizedClasses == 0 ? yes : no);
        add(context.text(
                "有超大班额（66人及以上）的学校（所）", "Schools with oversized classes (66+)"),
            QStringLiteral("0"), QString::number(oversizedClasses),
            oversizedClasses == 0 ? yes : no);
        add(context.text("超规模学校（所）", "Schools above the size cap"), QStringLiteral("0"),
            QString::number(oversizedSchools), oversizedSchools == 0 ? yes : no);
        // 优质均衡: coefficient of variation of each indicator.
        for (const auto& cv : results.qualityCv) {
            if (cv.countyCode != county)
                continue;
            add(context.text("优质均衡 %1 %2 差异系数", "优质均衡 %1 %2 CV")
                    .arg(context.levelName(cv.level),
                        QString::fromUtf8(indicatorLabel(cv.indicator, context.chinese()))),
                QStringLiteral("≤%1").arg(cv.limit, 0, 'f', 2), QString::number(cv.cv, 'f', 3),
                cv.passes ? yes : no);
        }
    }
    table.note = context.text(
        "注：目标值取自工作方案及《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号），"
        "见假设与参数表。",
        "Note: targets from the work plan and 教督〔2017〕6号; see the assumptions ledger.");
    blocks.push_back(std::move(table));
}

} // namespace seatplan::render::detail
