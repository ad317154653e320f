#pragma once

#include "seatplan/core/siting/heuristic_siting_solver.h"
#include "seatplan/core/siting/site_explanation.h"
#include "seatplan/gis/siting_problem_builder.h"
#include "seatplan/render/scenario_loader.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace seatplan::render {

/// One siting run on a project: what was loaded, the problem, the answer and its reasons.
struct SitingRun {
    std::string projectPath;
    LoadedScenario loaded; ///< the scenario the run started from (inputs + edits)
    gis::SitingSetup setup;
    core::HeuristicSitingResult result;
    std::vector<core::SiteExplanation> explanations; ///< one per proposed site
};

/**
 * Runs siting on the project at `projectPath` (opened read-only on the calling thread):
 * loads scenario `scenario` (loadScenario), builds the problem (gis::buildSitingProblem) and
 * solves it with core::solveSitingHeuristic under `options` (cancel flag, time limit), then
 * explains each proposed site (core::explainSiting). The CLI's `site PROJECT` and the app's
 * siting dialog both call this. Throws gis::GisError (file, unknown scenario) and
 * core::InvalidInput (bad data or request); a cancelled run returns the best answer so far
 * with result.cancelled set.
 */
SitingRun runSiting(const std::string& projectPath, const std::string& scenario,
    const gis::SitingRequest& request, const core::HeuristicSitingOptions& options = {});

/// Returns the facility id of index `facility` (an existing school id or a plot id).
std::string facilityId(const gis::SitingSetup& setup, int facility);

/**
 * Returns the run as JSON (README "Siting", `site -o`): level, year, objective, budget,
 * distances, seconds, the objective figures, `sites` (plot id, name, point, classes, seats,
 * children assigned, newly within walking distance, shortfall closed, mean distances, reason),
 * `assignments` (every zone once: zone id, children, school id or null when unserved, whether
 * that school is new, distance m), `excluded_plots` and the setup notes. Any thread.
 */
QByteArray sitingJson(const SitingRun& run);

} // namespace seatplan::render
