// Section 3: catchments short of seats, and the seats and classes each county builds per year.
#include "annex_context.h"

#include "seatplan/core/investment.h"

#include <set>

namespace seatplan::render::detail {

void addShortfallSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    const auto& results = context.results;
    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(AnnexHeading { context.text("三、学位缺口片区及分年度建设需求",
                                        "3. Shortfall catchments and seats to build"),
        1 });

    AnnexTable catchments;
    catchments.number = context.nextTable();
    catchments.title
        = context.text("学位缺口招生片区分年度缺口表", "Catchments short of seats by year");
    catchments.units = context.text("单位：个、班", "Units: seats, classes");
    catchments.columns = { { context.text("序号", "No."), {}, false, 0, 0.5 },
        { context.text("县（市、区）", "County"), {}, false, 0, 1 },
        { context.text("镇（街）", "Town"), {}, false, 0, 1 },
        { context.text("招生片区", "Catchment"), {}, false, 0, 1.2 },
        { context.text("学段", "Level"), {}, false, 0, 0.6 } };
    for (int year : context.years()) {
        const QString group
            = context.chinese() ? QStringLiteral("%1年").arg(year) : QString::number(year);
        catchments.columns.push_back({ context.text("缺口学位", "seats"), group, true, 0, 1 });
        catchments.columns.push_back({ context.text("需增班数", "classes"), group, true, 0, 0.8 });
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
        { txt(context.text("合计", "Total")), txt(QString()), txt(QString()), txt(QString()),
            txt(QString()) } };
    for (std::size_t y = 0; y < context.years().size(); ++y) {
        total.cells.push_back(num(seatTotals[y]));
        total.cells.push_back(num(classTotals[y]));
    }
    catchments.rows.push_back(std::move(total));
    for (auto& row : rows)
        catchments.rows.push_back(std::move(row));
    catchments.note = context
                          .text("注：缺口学位为片区公办学位需求减片区学位供给；需增班数按标准班额（"
                                "小学%1人、初中%2人）向上取整。",
                              "Note: classes = shortfall / standard class size (%1 primary, %2 "
                              "junior), rounded up.")
                          .arg(context.inputs.standards.classSize[0])
                          .arg(context.inputs.standards.classSize[1]);
    blocks.push_back(std::move(catchments));

    AnnexTable build;
    build.number = context.nextTable();
    build.title = context.text(
        "各县（市、区）分年度新增学位建设需求表", "Seats and classes to build per year by county");
    build.units = context.text("单位：个、班、亩", "Units: seats, classes, mu");
    build.columns = { { context.text("县（市、区）", "County"), {}, false, 0, 1.2 },
        { context.text("学段", "Level"), {}, false, 0, 0.6 } };
    for (int year : context.years()) {
        const QString group
            = context.chinese() ? QStringLiteral("%1年").arg(year) : QString::number(year);
        build.columns.push_back({ context.text("新增学位", "seats"), group, true, 0, 1 });
        build.columns.push_back({ context.text("新增班数", "classes"), group, true, 0, 0.8 });
    }
    build.columns.push_back({ context.text("累计新增学位", "cumulative seats"), {}, true, 0, 1 });
    build.columns.push_back({ context.text("需用地（亩）", "land (mu)"), {}, true, 1, 1 });
    for (const std::string& county : context.counties()) {
        for (const auto level : { core::Level::Primary, core::Level::Junior }) {
            AnnexRow row { AnnexRowKind::Data,
                { txt(context.countyName(county)), txt(context.levelName(level)) } };
            double cumulative = 0, land = 0;
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
                    cumulative = found->cumulativeSeats;
                    land += found->landNeededM2;
                }
            }
            row.cells.push_back(num(cumulative));
            row.cells.push_back(num(land / core::kSquareMetresPerMu, 1));
            if (any)
                build.rows.push_back(std::move(row));
        }
    }
    build.note = context
                     .text("注：按%1年前消除片区缺口并保持无缺口测算；用地按生均用地标准（小学%"
                           "2㎡、初中%3㎡）。",
                         "Note: closes catchment shortfalls by %1 and keeps them closed; land at "
                         "%2 m2 (primary) "
                         "and %3 m2 (junior) per student.")
                     .arg(context.inputs.standards.targetYear)
                     .arg(context.inputs.standards.landPerStudent[0])
                     .arg(context.inputs.standards.landPerStudent[1]);
    blocks.push_back(std::move(build));
}

} // namespace seatplan::render::detail
