#include "new_command.h"

#include "seatplan/gis/project.h"

namespace seatplan::cli {

QString NewCommand::summary() const
{
    return tr("Create an empty project GeoPackage with the standard layers and tables.");
}

void NewCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("PROJECT"), tr("The project file to create (.gpkg)."));
    parser.addOption(
        { QStringLiteral("crs"), tr("Project CRS, a projected CRS in metres (default EPSG:4548)."),
            QStringLiteral("CRS"), QString::fromLatin1(gis::kDefaultProjectCrs) });
    parser.addOption({ QStringLiteral("title"), tr("Project title."), QStringLiteral("TITLE") });
    parser.addOption({ QStringLiteral("force"), tr("Replace an existing file.") });
}

int NewCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        throw UsageError(tr("expected one PROJECT argument").toStdString());
    gis::Project project = gis::Project::create(args[0].toStdString(),
        parser.value(QStringLiteral("crs")).toStdString(), parser.isSet(QStringLiteral("force")));
    if (parser.isSet(QStringLiteral("title")))
        project.setMetadata("title", parser.value(QStringLiteral("title")).toStdString());
    printOut(tr("Created %1 (CRS %2).").arg(args[0], QString::fromStdString(project.crs())));
    return kExitOk;
}

} // namespace seatplan::cli
