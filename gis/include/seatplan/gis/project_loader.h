#pragma once

#include "seatplan/core/planning_inputs.h"

#include <string>

namespace seatplan::gis {

class Project;

/**
 * Loads a project into the numbers core plans with (ARCHITECTURE.md "the walk of the data"):
 *
 * - counties, towns, schools, plots and developments 1:1 from their layers (fields per the
 *   project-file contract; a plot's area from its geometry in m2; a plot's catchments are those
 *   it intersects; a development's zone is the zone containing a point inside it);
 * - zones with their base-year single-year ages from seatplan_cohorts (the year in
 *   seatplan_metadata `base_year`, default the latest cohort year, else 2020);
 * - catchments of `scenario` (rows of the catchments layer with that scenario; "base" by
 *   default) with each zone's share = area of zone within the catchment / area of the zone
 *   (GEOS overlay), and their schools from `school_ids` (else the schools inside teaching the
 *   level);
 * - births, enrolment and the standards overrides from the seatplan_* tables;
 * - regionCode and baseYear from seatplan_metadata; lastYear = baseYear + 15.
 *
 * Throws GisError naming the layer, feature and field for unusable values (an unknown level,
 * a school without an id). Runs on the calling thread (own GEOS context).
 */
core::PlanningInputs loadPlanningInputs(
    const Project& project, const std::string& scenario = "base");

/// Opens `projectPath` read-only and loads it (see above).
core::PlanningInputs loadPlanningInputs(
    const std::string& projectPath, const std::string& scenario = "base");

} // namespace seatplan::gis
