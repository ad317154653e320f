#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/scenario.h"
#include "seatplan/core/siting/distance_matrix.h"
#include "seatplan/core/siting/siting_problem.h"

#include <atomic>
#include <string>
#include <vector>

namespace seatplan::gis {

class Project;

/// Id prefix of a school proposed by siting on plot P: "site-P" (siting_edits.h uses it and
/// the builder recognises such schools of a scenario by it, locating them on their plot).
inline constexpr const char* kSitedSchoolPrefix = "site-";

/// What to site: one level, one year, an area, an objective and a budget.
struct SitingRequest {
    core::Level level = core::Level::Primary;
    /// Year whose projected public-seat demand is to be seated; 0 = Standards::targetYear,
    /// clamped to the years the project projects.
    int year = 0;
    core::SitingObjective objective = core::SitingObjective::PMedian;
    core::SitingBudget budget { 5, std::nullopt };
    /// County or town code whose zones, schools and plots take part; empty = the whole project.
    std::string areaCode;
};

/// Why a reserved plot is not a candidate.
enum class PlotExclusion {
    TooSmall, ///< no standard size's land fits on it
    NearRailway, ///< within Standards siting.railway_clearance of a railway
    NearArterial, ///< within siting.arterial_clearance of an expressway or arterial road
    OtherLevel, ///< planned for a school that does not teach the level
    Built, ///< status built: a school stands there already
    InScenario, ///< the scenario already places a school on it
};

/// A plot left out of the candidates, and why.
struct ExcludedPlot {
    std::string plotId;
    PlotExclusion reason = PlotExclusion::TooSmall;
};

/// How distances were measured and which checks could run (the CLI and the dialog say so).
struct SitingSetupNotes {
    bool roadsLayer = false; ///< the project has a `roads` layer
    bool railways = false; ///< it holds railways (the railway clearance was checked)
    bool arterials = false; ///< it holds expressways or arterials (that clearance was checked)
    /// Walking distances on the roads: only when the layer has local streets (arterials alone
    /// are no walking network); otherwise straight-line distances.
    bool walkingDistances = false;
    int schoolsWithoutLocation = 0; ///< open schools of the level with no point: left out
    int zonesWithoutGeometry = 0; ///< zones with demand but no polygon: left out
};

/**
 * A siting problem built from a project, with what the caller needs to show and apply it.
 * Indices follow `problem` (zones; facilities = existing schools, then candidates).
 */
struct SitingSetup {
    core::SitingProblem problem;
    core::Level level = core::Level::Primary;
    int year = 0; ///< the year whose demand is seated
    std::vector<core::PlanePoint> zonePoints; ///< zone centroids, project CRS
    std::vector<core::PlanePoint> facilityPoints; ///< schools, then plot centroids
    std::vector<std::string> facilityNames; ///< school names, then plot names
    std::vector<std::string> candidateTownCodes; ///< town code of each candidate's plot
    /// A point inside each candidate's plot (project CRS): where its school is placed.
    std::vector<core::PlanePoint> candidateSitePoints;
    std::vector<ExcludedPlot> excluded;
    SitingSetupNotes notes;
};

/**
 * Builds the siting problem of `request` from `project` and the scenario's inputs (as loaded
 * by render::loadScenario or gis::loadPlanningInputs):
 *
 * - zones: the medium-variant public-seat demand of the level in the year (core::analyze under
 *   `scenario`), at the zone centroids; zones without demand are left out;
 * - existing schools: the schools with public seats of the level in that year under the
 *   scenario (capacity from the analysis, capped at the school's Standards cap), at their point
 *   in `schools` (schools the scenario adds at their NewSchoolEdit location, else - "site-<plot>"
 *   ones of older journals - at that plot's centroid);
 * - candidates: the reserved plots (not built, planned for the level or undecided) at their
 *   centroids, with the level's standard sizes whose land fits the plot (city-centre land
 *   standard when the plot is city-centre), kept only when they clear railways and
 *   expressways/arterials by the Standards distances (measured to the plot polygon; skipped
 *   when the project has no such roads);
 * - distances: walking distances on the roads when the layer has local streets, else
 *   straight-line; objective, budget, school cap and service radius from `request` and
 *   Standards.
 *
 * Throws core::InvalidInput for an unusable request (unknown area code, a year outside the
 * projection) or bad data, GisError when a layer cannot be read. Runs on the calling thread;
 * `cancel` stops the distance computation early (the result is then incomplete: check it).
 */
SitingSetup buildSitingProblem(const Project& project, const core::PlanningInputs& inputs,
    const core::Scenario& scenario, const SitingRequest& request,
    const std::atomic<bool>* cancel = nullptr);

} // namespace seatplan::gis
