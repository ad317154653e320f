// Section 1: the work plan's county targets, met or not, with the figure behind each.
#include "annex_context.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>
#include <map>

namespace seatplan::render::detail {

namespace {

    struct TargetLabel {
        const char* text; ///< English source, translated in context "AnnexTargets"
        bool share; ///< printed as a percentage
    };

    // Labels of core's work-plan keys (core::Standards workplan.*).
    const std::map<std::string, TargetLabel>& targetLabels()
    {
        static const std::map<std::string, TargetLabel> labels {
            { "workplan.enrolment_rate",
                { QT_TRANSLATE_NOOP("AnnexTargets", "Enrolment rate"), true } },
            { "workplan.consolidation_rate",
                { QT_TRANSLATE_NOOP("AnnexTargets", "Consolidation rate"), true } },
            { "workplan.migrant_public_share",
                { QT_TRANSLATE_NOOP(
                      "AnnexTargets", "Migrant children in public or purchased places"),
                    true } },
            { "workplan.disabled_enrolment",
                { QT_TRANSLATE_NOOP("AnnexTargets", "Enrolment of disabled children"), true } },
            { "workplan.resource_room_min_disabled",
                { QT_TRANSLATE_NOOP("AnnexTargets", "Resource rooms where required"), true } },
            { "workplan.boarding_schools_per_town",
                { QT_TRANSLATE_NOOP("AnnexTargets", "Boarding schools per town (fewest)"),
                    false } },
            { "workplan.edu_groups_per_county",
                { QT_TRANSLATE_NOOP("AnnexTargets", "Education groups"), false } },
        };
        return labels;
    }

    /// Returns the English source text of `indicator` (context "AnnexTargets").
    const char* indicatorLabel(core::QualityIndicator indicator)
    {
        static const std::array<const char*, core::kQualityIndicatorCount> labels {
            QT_TRANSLATE_NOOP("AnnexTargets", "qualified teachers per 100"),
            QT_TRANSLATE_NOOP("AnnexTargets", "key teachers per 100"),
            QT_TRANSLATE_NOOP("AnnexTargets", "PE and art teachers per 100"),
            QT_TRANSLATE_NOOP("AnnexTargets", "teaching area per student"),
            QT_TRANSLATE_NOOP("AnnexTargets", "sports area per student"),
            QT_TRANSLATE_NOOP("AnnexTargets", "equipment value per student"),
            QT_TRANSLATE_NOOP("AnnexTargets", "multimedia rooms per 100")
        };
        return labels[static_cast<std::size_t>(indicator)];
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
    blocks.push_back(
        AnnexHeading { context.translate("AnnexTargets", "1. Work-plan targets by county"), 1 });
    blocks.push_back(AnnexParagraph { context.translate("AnnexTargets",
        "Each county's work-plan targets with the measured or derived figure and whether it is "
        "met; for the 优质均衡 indicators, the coefficient of variation between schools.") });

    AnnexTable table;
    table.number = context.nextTable();
    table.title = context.translate("AnnexTargets", "Work-plan targets by county");
    table.units = context.translate("AnnexTargets", "Units: %, schools, groups, students");
    const QString yes = context.translate("AnnexTargets", "met");
    const QString no = context.translate("AnnexTargets", "not met");
    const QString unknown = context.translate("AnnexTargets", "not reported");
    table.columns = { { context.translate("AnnexTargets", "No."), {}, false, 0, 0.5 },
        { context.translate("AnnexTargets", "County"), {}, false, 0, 1 },
        { context.translate("AnnexTargets", "Indicator"), {}, false, 0, 3 },
        { context.translate("AnnexTargets", "Target"), {}, false, 0, 0.8 },
        { context.translate("AnnexTargets", "Figure"), {}, false, 0, 0.8 },
        { context.translate("AnnexTargets", "Met"), {}, false, 0, 0.7 } };
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
                : context.translate("AnnexTargets", label->second.text);
            add(name, QStringLiteral("≥") + valueText(target.target, share),
                target.value ? valueText(*target.value, share) : unknown,
                target.value ? (target.met ? yes : no) : unknown);
        }
        // Seats: the county's catchment shortfall in the target year, by level.
        for (const auto level : { core::Level::Primary, core::Level::Junior }) {
            const auto* balance = context.balance(core::Scope::County, county, level, targetYear);
            if (!balance)
                continue;
            add(context.translate("AnnexTargets", "%2 seat shortfall in %1 (seats)")
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
        add(context.translate("AnnexTargets", "Schools with large classes (56+)"),
            QStringLiteral("0"), QString::number(large + oversizedClasses),
            large + oversizedClasses == 0 ? yes : no);
        add(context.translate("AnnexTargets", "Schools with oversized classes (66+)"),
            QStringLiteral("0"), QString::number(oversizedClasses),
            oversizedClasses == 0 ? yes : no);
        add(context.translate("AnnexTargets", "Schools above the size cap"), QStringLiteral("0"),
            QString::number(oversizedSchools), oversizedSchools == 0 ? yes : no);
        // 优质均衡: coefficient of variation of each indicator.
        for (const auto& cv : results.qualityCv) {
            if (cv.countyCode != county)
                continue;
            add(context.translate("AnnexTargets", "优质均衡 %1 %2 CV")
                    .arg(context.levelName(cv.level),
                        context.translate("AnnexTargets", indicatorLabel(cv.indicator))),
                QStringLiteral("≤%1").arg(cv.limit, 0, 'f', 2), QString::number(cv.cv, 'f', 3),
                cv.passes ? yes : no);
        }
    }
    table.note = context.translate("AnnexTargets",
        "Note: targets from the work plan and 教督〔2017〕6号; see the assumptions ledger.");
    blocks.push_back(std::move(table));
}

} // namespace seatplan::render::detail
