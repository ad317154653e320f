// Section 4: the construction list (附表 of projects, ANNEX.md's column set) with investment.
#include "annex_context.h"

#include "seatplan/core/investment.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace seatplan::render::detail {

namespace {

    enum class Nature { New, Expansion, Relocation };
    enum class Status { Continuing, Starting, Reserve };

    /// One row of the construction list before formatting.
    struct Project {
        QString name;
        std::string town;
        std::string county;
        Nature nature = Nature::New;
        QString level;
        Status status = Status::Reserve;
        int classesAfter = 0;
        std::array<double, core::kLevelCount> seats {};
        double landM2 = 0;
        QString landStatus;
        int start = 0;
        int end = 0;
        QString note;
    };

    QString natureText(const AnnexContext& context, Nature nature)
    {
        switch (nature) {
        case Nature::New:
            return context.translate("AnnexProjects", "new");
        case Nature::Expansion:
            return context.translate("AnnexProjects", "expansion");
        case Nature::Relocation:
            return context.translate("AnnexProjects", "relocation");
        }
        return {};
    }

    QString statusText(const AnnexContext& context, Status status)
    {
        switch (status) {
        case Status::Continuing:
            return context.translate("AnnexProjects", "continuing");
        case Status::Starting:
            return context.translate("AnnexProjects", "new start");
        case Status::Reserve:
            return context.translate("AnnexProjects", "reserve");
        }
        return {};
    }

    QString plotStatusText(const AnnexContext& context, core::PlotStatus status)
    {
        switch (status) {
        case core::PlotStatus::Planned:
            return context.translate("AnnexProjects", "to acquire");
        case core::PlotStatus::Acquired:
            return context.translate("AnnexProjects", "allocated");
        case core::PlotStatus::Built:
            return context.translate("AnnexProjects", "built");
        }
        return {};
    }

    std::array<double, core::kLevelCount> seatsOf(
        const std::array<int, core::kLevelCount>& classes, const core::Standards& standards)
    {
        return { classes[0] * standards.classSize[0], classes[1] * standards.classSize[1] };
    }

    /// Finds an unused reserved plot in `town` (and, when given, in `catchment`) for a school of
    /// `type` (nullopt = any type).
    const core::Plot* findPlot(const AnnexContext& context, const std::string& town,
        const std::string& catchment, std::optional<core::SchoolType> type,
        std::set<std::string>& used)
    {
        for (const auto& plot : context.inputs.plots) {
            if (used.count(plot.id) || plot.status == core::PlotStatus::Built)
                continue;
            const bool inCatchment = catchment.empty()
                ? plot.townCode == town
                : std::find(plot.catchmentIds.begin(), plot.catchmentIds.end(), catchment)
                    != plot.catchmentIds.end();
            if (!inCatchment || (type && plot.plannedType && *plot.plannedType != *type))
                continue;
            used.insert(plot.id);
            return &plot;
        }
        return nullptr;
    }

    void useLand(
        const AnnexContext& context, Project& project, const core::Plot* plot, bool cityCentre)
    {
        if (plot) {
            project.landM2 = plot->areaM2;
            project.landStatus = plotStatusText(context, plot->status);
            project.note = context.translate("AnnexProjects", "reserved plot %1")
                               .arg(QString::fromStdString(plot->id));
        } else {
            project.landM2
                = core::landNeededM2(project.seats, context.inputs.standards, cityCentre);
            project.landStatus = context.translate("AnnexProjects", "to be found");
        }
    }

    std::vector<Project> scenarioProjects(const AnnexContext& context, std::set<std::string>& plots)
    {
        const auto& standards = context.inputs.standards;
        const int first = context.years().empty() ? 0 : context.years().front();
        std::vector<Project> projects;
        std::set<std::pair<std::string, int>> closures;
        for (const auto& edit : context.scenario.edits)
            if (const auto* closure = std::get_if<core::ClosureEdit>(&edit))
                if (const core::School* school = context.school(closure->schoolId))
                    closures.insert({ school->townCode, closure->year });
        const auto timing = [&](Project& project, int completion) {
            project.end = completion;
            project.start = completion - standards.constructionYears;
            project.status = project.start < first ? Status::Continuing : Status::Starting;
        };
        for (const auto& edit : context.scenario.edits) {
            Project project;
            if (const auto* added = std::get_if<core::NewSchoolEdit>(&edit)) {
                const core::School& school = added->school;
                project.name = QString::fromStdString(school.name);
                project.town = school.townCode;
                project.county = school.countyCode;
                const int opening = school.openingYear.value_or(first);
                project.nature = closures.count({ school.townCode, opening }) ? Nature::Relocation
                                                                              : Nature::New;
                project.level = context.schoolTypeName(school.type);
                project.classesAfter = school.classes[0] + school.classes[1];
                project.seats = seatsOf(school.classes, standards);
                useLand(context, project,
                    findPlot(context, school.townCode, {}, school.type, plots), false);
                timing(project, opening);
            } else if (const auto* expansion = std::get_if<core::ExpansionEdit>(&edit)) {
                const core::School* school = context.school(expansion->schoolId);
                if (!school)
                    continue;
                project.name = context.translate("AnnexProjects", "%1 expansion")
                                   .arg(QString::fromStdString(school->name));
                project.town = school->townCode;
                project.county = school->countyCode;
                project.nature = Nature::Expansion;
                project.level = context.schoolTypeName(school->type);
                project.classesAfter = school->classes[0] + school->classes[1]
                    + expansion->addClasses[0] + expansion->addClasses[1];
                project.seats = seatsOf(expansion->addClasses, standards);
                project.landStatus = context.translate("AnnexProjects", "existing campus");
                timing(project, expansion->year);
            } else if (const auto* conversion = std::get_if<core::ConversionEdit>(&edit)) {
                const core::School* school = context.school(conversion->schoolId);
                if (!school)
                    continue;
                project.name = context.translate("AnnexProjects", "%1 conversion")
                                   .arg(QString::fromStdString(school->name));
                project.town = school->townCode;
                project.county = school->countyCode;
                project.nature = Nature::Expansion;
                project.level = context.schoolTypeName(conversion->newType);
                project.classesAfter = conversion->classes[0] + conversion->classes[1];
                project.seats
                    = seatsOf({ std::max(0, conversion->classes[0] - school->classes[0]),
                                  std::max(0, conversion->classes[1] - school->classes[1]) },
                        standards);
                project.landStatus = context.translate("AnnexProjects", "existing campus");
                timing(project, conversion->year);
            } else {
                continue;
            }
            if (context.includesCounty(project.county))
                projects.push_back(std::move(project));
        }
        return projects;
    }

    // Reserve projects that close the remaining catchment shortfall: a new school on a reserved
    // plot of the catchment when there is one, else an expansion of its largest school.
    std::vector<Project> reserveProjects(const AnnexContext& context, std::set<std::string>& plots)
    {
        const auto& standards = context.inputs.standards;
        std::vector<Project> projects;
        if (context.years().empty())
            return projects;
        const int first = context.years().front();
        for (const auto& catchment : context.inputs.catchments) {
            const auto* base
                = context.balance(core::Scope::Catchment, catchment.id, catchment.level, first);
            if (!base || !context.includesCounty(base->countyCode))
                continue;
            double worst = 0;
            int firstShort = 0;
            for (int year : context.years()) {
                const auto* row
                    = context.balance(core::Scope::Catchment, catchment.id, catchment.level, year);
                if (row && row->shortfall >= 0.5) {
                    worst = std::max(worst, row->shortfall);
                    if (!firstShort)
                        firstShort = year;
                }
            }
            if (worst < 0.5)
                continue;
            const int l = static_cast<int>(catchment.level);
            const int classes = int(std::ceil(worst / standards.classSize[l] - 1e-9));
            Project project;
            project.town = context.catchmentTown(catchment.id);
            project.county = base->countyCode;
            project.level = context.levelName(catchment.level);
            project.seats[l] = classes * standards.classSize[l];
            project.status = Status::Reserve;
            project.end = std::max(firstShort, first + standards.constructionYears);
            project.start = project.end - standards.constructionYears;
            const core::Plot* plot
                = findPlot(context, project.town, catchment.id, std::nullopt, plots);
            if (plot) {
                project.nature = Nature::New;
                project.name = plot->name.empty()
                    ? context.translate("AnnexProjects", "New %2 in %1")
                          .arg(context.townName(project.town), context.levelName(catchment.level))
                    : QString::fromStdString(plot->name);
                project.classesAfter = std::max(classes, plot->plannedClasses);
                useLand(context, project, plot, plot->cityCentre);
            } else {
                const core::School* largest = nullptr;
                for (const auto& share : catchment.schools) {
                    const core::School* school = context.school(share.schoolId);
                    if (school && (!largest || school->classes[l] > largest->classes[l]))
                        largest = school;
                }
                project.nature = Nature::Expansion;
                project.name = largest ? context.translate("AnnexProjects", "%1 expansion")
                                             .arg(QString::fromStdString(largest->name))
                                       : context.translate("AnnexProjects", "Catchment %1 seats")
                                             .arg(QString::fromStdString(catchment.id));
                project.classesAfter
                    = classes + (largest ? largest->classes[0] + largest->classes[1] : 0);
                project.landM2 = core::landNeededM2(project.seats, standards, false);
                project.landStatus = context.translate("AnnexProjects", "to be found");
            }
            project.note
                = (project.note.isEmpty() ? QString() : project.note + QStringLiteral("；"))
                + context.translate("AnnexProjects", "sized to catchment %1's shortfall")
                      .arg(QString::fromStdString(catchment.id));
            projects.push_back(std::move(project));
        }
        return projects;
    }

    /// The numeric columns of a row, summed for 合计 and 小计.
    struct Sums {
        double classes = 0, primary = 0, junior = 0, landMu = 0, floor = 0, total = 0, works = 0,
               other = 0, contingency = 0;
        void add(const Sums& s)
        {
            classes += s.classes;
            primary += s.primary;
            junior += s.junior;
            landMu += s.landMu;
            floor += s.floor;
            total += s.total;
            works += s.works;
            other += s.other;
            contingency += s.contingency;
        }
    };

} // namespace

void addProjectsSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    const auto& standards = context.inputs.standards;
    std::set<std::string> plots;
    std::vector<Project> projects = scenarioProjects(context, plots);
    for (auto& project : reserveProjects(context, plots))
        projects.push_back(std::move(project));
    // Group by county and town in input order.
    std::map<std::string, int> townOrder;
    for (const auto& town : context.inputs.towns)
        townOrder.emplace(town.code, int(townOrder.size()));
    std::stable_sort(projects.begin(), projects.end(),
        [&](const Project& a, const Project& b) { return townOrder[a.town] < townOrder[b.town]; });

    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(
        AnnexHeading { context.translate("AnnexProjects", "4. School construction projects"), 1 });
    blocks.push_back(AnnexParagraph {
        context
            .translate("AnnexProjects",
                "Projects are the scenario's new schools, expansions and relocations, plus reserve "
                "projects sized to the remaining catchment shortfall. Floor area at %1 m2 "
                "(primary) "
                "and %2 m2 (junior) per student; investment at %3 yuan/m2, of which works, other "
                "costs and contingency are %4%, %5% and %6%; land not included.")
            .arg(standards.floorAreaPerStudent[0])
            .arg(standards.floorAreaPerStudent[1])
            .arg(standards.unitCostYuanPerM2)
            .arg(standards.costShareWorks * 100)
            .arg(standards.costShareOther * 100)
            .arg(standards.costShareContingency * 100) });

    AnnexTable table;
    table.number = context.nextTable();
    table.title
        = context.translate("AnnexProjects", "Compulsory-education school construction projects");
    table.units = context.translate("AnnexProjects", "Units: classes, seats, mu, m2, 10,000 yuan");
    const QString seatsGroup = context.translate("AnnexProjects", "Seats added");
    const QString moneyGroup = context.translate("AnnexProjects", "Investment (10,000 yuan)");
    table.columns = { { context.translate("AnnexProjects", "No."), {}, false, 0, 0.5 },
        { context.translate("AnnexProjects", "Project"), {}, false, 0, 2.2 },
        { context.translate("AnnexProjects", "Town"), {}, false, 0, 1 },
        { context.translate("AnnexProjects", "Nature"), {}, false, 0, 0.7 },
        { context.translate("AnnexProjects", "Level"), {}, false, 0, 0.8 },
        { context.translate("AnnexProjects", "Status"), {}, false, 0, 0.7 },
        { context.translate("AnnexProjects", "Classes after"), {}, true, 0, 0.8 },
        { context.translate("AnnexProjects", "primary"), seatsGroup, true, 0, 0.8 },
        { context.translate("AnnexProjects", "junior"), seatsGroup, true, 0, 0.8 },
        { context.translate("AnnexProjects", "Land (mu)"), {}, true, 1, 0.8 },
        { context.translate("AnnexProjects", "Land status"), {}, false, 0, 0.8 },
        { context.translate("AnnexProjects", "Floor area (m2)"), {}, true, 0, 1 },
        { context.translate("AnnexProjects", "total"), moneyGroup, true, 0, 0.9 },
        { context.translate("AnnexProjects", "works"), moneyGroup, true, 0, 0.9 },
        { context.translate("AnnexProjects", "other"), moneyGroup, true, 0, 0.8 },
        { context.translate("AnnexProjects", "contingency"), moneyGroup, true, 0, 0.8 },
        { context.translate("AnnexProjects", "Funding"), {}, false, 0, 0.7 },
        { context.translate("AnnexProjects", "Start"), {}, false, 0, 0.6 },
        { context.translate("AnnexProjects", "End"), {}, false, 0, 0.6 },
        { context.translate("AnnexProjects", "Responsible"), {}, false, 0, 1 },
        { context.translate("AnnexProjects", "Notes"), {}, false, 0, 1.4 } };

    const auto sumsOf = [&](const Project& project) {
        const core::InvestmentEstimate cost = core::estimateInvestment(project.seats, standards);
        Sums sums;
        sums.classes = project.classesAfter;
        sums.primary = rounded(project.seats[0]);
        sums.junior = rounded(project.seats[1]);
        sums.landMu = rounded(project.landM2 / core::kSquareMetresPerMu, 1);
        sums.floor = rounded(cost.floorAreaM2);
        sums.total = rounded(cost.totalWan, 1);
        sums.works = rounded(cost.worksWan, 1);
        sums.other = rounded(cost.otherWan, 1);
        sums.contingency = rounded(cost.contingencyWan, 1);
        return sums;
    };
    const auto numbers = [](const Sums& s) {
        return std::vector<AnnexCell> { num(s.classes), num(s.primary), num(s.junior),
            num(s.landMu, 1) };
    };
    const auto money = [](const Sums& s) {
        return std::vector<AnnexCell> { num(s.floor), num(s.total, 1), num(s.works, 1),
            num(s.other, 1), num(s.contingency, 1) };
    };
    const auto sumRow = [&](AnnexRowKind kind, const QString& label, const Sums& s) {
        // 合计 sits in the number column; a town's 小计 names the town in the name column.
        const bool isTotal = kind == AnnexRowKind::Total;
        AnnexRow row { kind,
            { txt(isTotal ? label : QString()), txt(isTotal ? QString() : label), txt(QString()),
                txt(QString()), txt(QString()), txt(QString()) } };
        for (auto& cell : numbers(s))
            row.cells.push_back(cell);
        row.cells.push_back(txt(QString()));
        for (auto& cell : money(s))
            row.cells.push_back(cell);
        for (int i = 0; i < 5; ++i)
            row.cells.push_back(txt(QString()));
        return row;
    };

    Sums total;
    std::vector<AnnexRow> body;
    int number = 0;
    for (std::size_t i = 0; i < projects.size();) {
        const std::string town = projects[i].town;
        Sums subtotal;
        std::vector<AnnexRow> group;
        for (; i < projects.size() && projects[i].town == town; ++i) {
            const Project& project = projects[i];
            const Sums sums = sumsOf(project);
            subtotal.add(sums);
            AnnexRow row { AnnexRowKind::Data,
                { txt(QString::number(++number)), txt(project.name),
                    txt(context.townName(project.town)), txt(natureText(context, project.nature)),
                    txt(project.level), txt(statusText(context, project.status)) } };
            for (auto& cell : numbers(sums))
                row.cells.push_back(cell);
            row.cells.push_back(txt(project.landStatus));
            for (auto& cell : money(sums))
                row.cells.push_back(cell);
            row.cells.push_back(txt(context.fundingSource()));
            row.cells.push_back(txt(QString::number(project.start)));
            row.cells.push_back(txt(QString::number(project.end)));
            row.cells.push_back(txt(context.responsibleUnit(project.county)));
            row.cells.push_back(txt(project.note));
            group.push_back(std::move(row));
        }
        total.add(subtotal);
        body.push_back(sumRow(AnnexRowKind::Subtotal,
            context.townName(town) + context.translate("AnnexProjects", " subtotal"), subtotal));
        for (auto& row : group)
            body.push_back(std::move(row));
    }
    table.rows.push_back(
        sumRow(AnnexRowKind::Total, context.translate("AnnexProjects", "Total"), total));
    for (auto& row : body)
        table.rows.push_back(std::move(row));
    table.note = context.translate("AnnexProjects",
        "Note: estimates without land acquisition; the funding split is fixed at approval; "
        "reserve projects are sized to the remaining shortfall and use reserved plots first.");
    blocks.push_back(std::move(table));
}

} // namespace seatplan::render::detail
