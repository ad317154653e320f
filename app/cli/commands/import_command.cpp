#include "import_command.h"

#include "seatplan/gis/importer.h"
#include "seatplan/gis/project.h"
#include "seatplan/render/import_report_text.h"

#include <cmath>

namespace seatplan::cli {

QString ImportCommand::summary() const
{
    return tr("Import a file GDAL reads into a project layer or table, with a report.");
}

void ImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.gpkg)."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        tr("The file to import (Shapefile, GeoJSON, GeoPackage, KML, CSV, XLSX, GeoTIFF, ...)."));
    parser.addOption({ QStringLiteral("as"),
        tr("What the file is: county, towns, zones, schools, catchments, plots, developments, "
           "landuse, roads, population, cohorts, births or enrolment."),
        QStringLiteral("ROLE") });
    parser.addOption({ QStringLiteral("layer"),
        tr("The layer (or sheet) to read in a file with several."), QStringLiteral("L") });
    parser.addOption({ QStringLiteral("encoding"),
        tr("Text encoding of a .dbf or CSV, e.g. GBK or UTF-8 (default: detect)."),
        QStringLiteral("ENC") });
    parser.addOption({ QStringLiteral("source-crs"),
        tr("The file's CRS when missing or wrong: EPSG:N, or gcj02 / bd09 for Amap/Tencent/DataV "
           "or Baidu lon/lat."),
        QStringLiteral("CRS") });
    parser.addOption({ QStringLiteral("field"),
        tr("Map a column explicitly: target=source, or target= to leave the field empty "
           "(repeatable)."),
        QStringLiteral("T=S") });
    parser.addOption({ QStringLiteral("generated"),
        tr("Mark the layer as generated (synthetic) data in its provenance.") });
}

int ImportCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        throw UsageError(tr("expected PROJECT and FILE").toStdString());
    if (!parser.isSet(QStringLiteral("as")))
        throw UsageError(tr("--as is required").toStdString());
    gis::ImportOptions options;
    const auto role = gis::importRoleFromName(parser.value(QStringLiteral("as")).toStdString());
    if (!role)
        throw UsageError(
            tr("unknown --as '%1'").arg(parser.value(QStringLiteral("as"))).toStdString());
    options.role = *role;
    options.source.layer = parser.value(QStringLiteral("layer")).toStdString();
    options.source.encoding = parser.value(QStringLiteral("encoding")).toStdString();
    options.source.sourceCrs = parser.value(QStringLiteral("source-crs")).toStdString();
    for (const QString& mapping : parser.values(QStringLiteral("field"))) {
        // "target=" (nothing after =) leaves the field empty whatever the column names say.
        const qsizetype equals = mapping.indexOf(QLatin1Char('='));
        if (equals <= 0)
            throw UsageError(
                tr("--field needs target=source, not '%1'").arg(mapping).toStdString());
        options.fields.push_back(
            { mapping.left(equals).toStdString(), mapping.mid(equals + 1).toStdString() });
    }
    if (parser.isSet(QStringLiteral("generated")))
        options.origin = "generated";

    gis::Project project = gis::Project::open(args[0].toStdString());
    const auto progress = [](double fraction, const std::string& stage) {
        printError(tr("%1% %2")
                       .arg(static_cast<int>(std::lround(fraction * 100)), 3)
                       .arg(render::ImportReportText::stage(stage)));
    };
    const gis::ImportReport report
        = gis::importFile(project, args[1].toStdString(), options, progress);
    // The report on stdout; a placement warning goes to stderr, where warnings belong.
    printOut(render::ImportReportText::text(report, false));
    if (report.placement) {
        const QString warning = render::ImportReportText::placement(
            *report.placement, args[1], QString::fromStdString(report.sourceLayer));
        if (!warning.isEmpty())
            printError(warning);
    }
    printOut(
        tr("Imported %1 into %2 as %3.")
            .arg(args[1], args[0], QString::fromStdString(gis::importRoleTarget(options.role))));
    return kExitOk;
}

} // namespace seatplan::cli
