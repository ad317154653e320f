#include "seatplan/render/siting_run.h"

#include "seatplan/core/siting/siting_solution.h"
#include "seatplan/gis/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seatplan::render {

namespace {

    const char* objectiveName(core::SitingObjective objective)
    {
        switch (objective) {
        case core::SitingObjective::PMedian:
            return "pmedian";
        case core::SitingObjective::Coverage:
            return "coverage";
        case core::SitingObjective::MinCount:
            return "mincount";
        }
        return "pmedian";
    }

    const char* reasonName(core::SiteReason reason)
    {
        switch (reason) {
        case core::SiteReason::ClosesShortfall:
            return "closes_shortfall";
        case core::SiteReason::BringsWithinWalkingDistance:
            return "brings_within_walking_distance";
        case core::SiteReason::ShortensTravel:
            return "shortens_travel";
        }
        return "shortens_travel";
    }

    const char* exclusionName(gis::PlotExclusion why)
    {
        switch (why) {
        case gis::PlotExclusion::TooSmall:
            return "too_small";
        case gis::PlotExclusion::NearRailway:
            return "near_railway";
        case gis::PlotExclusion::NearArterial:
            return "near_arterial";
        case gis::PlotExclusion::OtherLevel:
            return "other_level";
        case gis::PlotExclusion::Built:
            return "built";
        case gis::PlotExclusion::InScenario:
            return "in_scenario";
        }
        return "too_small";
    }

    QString text(const std::string& s)
    {
        return QString::fromStdString(s);
    }

} // namespace

SitingRun runSiting(const std::string& projectPath, const std::string& scenario,
    const gis::SitingRequest& request, const core::HeuristicSitingOptions& options)
{
    SitingRun run;
    run.projectPath = projectPath;
    gis::Project project = gis::Project::openReadOnly(projectPath);
    run.loaded = loadScenario(project, scenario);
    run.setup = gis::buildSitingProblem(
        project, run.loaded.inputs, run.loaded.scenario, request, options.cancel);
    run.result = core::solveSitingHeuristic(run.setup.problem, options);
    run.explanations = core::explainSiting(run.setup.problem, run.result.solution);
    return run;
}

std::string facilityId(const gis::SitingSetup& setup, int facility)
{
    const auto existing = static_cast<int>(setup.problem.existing.size());
    return facility < existing
        ? setup.problem.existing[static_cast<std::size_t>(facility)].id
        : setup.problem.candidates[static_cast<std::size_t>(facility - existing)].id;
}

QByteArray sitingJson(const SitingRun& run)
{
    const gis::SitingSetup& setup = run.setup;
    const core::SitingProblem& problem = setup.problem;
    const core::SitingEvaluation& e = run.result.evaluation;
    const auto existing = static_cast<int>(problem.existing.size());

    QJsonObject root;
    root[QStringLiteral("project")] = text(run.projectPath);
    root[QStringLiteral("scenario")] = text(run.loaded.scenario.name);
    root[QStringLiteral("level")] = text(std::string(core::levelName(setup.level)));
    root[QStringLiteral("year")] = setup.year;
    root[QStringLiteral("objective")] = QString::fromLatin1(objectiveName(problem.objective));
    root[QStringLiteral("max_new_schools")] = problem.budget.maxNewSchools;
    root[QStringLiteral("distances")]
        = setup.notes.walkingDistances ? QStringLiteral("walking") : QStringLiteral("straight");
    root[QStringLiteral("service_radius_m")] = problem.serviceRadius;
    root[QStringLiteral("school_size_cap")] = problem.schoolSizeCap;
    root[QStringLiteral("seconds")] = run.result.seconds;
    root[QStringLiteral("cancelled")] = run.result.cancelled;
    root[QStringLiteral("objective_value")] = e.cost;
    root[QStringLiteral("weighted_distance_m")] = e.weightedDistance;
    root[QStringLiteral("children_served")] = e.childrenServed;
    root[QStringLiteral("children_within_radius")] = e.childrenCovered;
    root[QStringLiteral("children_unserved")] = e.childrenUnserved;
    root[QStringLiteral("new_schools")] = e.newSchools;
    root[QStringLiteral("new_classes")] = e.newClasses;
    root[QStringLiteral("zones")] = problem.zoneCount();
    root[QStringLiteral("existing_schools")] = existing;
    root[QStringLiteral("candidate_plots")] = static_cast<int>(problem.candidates.size());
    QJsonArray violations;
    for (const std::string& v : e.violations)
        violations.append(text(v));
    root[QStringLiteral("violations")] = violations;

    QJsonArray sites;
    for (const core::SiteExplanation& x : run.explanations) {
        const auto facility = static_cast<std::size_t>(existing + x.candidate);
        QJsonObject site;
        site[QStringLiteral("plot_id")] = text(x.siteId);
        site[QStringLiteral("name")] = text(setup.facilityNames[facility]);
        site[QStringLiteral("town_code")]
            = text(setup.candidateTownCodes[static_cast<std::size_t>(x.candidate)]);
        site[QStringLiteral("x")] = setup.facilityPoints[facility].x;
        site[QStringLiteral("y")] = setup.facilityPoints[facility].y;
        site[QStringLiteral("classes")] = x.classes;
        site[QStringLiteral("seats")] = x.seatsAdded;
        site[QStringLiteral("children_assigned")] = x.childrenAssigned;
        site[QStringLiteral("children_newly_within_radius")] = x.childrenNewlyWithinRadius;
        site[QStringLiteral("shortfall_closed")] = x.shortfallClosed;
        site[QStringLiteral("mean_distance_before_m")] = x.meanDistanceBefore;
        site[QStringLiteral("mean_distance_after_m")] = x.meanDistanceAfter;
        site[QStringLiteral("reason")] = QString::fromLatin1(reasonName(x.reason));
        sites.append(site);
    }
    root[QStringLiteral("sites")] = sites;

    QJsonArray assignments;
    for (int z = 0; z < problem.zoneCount(); ++z) {
        const int f = run.result.solution.assignment[static_cast<std::size_t>(z)];
        QJsonObject a;
        a[QStringLiteral("zone_id")] = text(problem.zones[static_cast<std::size_t>(z)].id);
        a[QStringLiteral("children")] = problem.zones[static_cast<std::size_t>(z)].children;
        if (f == core::SitingSolution::kUnserved) {
            a[QStringLiteral("school_id")] = QJsonValue::Null;
        } else {
            a[QStringLiteral("school_id")] = text(facilityId(setup, f));
            a[QStringLiteral("new")] = f >= existing;
            a[QStringLiteral("distance_m")] = problem.distances.at(z, f);
        }
        assignments.append(a);
    }
    root[QStringLiteral("assignments")] = assignments;

    QJsonArray capacities;
    for (int f = 0; f < problem.facilityCount(); ++f) {
        double seats = 0.0;
        if (f < existing) {
            seats = problem.existing[static_cast<std::size_t>(f)].capacity;
        } else {
            const auto c = static_cast<std::size_t>(f - existing);
            const int size = run.result.solution.candidateSize[c];
            if (size == core::SitingSolution::kClosed)
                continue;
            seats = problem.candidates[c].sizes[static_cast<std::size_t>(size)].seats;
        }
        QJsonObject s;
        s[QStringLiteral("school_id")] = text(facilityId(setup, f));
        s[QStringLiteral("capacity")] = std::min(seats, problem.schoolSizeCap);
        capacities.append(s);
    }
    root[QStringLiteral("schools")] = capacities;

    QJsonArray excluded;
    for (const gis::ExcludedPlot& p : setup.excluded)
        excluded.append(QJsonObject { { QStringLiteral("plot_id"), text(p.plotId) },
            { QStringLiteral("reason"), QString::fromLatin1(exclusionName(p.reason)) } });
    root[QStringLiteral("excluded_plots")] = excluded;

    QJsonObject notes;
    notes[QStringLiteral("roads_layer")] = setup.notes.roadsLayer;
    notes[QStringLiteral("railway_clearance_checked")] = setup.notes.railways;
    notes[QStringLiteral("arterial_clearance_checked")] = setup.notes.arterials;
    notes[QStringLiteral("schools_without_location")] = setup.notes.schoolsWithoutLocation;
    notes[QStringLiteral("zones_without_geometry")] = setup.notes.zonesWithoutGeometry;
    root[QStringLiteral("notes")] = notes;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace seatplan::render
