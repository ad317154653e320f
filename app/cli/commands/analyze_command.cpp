#include "analyze_command.h"

#include "analyze_input.h"
#include "analyze_output.h"
#include "seatplan/core/analyze.h"

#include <QFile>
#include <QRegularExpression>

#include <cstdio>

namespace seatplan::cli {

namespace {

    AnalyzeFormat parseFormat(const QString& text)
    {
        if (text == QLatin1String("table"))
            return AnalyzeFormat::Table;
        if (text == QLatin1String("json"))
            return AnalyzeFormat::Json;
        if (text == QLatin1String("csv"))
            return AnalyzeFormat::Csv;
        throw UsageError(AnalyzeCommand::tr("--format must be table, json or csv, not '%1'")
                             .arg(text)
                             .toStdString());
    }

    /// "2021-2035" or "2025" -> options.firstYear / lastYear.
    void parseYears(const QString& text, core::AnalysisOptions& options)
    {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{4}))?$"));
        const auto match = pattern.match(text);
        if (!match.hasMatch())
            throw UsageError(
                AnalyzeCommand::tr("--years must look like 2021-2035 or 2025, not '%1'")
                    .arg(text)
                    .toStdString());
        options.firstYear = match.captured(1).toInt();
        options.lastYear
            = match.captured(2).isEmpty() ? options.firstYear : match.captured(2).toInt();
        if (options.lastYear < options.firstYear)
            throw UsageError(
                AnalyzeCommand::tr("--years: %1 ends before it starts").arg(text).toStdString());
    }

} // namespace

QString AnalyzeCommand::summary() const
{
    return tr("Project demand and compare it with seats, year by year (JSON input; see README).");
}

void AnalyzeCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project to analyse."));
    parser.addOption({ QStringLiteral("scenario"), tr("The scenario to analyse."), tr("name"),
        QStringLiteral("base") });
    parser.addOption({ QStringLiteral("years"),
        tr("The years to report, e.g. 2021-2035 (default: base year to last year)."),
        tr("range") });
    parser.addOption({ QStringLiteral("format"), tr("Output format: table, json or csv."),
        tr("format"), QStringLiteral("table") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("Write to this file instead of standard output."), tr("file") });
}

int AnalyzeCommand::run(const QCommandLineParser& parser) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        throw UsageError(tr("expected one project, got %1").arg(positional.size()).toStdString());
    const AnalyzeFormat format = parseFormat(parser.value(QStringLiteral("format")));
    core::AnalysisOptions options;
    if (parser.isSet(QStringLiteral("years")))
        parseYears(parser.value(QStringLiteral("years")), options);

    const auto input
        = readAnalyzeInput(positional.constFirst(), parser.value(QStringLiteral("scenario")));
    const auto results = core::analyze(input.inputs, input.scenario, options);
    const QByteArray text = formatResults(results, format);

    const QString path = parser.value(QStringLiteral("output"));
    if (writeOutput(text, path))
        printError(tr("Wrote %1: %2 school rows, %3 flags")
                       .arg(path)
                       .arg(results.schools.size())
                       .arg(results.flags.size()));
    return kExitOk;
}

} // namespace seatplan::cli
