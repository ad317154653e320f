#include "import_command.h"

#include "seatplan/gis/importer.h"
#include "seatplan/gis/project.h"

#include <cmath>

namespace seatplan::cli {

namespace {
    constexpr double kMetresPerKm = 1000;
    constexpr double kPercent = 100;
} // namespace

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
        tr("Map a column explicitly: target=source (repeatable)."), QStringLiteral("T=S") });
    parser.addOption({ QStringLiteral("generated"),
        tr("Mark the layer as generated (synthetic) data in its provenance.") });
}

void ImportCommand::warnAboutPlacement(
    const gis::Placement& placement, const QString& file, const QString& layer)
{
    using Verdict = gis::Placement::Verdict;
    const QString what = layer.isEmpty() ? file : tr("%1 (layer %2)").arg(file, layer);
    const auto km = [](double m) { return QString::number(m / kMetresPerKm, 'f', 1); };
    QString offset;
    if (placement.offset)
        offset = tr("%1 km off the project's counties (%2 km east, %3 km north)")
                     .arg(km(placement.offsetM), km(placement.offset->x), km(placement.offset->y));
    switch (placement.verdict) {
    case Verdict::Fine:
        return;
    case Verdict::Shifted:
        printError(tr("warning: %1 lies %2: Amap/DataV/Tencent coordinates (GCJ-02) are about "
                      "560 m off here; import with --source-crs gcj02 (or bd09 for Baidu).")
                       .arg(what, offset));
        return;
    case Verdict::Misplaced:
        printError(tr("warning: %1 lies %2: a wrongly placed dataset, do not use it as it is.")
                       .arg(what, offset));
        return;
    case Verdict::Outside:
        printError(tr("warning: %1 barely overlaps the project's counties: only %2% of its "
                      "features lie inside them (bounding box overlap %3%); check the file, its "
                      "CRS and --source-crs.")
                       .arg(what)
                       .arg(placement.insideShare * kPercent, 0, 'f', 0)
                       .arg(placement.extentOverlap * kPercent, 0, 'f', 0));
        return;
    }
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
        const qsizetype equals = mapping.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == mapping.size() - 1)
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
                       .arg(QString::fromStdString(stage)));
    };
    const gis::ImportReport report
        = gis::importFile(project, args[1].toStdString(), options, progress);
    printOut(QString::fromStdString(report.text()).trimmed());
    if (report.placement)
        warnAboutPlacement(*report.placement, args[1], QString::fromStdString(report.sourceLayer));
    printOut(
        tr("Imported %1 into %2 as %3.")
            .arg(args[1], args[0], QString::fromStdString(gis::importRoleTarget(options.role))));
    return kExitOk;
}

} // namespace seatplan::cli
