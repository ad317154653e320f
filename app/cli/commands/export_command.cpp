#include "export_command.h"

#include "seatplan/gis/exporter.h"
#include "seatplan/gis/project.h"

namespace seatplan::cli {

QString ExportCommand::summary() const
{
    return tr("Write a project layer to a file; the format follows the extension.");
}

void ExportCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.gpkg)."));
    parser.addPositionalArgument(QStringLiteral("LAYER"), tr("The layer to export, e.g. schools."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        tr("The output: .gpkg, .shp, .geojson, .kml, .csv, .xlsx or .fgb."));
}

int ExportCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        throw UsageError(tr("expected PROJECT, LAYER and FILE").toStdString());
    const gis::Project project = gis::Project::openReadOnly(args[0].toStdString());
    printError(tr("exporting %1 ...").arg(args[1]));
    gis::exportLayer(project, args[1].toStdString(), args[2].toStdString());
    printOut(tr("Wrote %1 to %2.").arg(args[1], args[2]));
    return kExitOk;
}

} // namespace seatplan::cli
