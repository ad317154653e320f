#include "compare_command.h"

#include "compare_output.h"
#include "seatplan/core/analyze.h"
#include "seatplan/core/scenario_compare.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/scenario_loader.h"

#include <QFile>

#include <cstdio>

namespace seatplan::cli {

namespace {

    CompareFormat parseFormat(const QString& text)
    {
        if (text == QLatin1String("table"))
            return CompareFormat::Table;
        if (text == QLatin1String("csv"))
            return CompareFormat::Csv;
        if (text == QLatin1String("json"))
            return CompareFormat::Json;
        throw UsageError(CompareCommand::tr("--format must be table, csv or json, not '%1'")
                             .arg(text)
                             .toStdString());
    }

    core::CompareOptions parseOptions(const QCommandLineParser& parser)
    {
        core::CompareOptions options;
        if (parser.isSet(QStringLiteral("year"))) {
            bool ok = false;
            options.year = parser.value(QStringLiteral("year")).toInt(&ok);
            if (!ok)
                throw UsageError(CompareCommand::tr("--year must be a year like 2025, not '%1'")
                                     .arg(parser.value(QStringLiteral("year")))
                                     .toStdString());
        }
        const QString variant = parser.value(QStringLiteral("variant"));
        if (variant == QLatin1String("all"))
            options.variant.reset();
        else if (variant == QLatin1String("low") || variant == QLatin1String("medium")
            || variant == QLatin1String("high"))
            options.variant = core::parseVariant(variant.toStdString());
        else
            throw UsageError(
                CompareCommand::tr("--variant must be low, medium, high or all, not '%1'")
                    .arg(variant)
                    .toStdString());
        return options;
    }

} // namespace

QString CompareCommand::summary() const
{
    return tr("Compare two scenarios: demand, utilisation and flags per school and catchment, "
              "and the zones that changed school.");
}

void CompareCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.gpkg)."));
    parser.addPositionalArgument(QStringLiteral("A"), tr("The scenario to compare against."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("The scenario to compare."));
    parser.addOption(
        { QStringLiteral("year"), tr("Only this year (default: every year)."), tr("year") });
    parser.addOption(
        { QStringLiteral("variant"), tr("Projection variant: low, medium, high or all."),
            tr("variant"), QStringLiteral("medium") });
    parser.addOption({ QStringLiteral("all"), tr("Also list rows that did not change.") });
    parser.addOption({ QStringLiteral("format"), tr("Output format: table, csv or json."),
        tr("format"), QStringLiteral("table") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("Write to this file instead of standard output."), tr("file") });
}

int CompareCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        throw UsageError(
            tr("expected PROJECT A B, got %1 arguments").arg(args.size()).toStdString());
    const CompareFormat format = parseFormat(parser.value(QStringLiteral("format")));
    const core::CompareOptions options = parseOptions(parser);

    gis::Project project = gis::Project::openReadOnly(args[0].toStdString());
    const gis::ScenarioStore store(project);
    for (const QString& name : { args[1], args[2] })
        if (!store.exists(name.toStdString()))
            throw UsageError(tr("unknown scenario '%1'").arg(name).toStdString());
    const render::LoadedScenario a = render::loadScenario(project, args[1].toStdString());
    const render::LoadedScenario b = render::loadScenario(project, args[2].toStdString());
    core::AnalysisOptions analysis;
    if (options.year)
        analysis.firstYear = analysis.lastYear = *options.year;
    if (options.variant)
        analysis.variants = { *options.variant };
    core::ScenarioComparison comparison
        = core::compareResults(core::analyze(a.inputs, a.scenario, analysis),
            core::analyze(b.inputs, b.scenario, analysis), options);
    comparison.zones = core::changedZones(a.inputs, a.scenario, b.inputs, b.scenario);
    const QByteArray text
        = formatComparison(comparison, format, !parser.isSet(QStringLiteral("all")));

    const QString path = parser.value(QStringLiteral("output"));
    if (writeOutput(text, path))
        printError(tr("Wrote %1: %2 zones changed school, %3 flags changed")
                       .arg(path)
                       .arg(comparison.zones.size())
                       .arg(comparison.flags.size()));
    return kExitOk;
}

} // namespace seatplan::cli
