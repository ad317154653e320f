#include "annex_command.h"

#include "seatplan/core/analyze.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_loader.h"
#include "seatplan/render/annex/annex_builder.h"
#include "seatplan/render/annex/annex_composer.h"
#include "seatplan/render/annex/annex_spreadsheets.h"
#include "seatplan/render/annex/project_annex.h"
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
    render::ProjectAnnexRequest request;
    request.scenario = scenarioName;
    request.firstYear = years.captured(1).toInt();
    request.lastYear = years.captured(2).toInt();
    for (const QString& code : parser.values(QStringLiteral("county")))
        request.counties.push_back(code.toStdString());
    // The annex is an official Chinese document whatever language the messages are in.
    request.language = parser.isSet(QStringLiteral("lang"))
        ? render::chooseLanguage(parser.value(QStringLiteral("lang")))
        : render::Language::Chinese;
    request.townMaps = parser.isSet(QStringLiteral("towns"));
    request.date = documentDate();
    printError(tr("loading %1 ...").arg(args[0]));
    const render::ProjectAnnex annex(project, request);
    const render::AnnexOptions& options = annex.options();
    const core::PlanningInputs& inputs = annex.inputs();
    const QDateTime date = request.date;
    for (const std::string& code : request.counties) {
        const bool exists = std::any_of(inputs.counties.begin(), inputs.counties.end(),
            [&](const core::County& county) { return county.code == code; });
        if (!exists)
            throw UsageError(
                tr("the project has no county %1").arg(QString::fromStdString(code)).toStdString());
    }

    const render::AnnexDocument document = annex.build();
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
            const render::AnnexDocument part = annex.build({ county });
            writeAnnex(part, paper,
                base + QLatin1Char('-') + QString::fromStdString(county) + QStringLiteral(".pdf"),
                date);
        }
    }
    return kExitOk;
}

} // namespace seatplan::cli
