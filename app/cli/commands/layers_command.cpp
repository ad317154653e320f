#include "layers_command.h"

#include "seatplan/gis/project.h"

namespace seatplan::cli {

namespace {
    QString kindName(gis::GeometryKind kind)
    {
        switch (kind) {
        case gis::GeometryKind::Point:
            return QStringLiteral("point");
        case gis::GeometryKind::Line:
            return QStringLiteral("line");
        case gis::GeometryKind::Polygon:
            return QStringLiteral("polygon");
        case gis::GeometryKind::None:
            break;
        }
        return QStringLiteral("table");
    }
} // namespace

QString LayersCommand::summary() const
{
    return tr("List a project's layers and tables with their feature and row counts.");
}

void LayersCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.gpkg)."));
}

int LayersCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        throw UsageError(tr("expected one PROJECT argument").toStdString());
    const gis::Project project = gis::Project::openReadOnly(args[0].toStdString());
    printOut(tr("Project %1, CRS %2, schema version %3")
                 .arg(args[0], QString::fromStdString(project.crs()))
                 .arg(project.schemaVersion()));
    for (const gis::LayerInfo& layer : project.layers()) {
        const auto provenance = project.provenance(layer.name);
        printOut(QStringLiteral("%1\t%2\t%3\t%4")
                     .arg(QString::fromStdString(layer.name), kindName(layer.kind))
                     .arg(layer.featureCount)
                     .arg(provenance
                             ? QString::fromStdString(provenance->origin + " " + provenance->source)
                             : QString()));
    }
    printOut(QStringLiteral("seatplan_cohorts\ttable\t%1").arg(project.cohorts().size()));
    printOut(QStringLiteral("seatplan_births\ttable\t%1").arg(project.births().size()));
    printOut(QStringLiteral("seatplan_enrolment\ttable\t%1").arg(project.enrolment().size()));
    printOut(QStringLiteral("seatplan_scenarios\ttable\t%1").arg(project.scenarios().size()));
    if (project.hasPopulationRaster())
        printOut(QStringLiteral("population\traster\t%1")
                     .arg(QString::fromStdString(project.populationRasterPath())));
    return kExitOk;
}

} // namespace seatplan::cli
