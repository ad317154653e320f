#include "plots_command.h"

#include "seatplan/core/analyze.h"
#include "seatplan/core/errors.h"
#include "seatplan/gis/plot_checks.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_loader.h"
#include "seatplan/gis/table_export.h"

#include <QFileInfo>

#include <algorithm>
#include <map>
#include <set>

namespace seatplan::cli {

namespace {
    const QString kOutput = QStringLiteral("output");
    const char* const kBase = "base";

    gis::VectorLayer subset(const gis::VectorLayer& layer, const std::vector<std::size_t>& rows)
    {
        gis::VectorLayer out = layer;
        out.features.clear();
        for (const std::size_t i : rows)
            out.features.push_back(layer.features[i]);
        return out;
    }

    std::string percent(double share)
    {
        return QString::number(share * 100, 'f', 1).toStdString() + "%";
    }

    std::string joined(const std::vector<std::string>& items)
    {
        std::string out;
        for (const auto& item : items)
            out += (out.empty() ? "" : "; ") + item;
        return out;
    }
} // namespace

QString PlotsCommand::summary() const
{
    return tr("Check reserved school plots: area against the land needed, demand zones within "
              "the service radius, shortfall catchments touched, land use, constraint layers "
              "and distance from railways and arterial roads.");
}

void PlotsCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.gpkg)."));
    parser.addOption({ { QStringLiteral("o"), kOutput },
        tr("Write the table to FILE (.xlsx or .csv); without it the table is printed."),
        QStringLiteral("FILE") });
}

int PlotsCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        throw UsageError(tr("expected one PROJECT argument").toStdString());
    const QString output = parser.value(kOutput);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!output.isEmpty() && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        throw UsageError(
            tr("unknown output format '%1' (use .xlsx or .csv)").arg(output).toStdString());

    const gis::Project project = gis::Project::openReadOnly(args[0].toStdString());
    printError(tr("checking plots ..."));
    const core::PlanningInputs inputs = gis::loadPlanningInputs(project, kBase);
    const core::Standards& standards = inputs.standards;

    // Land needed and catchment shortfalls come from the planning engine (medium variant).
    std::map<std::string, core::PlotResult> land;
    std::map<std::string, double> shortfall; // catchment id -> largest shortfall, seats
    try {
        core::AnalysisOptions options;
        options.variants = { core::Variant::Medium };
        const core::Results results = core::analyze(inputs, core::Scenario {}, options);
        for (const auto& p : results.plots)
            land[p.plotId] = p;
        for (const auto& row : results.catchments)
            if (row.shortfall > 0)
                shortfall[row.id] = std::max(shortfall[row.id], row.shortfall);
    } catch (const core::InvalidInput& error) {
        printError(tr("warning: the project cannot be analysed (%1); land needed and "
                      "shortfalls are left empty.")
                       .arg(QString::fromUtf8(error.what())));
    }

    const gis::VectorLayer plots = project.readLayer(gis::layers::kPlots);
    const gis::VectorLayer zones = project.readLayer(gis::layers::kZones);
    gis::VectorLayer catchments = project.readLayer(gis::layers::kCatchments);
    std::vector<std::size_t> base;
    for (std::size_t i = 0; i < catchments.features.size(); ++i) {
        const std::string s = gis::toText(catchments.value(i, "scenario"));
        if (s.empty() || s == kBase)
            base.push_back(i);
    }
    catchments = subset(catchments, base);
    const gis::VectorLayer landuse = project.readLayer(gis::layers::kLanduse);
    const gis::VectorLayer roads = project.readLayer(gis::layers::kRoads);
    std::vector<gis::VectorLayer> constraints;
    for (const gis::LayerInfo& info : project.layers())
        if (info.kind == gis::GeometryKind::Polygon && !gis::layers::isContractLayer(info.name))
            constraints.push_back(project.readLayer(info.name));

    // Each plot with the service radius of the level its school serves (500 m / 1000 m).
    gis::PlotCheckOptions options;
    options.railwayBuffer = standards.railwayClearance;
    options.arterialBuffer = standards.arterialClearance;
    const std::vector<gis::PlotCheck> checks = gis::checkPlotsPerLevel(
        plots, zones, catchments, landuse, roads, constraints, standards.serviceRadius, options);

    gis::ExportTable table;
    table.name = tr("Plot checks").toStdString();
    for (const QString& c : { tr("Plot"), tr("Name"), tr("Planned level"), tr("Planned classes"),
             tr("Area (m2)"), tr("Land needed (m2)"), tr("Land adequate"),
             tr("Zones within service radius"), tr("Population within service radius"),
             tr("Catchments touched"), tr("Shortfall catchments (seats)"), tr("Land use"),
             tr("Constraint overlaps"), tr("Railway distance (m)"), tr("Railway clearance kept"),
             tr("Arterial distance (m)"), tr("Arterial clearance kept") })
        table.columns.push_back(c.toStdString());
    const std::string yes = tr("yes").toStdString();
    const std::string no = tr("no").toStdString();
    auto optionalNumber = [](const std::optional<double>& v) -> gis::ExportCell {
        if (v)
            return *v;
        return std::monostate {};
    };
    int failing = 0;
    for (const gis::PlotCheck& c : checks) {
        const std::size_t i = c.plotIndex;
        double population = 0;
        for (const std::size_t z : c.zonesInRadius)
            population += gis::toDouble(zones.value(z, "population")).value_or(0);
        std::vector<std::string> touched;
        std::vector<std::string> short_;
        for (const std::size_t k : c.catchments) {
            const std::string id = gis::toText(catchments.value(k, "id"));
            touched.push_back(id);
            if (const auto s = shortfall.find(id); s != shortfall.end())
                short_.push_back(
                    id + " (" + QString::number(s->second, 'f', 0).toStdString() + ")");
        }
        std::vector<std::string> uses;
        std::vector<std::string> constraintHits;
        for (const gis::PlotOverlap& o : c.overlaps) {
            const std::string item = o.category + " " + percent(o.share);
            (o.source == "landuse" ? uses : constraintHits).push_back(item);
        }
        const auto found = land.find(c.id);
        gis::ExportCell needed = std::monostate {};
        gis::ExportCell adequate = std::monostate {};
        if (found != land.end() && found->second.landNeededM2 > 0) {
            needed = found->second.landNeededM2;
            adequate = found->second.adequate ? yes : no;
        }
        if (!c.clearance.railwayOk || !c.clearance.arterialOk
            || (found != land.end() && found->second.landNeededM2 > 0 && !found->second.adequate))
            ++failing;
        table.rows.push_back({ c.id, gis::toText(plots.value(i, "name")),
            gis::toText(plots.value(i, "planned_level")),
            optionalNumber(gis::toDouble(plots.value(i, "planned_classes"))), c.areaM2, needed,
            adequate, static_cast<double>(c.zonesInRadius.size()), population, joined(touched),
            joined(short_), joined(uses), joined(constraintHits),
            optionalNumber(c.clearance.railwayDistanceM), c.clearance.railwayOk ? yes : no,
            optionalNumber(c.clearance.arterialDistanceM), c.clearance.arterialOk ? yes : no });
    }

    if (output.isEmpty()) {
        printOut(QString::fromStdString(joined(table.columns))
                     .replace(QLatin1String("; "), QLatin1String("\t")));
        for (const auto& row : table.rows) {
            QStringList cells;
            for (const gis::ExportCell& cell : row) {
                if (const auto* d = std::get_if<double>(&cell))
                    cells << QString::number(*d, 'f', 0);
                else if (const auto* s = std::get_if<std::string>(&cell))
                    cells << QString::fromStdString(*s);
                else
                    cells << QString();
            }
            printOut(cells.join(QLatin1Char('\t')));
        }
    } else if (suffix == QLatin1String("xlsx")) {
        gis::writeXlsx(output.toStdString(), { table });
    } else {
        gis::writeCsv(output.toStdString(), table);
    }
    if (!output.isEmpty())
        printOut(tr("Wrote %n plot(s) to %1.", nullptr, static_cast<int>(table.rows.size()))
                     .arg(output));
    printError(tr("%n plot(s) fail the land or clearance check.", nullptr, failing));
    return kExitOk;
}

} // namespace seatplan::cli
