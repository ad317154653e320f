#include "site_command.h"

#include "seatplan/core/siting/heuristic_siting_solver.h"
#include "seatplan/core/siting/orlib_instance.h"
#include "seatplan/core/siting/siting_problem.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/siting_run.h"
#include "seatplan/render/siting_text.h"

#include <QStringList>

#include <cmath>

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
    const QString kYear = QStringLiteral("year");
    const QString kArea = QStringLiteral("area");
    const QString kMaxClasses = QStringLiteral("max-classes");

    QString count(double value)
    {
        return QString::number(std::llround(value));
    }

    core::Level parseLevel(const QString& text)
    {
        if (text == QLatin1String("primary"))
            return core::Level::Primary;
        if (text == QLatin1String("junior"))
            return core::Level::Junior;
        throw UsageError(
            SiteCommand::tr("--level must be primary or junior, not '%1'").arg(text).toStdString());
    }

    core::SitingObjective parseObjective(const QString& text)
    {
        if (text == QLatin1String("pmedian"))
            return core::SitingObjective::PMedian;
        if (text == QLatin1String("coverage"))
            return core::SitingObjective::Coverage;
        if (text == QLatin1String("mincount"))
            return core::SitingObjective::MinCount;
        throw UsageError(
            SiteCommand::tr("--objective must be pmedian, coverage or mincount, not '%1'")
                .arg(text)
                .toStdString());
    }

    int nonNegative(const QCommandLineParser& parser, const QString& option)
    {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0)
            throw UsageError(SiteCommand::tr("--%1 needs a whole number >= 0, not '%2'")
                                 .arg(option, parser.value(option))
                                 .toStdString());
        return value;
    }

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
    parser.addOption({ kYear,
        tr("Year whose projected demand is to be seated (default: the work-plan target year)."),
        tr("YEAR") });
    parser.addOption(
        { kArea, tr("Site only in this county or town (its code; default: the whole project)."),
            tr("CODE") });
    parser.addOption(
        { kMaxClasses, tr("Most classes over all new schools (default: no limit)."), tr("N") });
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

int SiteCommand::runProject(const QCommandLineParser& parser, const QString& project) const
{
    if (!parser.isSet(kLevel))
        throw UsageError(tr("--level primary|junior is required").toStdString());
    gis::SitingRequest request;
    request.level = parseLevel(parser.value(kLevel));
    request.objective = parseObjective(parser.value(kObjective));
    request.budget.maxNewSchools = nonNegative(parser, kMaxNew);
    if (parser.isSet(kMaxClasses))
        request.budget.maxNewClasses = nonNegative(parser, kMaxClasses);
    if (parser.isSet(kYear))
        request.year = nonNegative(parser, kYear);
    request.areaCode = parser.value(kArea).toStdString();
    bool ok = false;
    core::HeuristicSitingOptions options;
    options.timeLimitSeconds = parser.value(kTimeLimit).toDouble(&ok);
    if (!ok || options.timeLimitSeconds <= 0.0)
        throw UsageError(tr("--time-limit needs a positive number of seconds").toStdString());

    const QString scenario = parser.value(kScenario);
    if (scenario != QLatin1String(gis::kBaseScenario)) {
        gis::Project opened = gis::Project::openReadOnly(project.toStdString());
        if (!gis::ScenarioStore(opened).exists(scenario.toStdString()))
            throw UsageError(tr("the project has no scenario '%1'").arg(scenario).toStdString());
    }
    const render::SitingRun run = render::runSiting(
        project.toStdString(), parser.value(kScenario).toStdString(), request, options);
    const gis::SitingSetup& setup = run.setup;
    const core::SitingEvaluation& e = run.result.evaluation;
    const QString level
        = request.level == core::Level::Primary ? tr("primary schools") : tr("junior schools");
    const double radius = setup.problem.serviceRadius;

    printOut(tr("Siting %1 for %2 (scenario %3): %4 zones with %5 children, %6 existing "
                "schools, %7 candidate plots (%8 excluded).")
                 .arg(level)
                 .arg(setup.year)
                 .arg(QString::fromStdString(run.loaded.scenario.name))
                 .arg(setup.problem.zoneCount())
                 .arg(count(e.childrenServed + e.childrenUnserved))
                 .arg(setup.problem.existing.size())
                 .arg(setup.problem.candidates.size())
                 .arg(setup.excluded.size()));
    for (const QString& note : render::SitingText::notes(setup.notes))
        printOut(QStringLiteral("  ") + note);
    for (const gis::ExcludedPlot& plot : setup.excluded)
        printOut(tr("  Plot %1 left out: %2.")
                     .arg(QString::fromStdString(plot.plotId),
                         render::SitingText::exclusion(plot.reason)));
    printOut(tr("Objective: %1; at most %2 new schools. Found in %3 s.")
                 .arg(render::SitingText::objective(request.objective))
                 .arg(request.budget.maxNewSchools)
                 .arg(QString::number(run.result.seconds, 'f', 1)));
    printOut(tr("Proposed %1 new school(s), %2 classes:").arg(e.newSchools).arg(e.newClasses));
    const auto existing = static_cast<std::size_t>(setup.problem.existing.size());
    for (const core::SiteExplanation& site : run.explanations) {
        const auto facility = existing + static_cast<std::size_t>(site.candidate);
        printOut(tr("  %1 %2: %3 classes, %4 seats; %5 children assigned, %6 newly within "
                    "%7 m, shortfall closed %8.")
                     .arg(QString::fromStdString(site.siteId),
                         QString::fromStdString(setup.facilityNames[facility]))
                     .arg(site.classes)
                     .arg(count(site.seatsAdded), count(site.childrenAssigned),
                         count(site.childrenNewlyWithinRadius), count(radius),
                         count(site.shortfallClosed)));
        printOut(tr("    Why: %1").arg(render::SitingText::reason(site, radius)));
    }
    printOut(tr("Children with a seat: %1 (%2 within %3 m); without a seat: %4. Mean trip %5 m.")
                 .arg(count(e.childrenServed), count(e.childrenCovered), count(radius),
                     count(e.childrenUnserved),
                     count(e.childrenServed > 0 ? e.weightedDistance / e.childrenServed : 0.0)));
    for (const std::string& violation : e.violations)
        printError(tr("constraint broken: %1").arg(QString::fromStdString(violation)));

    const QString path = parser.value(kOutput);
    if (!path.isEmpty() && writeOutput(render::sitingJson(run), path))
        printError(tr("Wrote %1").arg(path));
    return e.feasible() ? kExitOk : kExitInternalError;
}

} // namespace seatplan::cli
