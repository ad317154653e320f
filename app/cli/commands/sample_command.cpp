#include "sample_command.h"

#include "seatplan/gis/sample_project.h"

#include <QDir>
#include <QFileInfo>

namespace seatplan::cli {

namespace {

    // The default real-data folder: shared/data/real beside the checkout (set by CMake).
    QString defaultRealData()
    {
        return QStringLiteral(SEATPLAN_SHARED_DIR "/data/real");
    }

    int positiveInt(const QCommandLineParser& parser, const QString& option, int minimum)
    {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < minimum)
            throw UsageError(
                SampleCommand::tr("--%1 must be a whole number of at least %2, not '%3'")
                    .arg(option)
                    .arg(minimum)
                    .arg(parser.value(option))
                    .toStdString());
        return value;
    }

} // namespace

QString SampleCommand::summary() const
{
    return tr("Build the Meizhou sample project (real boundaries and census, generated schools).");
}

void SampleCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("The GeoPackage to write (replaced if it exists)."), tr("file"),
        QStringLiteral("meizhou.gpkg") });
    parser.addOption({ QStringLiteral("scale"),
        tr("Multiply zones, schools and raster cells by N (for benchmarks)."), tr("N"),
        QStringLiteral("1") });
    parser.addOption({ QStringLiteral("landuse-polygons"),
        tr("Number of generated land-use polygons (e.g. 300000 for benchmarks)."), tr("N"),
        QStringLiteral("2000") });
    parser.addOption({ QStringLiteral("real-data"),
        tr("The folder of real input data (boundaries, codes, census)."), tr("dir"),
        defaultRealData() });
}

int SampleCommand::run(const QCommandLineParser& parser) const
{
    if (!parser.positionalArguments().isEmpty())
        throw UsageError(tr("unexpected argument '%1'")
                             .arg(parser.positionalArguments().constFirst())
                             .toStdString());
    gis::SampleOptions options;
    options.scale = positiveInt(parser, QStringLiteral("scale"), 1);
    options.landusePolygons = positiveInt(parser, QStringLiteral("landuse-polygons"), 0);
    const QString realData = parser.value(QStringLiteral("real-data"));
    if (!QFileInfo(realData).isDir())
        throw UsageError(
            tr("the real-data folder '%1' does not exist").arg(realData).toStdString());
    options.realDataDir = std::filesystem::path(realData.toStdString());
    const QString output = parser.value(QStringLiteral("output"));
    const auto summary
        = gis::buildSampleProject(options, std::filesystem::path(output.toStdString()));
    printOut(tr("Wrote %1: %2 counties, %3 towns, %4 zones, %5 schools, %6 catchments, "
                "%7 plots, %8 developments, %9 land-use polygons")
                 .arg(output)
                 .arg(summary.counties)
                 .arg(summary.towns)
                 .arg(summary.zones)
                 .arg(summary.schools)
                 .arg(summary.catchments)
                 .arg(summary.plots)
                 .arg(summary.developments)
                 .arg(summary.landuse));
    printOut(tr("Population %1 (2020 census) on a %2 x %3 grid")
                 .arg(summary.population)
                 .arg(summary.rasterColumns)
                 .arg(summary.rasterRows));
    return kExitOk;
}

} // namespace seatplan::cli
