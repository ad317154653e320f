// Section 3: catchments short of seats, and the seats and classes each county builds per year.
#include "annex_context.h"

#include <cmath>

#include "seatplan/core/investment.h"

#include <set>

namespace seatplan::render::detail {

void addShortfallSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    const auto& results = context.results;
    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(AnnexHeading {
        context.translate("AnnexShortfall", "3. Shortfall catchments and seats to build"), 1 });

    AnnexTable catchments;
    catchments.number = context.nextTable();
    catchments.title = context.translate("AnnexShortfall", "Catchments short of seats by year");
    catchments.units = context.translate("AnnexShortfall", "Units: seats, classes");
    catchments.columns = { { context.translate("AnnexShortfall", "No."), {}, false, 0, 0.5 },
        { context.translate("AnnexShortfall", "County"), {}, false, 0, 1 },
        { context.translate("AnnexShortfall", "Town"), {}, false, 0, 1 },
        { context.translate("AnnexShortfall", "Catchment"), {}, false, 0, 1.2 },
        { context.translate("AnnexShortfall", "Level"), {}, false, 0, 0.6 } };
    for (int year : context.years()) {
        const QString group = context.yearHeading(year);
        catchments.columns.push_back(
            { context.translate("AnnexShortfall", "seats short"), group, true, 0, 1 });
        catchments.columns.push_back(
            { context.translate("AnnexShortfall", "classes needed"), group, true, 0, 0.8 });
    }
    std::vector<double> seatTotals(context.years().size(), 0);
    std::vector<double> classTotals(context.years().size(), 0);
    std::vector<AnnexRow> rows;
    std::set<std::pair<std::string, int>> seen;
    for (const auto& balance : results.catchments) {
        if (balance.variant != context.options.variant
            || !context.includesCounty(balance.countyCode)
            || !seen.insert({ balance.id, int(balance.level) }).second)
            continue;
        bool short_ = false;
        for (int year : context.years()) {
            const auto* row
                = context.balance(core::Scope::Catchment, balance.id, balance.level, year);
            short_ = short_ || (row && row->shortfall >= 0.5);
        }
        if (!short_)
            continue;
        AnnexRow row { AnnexRowKind::Data,
            { txt(QString::number(rows.size() + 1)), txt(context.countyName(balance.countyCode)),
                txt(context.townName(context.catchmentTown(balance.id))), txt(balance.id),
                txt(context.levelName(balance.level)) } };
        for (std::size_t y = 0; y < context.years().size(); ++y) {
            const auto* found = context.balance(
                core::Scope::Catchment, balance.id, balance.level, context.years()[y]);
            const double seats = found ? found->shortfall : 0;
            const int classes = found ? found->shortfallClasses : 0;
            row.cells.push_back(num(seats));
            row.cells.push_back(num(classes));
            seatTotals[y] += rounded(seats);
            classTotals[y] += classes;
        }
        rows.push_back(std::move(row));
    }
    AnnexRow total { AnnexRowKind::Total,
        { txt(context.translate("AnnexShortfall", "Total")), txt(QString()), txt(QString()),
            txt(QString()), txt(QString()) } };
    for (std::size_t y = 0; y < context.years().size(); ++y) {
        total.cells.push_back(num(seatTotals[y]));
        total.cells.push_back(num(classTotals[y]));
    }
    catchments.rows.push_back(std::move(total));
    for (auto& row : rows)
        catchments.rows.push_back(std::move(row));
    catchments.note = context
                          .translate("AnnexShortfall",
                              "Note: classes = shortfall / standard class size (%1 primary, %2 "
                              "junior), rounded up.")
                          .arg(context.inputs.standards.classSize[0])
                          .arg(context.inputs.standards.classSize[1]);
    blocks.push_back(std::move(catchments));

    AnnexTable build;
    build.number = context.nextTable();
    build.title
        = context.translate("AnnexShortfall", "Seats and classes to build per year by county");
    build.units = context.translate("AnnexShortfall", "Units: seats, classes, teachers, mu");
    build.columns = { { context.translate("AnnexShortfall", "County"), {}, false, 0, 1.2 },
        { context.translate("AnnexShortfall", "Level"), {}, false, 0, 0.6 } };
    for (int year : context.years()) {
        const QString group = context.yearHeading(year);
        build.columns.push_back(
            { context.translate("AnnexShortfall", "seats added"), group, true, 0, 1 });
        build.columns.push_back(
            { context.translate("AnnexShortfall", "classes added"), group, true, 0, 0.8 });
    }
    build.columns.push_back(
        { context.translate("AnnexShortfall", "cumulative seats"), {}, true, 0, 1 });
    build.columns.push_back(
        { context.translate("AnnexShortfall", "teachers to add"), {}, true, 0, 1 });
    build.columns.push_back({ context.translate("AnnexShortfall", "land (mu)"), {}, true, 1, 1 });
    const auto& standards = context.inputs.standards;
    for (const std::string& county : context.counties()) {
        for (const auto level : { core::Level::Primary, core::Level::Junior }) {
            AnnexRow row { AnnexRowKind::Data,
                { txt(context.countyName(county)), txt(context.levelName(level)) } };
            const int l = static_cast<int>(level);
            double cumulative = 0, land = 0, classes = 0;
            bool any = false;
            for (int year : context.years()) {
                const core::BuildRow* found = nullptr;
                for (const auto& plan : results.buildPlan)
                    if (plan.countyCode == county && plan.level == level && plan.year == year
                        && plan.variant == context.options.variant)
                        found = &plan;
                any = any || found;
                row.cells.push_back(num(found ? found->seatsToBuild : 0));
                row.cells.push_back(num(found ? found->classesToBuild : 0));
                if (found) {
                    classes += found->classesToBuild;
                    cumulative = found->cumulativeSeats;
                    land += found->landNeededM2;
                }
            }
            row.cells.push_back(num(cumulative));
            // Teachers for the new classes at the staffing standard (Standards).
            row.cells.push_back(
                num(std::ceil(classes * standards.classSize[l] / standards.studentsPerTeacher[l])));
            row.cells.push_back(num(land / core::kSquareMetresPerMu, 1));
            if (any)
                build.rows.push_back(std::move(row));
        }
    }
    build.note = context
                     .translate("AnnexShortfall",
                         "Note: closes catchment shortfalls by %1 and keeps them closed; land at "
                         "%2 m2 (primary) and %3 m2 (junior) per student; teachers at one per %4 "
                         "primary and %5 junior students (staffing standard) for the classes "
                         "added.")
                     .arg(standards.targetYear)
                     .arg(standards.landPerStudent[0])
                     .arg(standards.landPerStudent[1])
                     .arg(standards.studentsPerTeacher[0])
                     .arg(standards.studentsPerTeacher[1]);
    blocks.push_back(std::move(build));
}

} // namespace seatplan::render::detail
