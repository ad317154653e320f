// Section 2: demand against public seats by year, per county and town, with a chart per county.
#include "annex_context.h"

namespace seatplan::render::detail {

namespace {

    const QColor kPrimaryColour(0x6b, 0x9b, 0xc8);
    const QColor kJuniorColour(0xa6, 0xc9, 0x7f);
    const QColor kPrimaryDemand(0xc0, 0x39, 0x2b);
    const QColor kJuniorDemand(0x8e, 0x44, 0xad);

    // One row: capacity in the first year, then demand, capacity and shortfall per year.
    AnnexRow balanceRow(const AnnexContext& context, AnnexRowKind kind, const QString& area,
        core::Scope scope, const std::string& id, core::Level level)
    {
        AnnexRow row { kind, { txt(area), txt(context.levelName(level)) } };
        for (int year : context.years()) {
            const auto* balance = context.balance(scope, id, level, year);
            row.cells.push_back(num(balance ? balance->demand : 0));
            row.cells.push_back(num(balance ? balance->capacity : 0));
            row.cells.push_back(num(balance ? balance->shortfall : 0));
        }
        return row;
    }

    bool hasRows(const AnnexContext& context, core::Scope scope, const std::string& id)
    {
        return !context.years().empty()
            && (context.balance(scope, id, core::Level::Primary, context.years().front())
                || context.balance(scope, id, core::Level::Junior, context.years().front()));
    }

} // namespace

void addBalanceSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(
        AnnexHeading { context.translate("AnnexBalance", "2. Seat demand and supply by year"), 1 });
    blocks.push_back(AnnexParagraph { context.translate("AnnexBalance",
        "Demand is public-seat demand; supply is classes times the standard class size; the "
        "shortfall is the sum of catchment shortfalls (seats do not move between catchments).") });

    AnnexTable table;
    table.number = context.nextTable();
    table.title
        = context.translate("AnnexBalance", "Seat demand and supply by year (counties and towns)");
    table.units = context.translate("AnnexBalance", "Unit: seats");
    table.columns = { { context.translate("AnnexBalance", "Area"), {}, false, 0, 1.6 },
        { context.translate("AnnexBalance", "Level"), {}, false, 0, 0.7 } };
    for (int year : context.years()) {
        const QString group = context.yearHeading(year);
        table.columns.push_back({ context.translate("AnnexBalance", "demand"), group, true, 0, 1 });
        table.columns.push_back({ context.translate("AnnexBalance", "supply"), group, true, 0, 1 });
        table.columns.push_back({ context.translate("AnnexBalance", "short"), group, true, 0, 1 });
    }
    for (const std::string& county : context.counties()) {
        if (!hasRows(context, core::Scope::County, county))
            continue;
        for (const auto level : { core::Level::Primary, core::Level::Junior })
            table.rows.push_back(balanceRow(context, AnnexRowKind::Subtotal,
                context.countyName(county), core::Scope::County, county, level));
        for (const auto& town : context.inputs.towns) {
            if (town.countyCode != county || !hasRows(context, core::Scope::Town, town.code))
                continue;
            for (const auto level : { core::Level::Primary, core::Level::Junior })
                table.rows.push_back(balanceRow(context, AnnexRowKind::Data,
                    QStringLiteral("  ") + QString::fromStdString(town.name), core::Scope::Town,
                    town.code, level));
        }
    }
    table.note = context.translate(
        "AnnexBalance", "Note: bold rows are county totals; medium projection variant.");
    blocks.push_back(std::move(table));

    // One chart per county: seats (bars) against demand (lines), both levels.
    for (const std::string& county : context.counties()) {
        if (!hasRows(context, core::Scope::County, county))
            continue;
        AnnexChart chart;
        chart.number = context.nextFigure();
        chart.title = context.translate("AnnexBalance", "%1: seat demand and supply")
                          .arg(context.countyName(county));
        chart.valueUnit = context.translate("AnnexBalance", "seats");
        for (int year : context.years())
            chart.categories << QString::number(year);
        AnnexSeries capacity[2], demand[2];
        const QColor bars[2] = { kPrimaryColour, kJuniorColour };
        const QColor lines[2] = { kPrimaryDemand, kJuniorDemand };
        for (const auto level : { core::Level::Primary, core::Level::Junior }) {
            const int l = static_cast<int>(level);
            capacity[l] = { context.levelName(level) + context.translate("AnnexBalance", " supply"),
                {}, bars[l], false };
            demand[l] = { context.levelName(level) + context.translate("AnnexBalance", " demand"),
                {}, lines[l], true };
            for (int year : context.years()) {
                const auto* balance = context.balance(core::Scope::County, county, level, year);
                capacity[l].values.push_back(balance ? balance->capacity : 0);
                demand[l].values.push_back(balance ? balance->demand : 0);
            }
        }
        chart.series = { capacity[0], capacity[1], demand[0], demand[1] };
        blocks.push_back(std::move(chart));
    }
}

} // namespace seatplan::render::detail
