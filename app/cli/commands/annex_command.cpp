#include "annex_command.h"

#include "seatplan/core/analyze.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_loader.h"
#include "seatplan/render/annex/annex_builder.h"
#include "seatplan/render/annex/annex_composer.h"
#include "seatplan/render/annex/annex_spreadsheets.h"
#include "seatplan/render/scenario_loader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHashSeed>
#include <QRegularExpression>
#include <QTimeZone>

namespace seatplan::cli {

namespace {

    /// The cover date: SOURCE_DATE_EPOCH (reproducible builds convention) when set, else now.
    QDateTime documentDate()
    {
        bool ok = false;
        const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
        if (ok)
            return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc());
        return QDateTime::currentDateTimeUtc();
    }

    QString crsText(const std::string& crs)
    {
        if (crs == "EPSG:4548")
            return QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548)");
        return QString::fromStdString(crs);
    }

    std::shared_ptr<const gis::VectorLayer> layerOrNull(
        const gis::Project& project, const char* name)
    {
        if (!project.hasLayer(name))
            return nullptr;
        return std::make_shared<const gis::VectorLayer>(project.readLayer(name));
    }

    void writeAnnex(const render::AnnexDocument& document, render::AnnexPaper paper,
        const QString& path, const QDateTime& date)
    {
        const int pages = render::AnnexComposer(document, paper).writePdf(path, date);
        printError(AnnexCommand::tr("wrote %1 (%2 pages)").arg(path).arg(pages));
    }

} // namespace

QString AnnexCommand::summary() const
{
    return tr("Write the planning annex: PDF tables, charts and maps, and XLSX/CSV tables.");
}

void AnnexCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.gpkg)."));
    parser.addOption({ QStringLiteral("scenario"), tr("Scenario to print (default: base)."),
        tr("NAME"), QStringLiteral("base") });
    parser.addOption({ QStringLiteral("years"), tr("Plan period (default: 2021-2025)."),
        tr("FIRST-LAST"), QStringLiteral("2021-2025") });
    parser.addOption({ QStringLiteral("county"),
        tr("Only this county (6-digit code); repeat for several."), tr("CODE") });
    parser.addOption({ QStringLiteral("lang"),
        tr("Language of the annex: zh or en (default: zh, the language of official annexes)."),
        tr("zh|en") });
    parser.addOption({ QStringLiteral("split"), tr("Also write one PDF per county.") });
    parser.addOption({ QStringLiteral("towns"), tr("Add one map page per town to the atlas.") });
    parser.addOption({ QStringLiteral("paper"), tr("Paper: a4 (default) or a3, landscape."),
        tr("a4|a3"), QStringLiteral("a4") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("The PDF to write; the spreadsheets go beside it."), tr("FILE") });
}

int AnnexCommand::run(const QCommandLineParser& parser) const
{
    // Qt's PDF engine writes its fonts in hash order; a fixed seed gives the same bytes for
    // the same annex (issue 7: annexes must be comparable).
    QHashSeed::setDeterministicGlobalSeed();
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        throw UsageError(tr("expected one PROJECT argument").toStdString());
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        throw UsageError(tr("-o FILE is required").toStdString());
    const QRegularExpression yearsPattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const auto years = yearsPattern.match(parser.value(QStringLiteral("years")));
    if (!years.hasMatch() || years.captured(1).toInt() > years.captured(2).toInt())
        throw UsageError(tr("--years must look like 2021-2025").toStdString());
    const QString paperText = parser.value(QStringLiteral("paper")).toLower();
    if (paperText != QLatin1String("a4") && paperText != QLatin1String("a3"))
        throw UsageError(tr("--paper must be a4 or a3").toStdString());
    const auto paper
        = paperText == QLatin1String("a3") ? render::AnnexPaper::A3 : render::AnnexPaper::A4;

    const std::string scenarioName = parser.value(QStringLiteral("scenario")).toStdString();
    gis::Project project = gis::Project::openReadOnly(args[0].toStdString());
    bool known = scenarioName == "base";
    for (const auto& row : project.scenarios())
        known = known || row.name == scenarioName;
    if (!known)
        throw UsageError(tr("the project has no scenario '%1'")
                             .arg(QString::fromStdString(scenarioName))
                             .toStdString());
    printError(tr("loading %1 ...").arg(args[0]));
    // The scenario's catchments and its journal edits, exactly as analyze and compare see them.
    const render::LoadedScenario loaded = render::loadScenario(project, scenarioName);
    const core::PlanningInputs& inputs = loaded.inputs;
    const core::Scenario& scenario = loaded.scenario;

    render::AnnexOptions options;
    options.firstYear = years.captured(1).toInt();
    options.lastYear = years.captured(2).toInt();
    for (const QString& code : parser.values(QStringLiteral("county"))) {
        const bool exists = std::any_of(inputs.counties.begin(), inputs.counties.end(),
            [&](const core::County& county) { return county.code == code.toStdString(); });
        if (!exists)
            throw UsageError(tr("the project has no county %1").arg(code).toStdString());
        options.counties.push_back(code.toStdString());
    }
    // The annex is an official Chinese document whatever language the messages are in.
    options.language = parser.isSet(QStringLiteral("lang"))
        ? render::chooseLanguage(parser.value(QStringLiteral("lang")))
        : render::Language::Chinese;
    options.townMaps = parser.isSet(QStringLiteral("towns"));
    options.regionName
        = QString::fromStdString(project.metadata("region_name").value_or(inputs.regionCode));
    const QDateTime date = documentDate();
    options.date = options.language == render::Language::Chinese
        ? date.toString(QStringLiteral("yyyy年M月d日"))
        : date.toString(QStringLiteral("d MMMM yyyy"));
    options.crs = crsText(project.crs());
    options.organisation = QString::fromStdString(
        project.metadata("organisation")
            .value_or(
                options.language == render::Language::Chinese ? "（编制单位）" : "(organisation)"));
    const QString title = QString::fromStdString(project.metadata("title").value_or(""));
    if (!title.isEmpty())
        options.sources << title;
    QStringList origins;
    for (const char* layer :
        { gis::layers::kCounties, gis::layers::kTowns, gis::layers::kZones, gis::layers::kSchools,
            gis::layers::kCatchments, gis::layers::kPlots, gis::layers::kDevelopments })
        if (const auto provenance = project.provenance(layer))
            origins << QStringLiteral("%1 (%2)").arg(
                QString::fromUtf8(layer), QString::fromStdString(provenance->origin));
    if (!origins.isEmpty())
        options.sources << origins.join(QStringLiteral(", "));
    options.sources
        << tr("SeatPlan analysis, scenario %1").arg(QString::fromStdString(scenarioName));

    core::AnalysisOptions analysis;
    analysis.firstYear = std::max(inputs.baseYear, options.firstYear);
    analysis.lastYear = std::min(inputs.lastYear, options.lastYear);
    analysis.variants = { options.variant };
    printError(tr("analysing %1 ...").arg(QString::fromStdString(scenarioName)));
    const core::Results results = core::analyze(inputs, scenario, analysis);

    render::AnnexMapLayers maps;
    maps.counties = layerOrNull(project, gis::layers::kCounties);
    maps.towns = layerOrNull(project, gis::layers::kTowns);
    maps.catchments = layerOrNull(project, gis::layers::kCatchments);
    maps.schools = layerOrNull(project, gis::layers::kSchools);
    maps.plots = layerOrNull(project, gis::layers::kPlots);

    const render::AnnexDocument document
        = render::buildAnnex(inputs, scenario, results, options, &maps);
    writeAnnex(document, paper, output, date);
    const QFileInfo info(output);
    const QString base = info.path() + QLatin1Char('/') + info.completeBaseName();
    for (const QString& file : render::writeAnnexSpreadsheets(document, base))
        printError(tr("wrote %1").arg(file));

    if (parser.isSet(QStringLiteral("split"))) {
        const std::vector<std::string> counties = options.counties.empty()
            ? [&] {
                  std::vector<std::string> all;
                  for (const auto& county : inputs.counties)
                      all.push_back(county.code);
                  return all;
              }()
            : options.counties;
        for (const std::string& county : counties) {
            render::AnnexOptions one = options;
            one.counties = { county };
            const render::AnnexDocument part
                = render::buildAnnex(inputs, scenario, results, one, &maps);
            writeAnnex(part, paper,
                base + QLatin1Char('-') + QString::fromStdString(county) + QStringLiteral(".pdf"),
                date);
        }
    }
    return kExitOk;
}

} // namespace seatplan::cli
