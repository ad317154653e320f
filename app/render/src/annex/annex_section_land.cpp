// Section 6: reserved plots and residential projects (land for schools).
#include "annex_context.h"

#include "seatplan/core/investment.h"

#include <set>

namespace seatplan::render::detail {

namespace {

    /// Catchments with a shortfall in any plan year.
    std::set<std::string> shortCatchments(const AnnexContext& context)
    {
        std::set<std::string> ids;
        for (const auto& row : context.results.catchments)
            if (row.variant == context.options.variant && row.shortfall >= 0.5
                && std::find(context.years().begin(), context.years().end(), row.year)
                    != context.years().end())
                ids.insert(row.id);
        return ids;
    }

} // namespace

void addLandSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    const auto& inputs = context.inputs;
    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(AnnexHeading { context.translate("AnnexLand", "6. Land for schools"), 1 });

    const std::set<std::string> short_ = shortCatchments(context);
    std::map<std::string, const core::PlotResult*> plotResults;
    for (const auto& result : context.results.plots)
        plotResults[result.plotId] = &result;
    std::map<std::string, std::string> townCounty;
    for (const auto& town : inputs.towns)
        townCounty[town.code] = town.countyCode;

    AnnexTable plots;
    plots.number = context.nextTable();
    plots.title = context.translate("AnnexLand", "Reserved school plots");
    plots.units = context.translate("AnnexLand", "Units: m2, mu, classes");
    plots.columns = { { context.translate("AnnexLand", "No."), {}, false, 0, 0.5 },
        { context.translate("AnnexLand", "Plot"), {}, false, 0, 1.8 },
        { context.translate("AnnexLand", "County"), {}, false, 0, 1 },
        { context.translate("AnnexLand", "Town"), {}, false, 0, 1 },
        { context.translate("AnnexLand", "Planned school"), {}, false, 0, 0.9 },
        { context.translate("AnnexLand", "Classes"), {}, true, 0, 0.6 },
        { context.translate("AnnexLand", "Area (m2)"), {}, true, 0, 0.9 },
        { context.translate("AnnexLand", "Area (mu)"), {}, true, 1, 0.7 },
        { context.translate("AnnexLand", "Needed (m2)"), {}, true, 0, 0.9 },
        { context.translate("AnnexLand", "Status"), {}, false, 0, 0.7 },
        { context.translate("AnnexLand", "Assessment"), {}, false, 0, 1.6 } };
    double area = 0, areaMu = 0;
    std::vector<AnnexRow> rows;
    std::set<std::string> townsWithPlot;
    for (const auto& plot : inputs.plots) {
        const std::string county = townCounty[plot.townCode];
        if (!context.includesCounty(county))
            continue;
        townsWithPlot.insert(plot.townCode);
        const core::PlotResult* result = plotResults[plot.id];
        const double needed = result ? result->landNeededM2 : 0;
        bool inShortArea = false;
        for (const auto& id : plot.catchmentIds)
            inShortArea = inShortArea || short_.count(id);
        QStringList assessment;
        if (needed <= 0)
            assessment << context.translate("AnnexLand", "planned size unknown");
        else if (result && result->adequate)
            assessment << context.translate("AnnexLand", "adequate");
        else
            assessment << context.translate("AnnexLand", "too small");
        if (!inShortArea)
            assessment << context.translate("AnnexLand", "outside the shortfall area");
        const QString status = plot.status == core::PlotStatus::Planned
            ? context.translate("AnnexLand", "to acquire")
            : plot.status == core::PlotStatus::Acquired
            ? context.translate("AnnexLand", "allocated")
            : context.translate("AnnexLand", "built");
        area += rounded(plot.areaM2);
        areaMu += rounded(plot.areaM2 / core::kSquareMetresPerMu, 1);
        rows.push_back({ AnnexRowKind::Data,
            { txt(QString::number(rows.size() + 1)), txt(plot.name.empty() ? plot.id : plot.name),
                txt(context.countyName(county)), txt(context.townName(plot.townCode)),
                txt(plot.plannedType ? context.schoolTypeName(*plot.plannedType) : QString()),
                num(plot.plannedClasses), num(plot.areaM2),
                num(plot.areaM2 / core::kSquareMetresPerMu, 1), num(needed), txt(status),
                txt(assessment.join(QStringLiteral("；"))) } });
    }
    // Towns short of seats without any reserved plot: land is missing.
    std::set<std::string> missing;
    for (const auto& row : context.results.catchments)
        if (short_.count(row.id) && context.includesCounty(row.countyCode)) {
            const std::string town = context.catchmentTown(row.id);
            if (!town.empty() && !townsWithPlot.count(town))
                missing.insert(town);
        }
    for (const auto& town : inputs.towns) {
        if (!missing.count(town.code))
            continue;
        rows.push_back({ AnnexRowKind::Data,
            { txt(QString::number(rows.size() + 1)),
                txt(context.translate("AnnexLand", "(no plot)")),
                txt(context.countyName(town.countyCode)), txt(town.name), txt(QString()),
                txt(QString()), txt(QString()), txt(QString()), txt(QString()), txt(QString()),
                txt(context.translate("AnnexLand", "shortfall area without a reserved plot")) } });
    }
    plots.rows.push_back({ AnnexRowKind::Total,
        { txt(context.translate("AnnexLand", "Total")), txt(QString()), txt(QString()),
            txt(QString()), txt(QString()), txt(QString()), num(area), num(areaMu, 1),
            txt(QString()), txt(QString()), txt(QString()) } });
    for (auto& row : rows)
        plots.rows.push_back(std::move(row));
    blocks.push_back(std::move(plots));

    AnnexTable developments;
    developments.number = context.nextTable();
    developments.title
        = context.translate("AnnexLand", "Residential projects: seats and school land");
    developments.units = context.translate("AnnexLand", "Units: m2, dwellings, persons, seats");
    developments.columns = { { context.translate("AnnexLand", "No."), {}, false, 0, 0.5 },
        { context.translate("AnnexLand", "Project"), {}, false, 0, 1.8 },
        { context.translate("AnnexLand", "Town"), {}, false, 0, 1 },
        { context.translate("AnnexLand", "Floor area"), {}, true, 0, 1 },
        { context.translate("AnnexLand", "Dwellings"), {}, true, 0, 0.8 },
        { context.translate("AnnexLand", "Residents"), {}, true, 0, 0.8 },
        { context.translate("AnnexLand", "primary"), context.translate("AnnexLand", "Seats needed"),
            true, 0, 0.7 },
        { context.translate("AnnexLand", "junior"), context.translate("AnnexLand", "Seats needed"),
            true, 0, 0.7 },
        { context.translate("AnnexLand", "Seats from FAR uplift"), {}, true, 0, 0.9 },
        { context.translate("AnnexLand", "School plot"), {}, false, 0, 1 },
        { context.translate("AnnexLand", "Assessment"), {}, false, 0, 1.4 } };
    std::map<std::string, const core::Development*> byId;
    for (const auto& development : inputs.developments)
        byId[development.id] = &development;
    double seats[2] = { 0, 0 }, far = 0;
    rows.clear();
    for (const auto& result : context.results.developments) {
        const core::Development* development = byId[result.developmentId];
        if (!development || !context.includesCounty(townCounty[development->townCode]))
            continue;
        const double uplift = result.extraSeatsFromFar[0] + result.extraSeatsFromFar[1];
        seats[0] += rounded(result.seats[0]);
        seats[1] += rounded(result.seats[1]);
        far += rounded(uplift);
        const QString assessment = result.plotId.empty()
            ? context.translate("AnnexLand", "no school plot")
            : result.plotAdequate ? context.translate("AnnexLand", "plot adequate")
                                  : context.translate("AnnexLand", "plot too small");
        rows.push_back({ AnnexRowKind::Data,
            { txt(QString::number(rows.size() + 1)),
                txt(development->name.empty() ? development->id : development->name),
                txt(context.townName(development->townCode)), num(result.floorAreaM2),
                num(result.dwellings), num(result.residents), num(result.seats[0]),
                num(result.seats[1]), num(uplift), txt(result.plotId), txt(assessment) } });
    }
    developments.rows.push_back({ AnnexRowKind::Total,
        { txt(context.translate("AnnexLand", "Total")), txt(QString()), txt(QString()),
            txt(QString()), txt(QString()), txt(QString()), num(seats[0]), num(seats[1]), num(far),
            txt(QString()), txt(QString()) } });
    for (auto& row : rows)
        developments.rows.push_back(std::move(row));
    developments.note
        = context
              .translate("AnnexLand",
                  "Note: seats from seats per 1,000 residents (%1 primary, %2 junior); FAR uplifts "
                  "raise "
                  "seats in proportion.")
              .arg(inputs.standards.seatsPer1000(core::Level::Primary), 0, 'f', 1)
              .arg(inputs.standards.seatsPer1000(core::Level::Junior), 0, 'f', 1);
    blocks.push_back(std::move(developments));
}

} // namespace seatplan::render::detail
