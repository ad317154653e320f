#include "catchments_command.h"

#include "seatplan/gis/catchment_builder.h"
#include "seatplan/gis/exporter.h"
#include "seatplan/gis/project.h"

namespace seatplan::cli {

namespace {
    const QString kMethod = QStringLiteral("method");
    const QString kLevel = QStringLiteral("level");
    const QString kOutput = QStringLiteral("output");
    constexpr double kSquareMetresPerKm2 = 1e6;
} // namespace

QString CatchmentsCommand::summary() const
{
    return tr("Draw catchments around the schools of one level: Voronoi cells clipped to each "
              "county, or whole zones to the nearest school.");
}

void CatchmentsCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.gpkg)."));
    parser.addOption({ kMethod,
        tr("voronoi (cells clipped to the county) or nearest (zones "
           "to the nearest school of their county)."),
        QStringLiteral("METHOD"), QStringLiteral("voronoi") });
    parser.addOption({ kLevel, tr("The school level: primary or junior."), QStringLiteral("LEVEL"),
        QStringLiteral("primary") });
    parser.addOption({ { QStringLiteral("o"), kOutput },
        tr("Write the catchments to FILE (.gpkg, .geojson, .shp, .kml, .csv, .xlsx, .fgb); "
           "without it a summary is printed."),
        QStringLiteral("FILE") });
}

int CatchmentsCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        throw UsageError(tr("expected one PROJECT argument").toStdString());
    const QString methodText = parser.value(kMethod);
    gis::CatchmentMethod method = gis::CatchmentMethod::Voronoi;
    if (methodText == QLatin1String("nearest"))
        method = gis::CatchmentMethod::Nearest;
    else if (methodText != QLatin1String("voronoi"))
        throw UsageError(
            tr("unknown --method '%1' (use voronoi or nearest)").arg(methodText).toStdString());
    const QString levelText = parser.value(kLevel);
    if (levelText != QLatin1String("primary") && levelText != QLatin1String("junior"))
        throw UsageError(
            tr("unknown --level '%1' (use primary or junior)").arg(levelText).toStdString());
    const core::Level level = core::parseLevel(levelText.toStdString());

    const gis::Project project = gis::Project::openReadOnly(args[0].toStdString());
    printError(tr("drawing %1 catchments (%2) ...").arg(levelText, methodText));
    const gis::VectorLayer counties = project.readLayer(gis::layers::kCounties);
    const gis::VectorLayer schools = project.readLayer(gis::layers::kSchools);
    const gis::VectorLayer zones = method == gis::CatchmentMethod::Nearest
        ? project.readLayer(gis::layers::kZones)
        : gis::VectorLayer {};
    gis::BuiltCatchments built = gis::buildCatchments(schools, counties, zones, level, method);
    built.layer.crs = project.crs();

    if (built.schoolsOutside > 0)
        printError(tr("warning: %n school(s) of this level lie in no county and were left out.",
            nullptr, static_cast<int>(built.schoolsOutside)));
    if (built.duplicateSites > 0)
        printError(tr("warning: %n school(s) share a location with another school and got no "
                      "cell of their own.",
            nullptr, static_cast<int>(built.duplicateSites)));
    if (built.countiesWithoutSchool > 0)
        printError(tr("warning: %n county(ies) have no school of this level.", nullptr,
            static_cast<int>(built.countiesWithoutSchool)));
    if (built.zonesUnassigned > 0)
        printError(tr("warning: %n zone(s) lie in a county without a school of this level and "
                      "were not assigned.",
            nullptr, static_cast<int>(built.zonesUnassigned)));

    const QString output = parser.value(kOutput);
    if (!output.isEmpty()) {
        gis::exportVectorLayer(built.layer, output.toStdString());
        printOut(tr(
            "Wrote %n catchment(s) to %1.", nullptr, static_cast<int>(built.layer.features.size()))
                     .arg(output));
        return kExitOk;
    }
    printOut(tr(
        "%n catchment(s) from %1 schools:", nullptr, static_cast<int>(built.layer.features.size()))
                 .arg(built.schoolsUsed));
    printOut(tr("id\tschool\tcounty\tarea (km2)\tzones"));
    for (std::size_t i = 0; i < built.layer.features.size(); ++i) {
        const auto text = [&](const char* field) {
            return QString::fromStdString(gis::toText(built.layer.value(i, field)));
        };
        const QString zoneIds = text("zone_ids");
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(text("id"), text("school_ids"), text("county_code"))
                     .arg(gis::toDouble(built.layer.value(i, "area_m2")).value_or(0)
                             / kSquareMetresPerKm2,
                         0, 'f', 2)
                     .arg(zoneIds.isEmpty() ? 0 : zoneIds.count(QLatin1Char(',')) + 1));
    }
    return kExitOk;
}

} // namespace seatplan::cli
