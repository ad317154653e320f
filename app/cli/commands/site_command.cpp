#include "site_command.h"

#include "seatplan/core/siting/heuristic_siting_solver.h"
#include "seatplan/core/siting/orlib_instance.h"
#include "seatplan/core/siting/siting_problem.h"

#include <QStringList>

namespace seatplan::cli {

namespace {

    const QString kOrLib = QStringLiteral("orlib");
    const QString kEuclidean = QStringLiteral("euclidean");
    const QString kLevel = QStringLiteral("level");
    const QString kScenario = QStringLiteral("scenario");
    const QString kMaxNew = QStringLiteral("max-new");
    const QString kObjective = QStringLiteral("objective");
    const QString kOutput = QStringLiteral("o");
    const QString kTimeLimit = QStringLiteral("time-limit");

} // namespace

QString SiteCommand::summary() const
{
    return tr("Propose sites and sizes for new schools that close the seat shortfall.");
}

void SiteCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
        tr("The project file (.gpkg); not needed with --orlib."), QStringLiteral("[PROJECT]"));
    parser.addOption(
        { kOrLib, tr("Solve an OR-Library capacitated p-median instance instead of a project."),
            tr("FILE") });
    parser.addOption({ kEuclidean,
        tr("With --orlib: real Euclidean distances (the published optima truncate them).") });
    parser.addOption({ kLevel, tr("School level to site: primary or junior."), tr("LEVEL") });
    parser.addOption({ kScenario, tr("Scenario to start from (default: base)."), tr("NAME"),
        QStringLiteral("base") });
    parser.addOption(
        { kMaxNew, tr("Most new schools to propose (default: 5)."), tr("K"), QStringLiteral("5") });
    parser.addOption({ kObjective,
        tr("What to optimise: pmedian (travel), coverage (children within walking distance) "
           "or mincount (fewest new schools)."),
        tr("OBJECTIVE"), QStringLiteral("pmedian") });
    parser.addOption({ kOutput, tr("Write the result as JSON to FILE."), tr("FILE") });
    parser.addOption({ kTimeLimit, tr("Search for at most this many seconds (default: 1.5)."),
        tr("SECONDS"), QStringLiteral("1.5") });
}

int SiteCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(kOrLib)) {
        if (!args.isEmpty()) {
            throw UsageError(tr("--orlib takes no PROJECT argument").toStdString());
        }
        return runOrLib(parser);
    }
    if (args.size() != 1) {
        throw UsageError(tr("expected one PROJECT argument (or --orlib FILE)").toStdString());
    }
    return runProject(parser, args[0]);
}

int SiteCommand::runOrLib(const QCommandLineParser& parser) const
{
    bool ok = false;
    core::HeuristicSitingOptions options;
    options.timeLimitSeconds = parser.value(kTimeLimit).toDouble(&ok);
    if (!ok || options.timeLimitSeconds <= 0.0) {
        throw UsageError(tr("--time-limit needs a positive number of seconds").toStdString());
    }
    const core::OrLibInstance instance
        = core::OrLibInstance::readFile(parser.value(kOrLib).toStdString());
    const core::SitingProblem problem = instance.toSitingProblem(
        parser.isSet(kEuclidean) ? core::OrLibDistance::Euclidean : core::OrLibDistance::Truncated);
    const core::HeuristicSitingResult result = core::solveSitingHeuristic(problem, options);
    if (!result.evaluation.feasible() || result.evaluation.childrenUnserved > 0.0) {
        printError(tr("no feasible assignment found: the medians cannot hold every node"));
        return kExitBadInput;
    }
    QStringList medians;
    for (std::size_t c = 0; c < result.solution.candidateSize.size(); ++c) {
        if (result.solution.candidateSize[c] != core::SitingSolution::kClosed) {
            medians << QString::fromStdString(instance.ids[c]);
        }
    }
    printOut(QStringLiteral("objective: %1")
                 .arg(QString::number(result.evaluation.weightedDistance, 'g', 12)));
    printOut(QStringLiteral("medians: %1").arg(medians.join(QLatin1Char(' '))));
    printOut(QStringLiteral("seconds: %1").arg(QString::number(result.seconds, 'f', 3)));
    return kExitOk;
}

int SiteCommand::runProject(const QCommandLineParser&, const QString& project) const
{
    printError(tr("siting a project (%1) is not implemented yet; use --orlib FILE").arg(project));
    return kExitBadInput;
}

} // namespace seatplan::cli
