#pragma once

#include "seatplan/core/scenario.h"
#include "seatplan/render/siting_run.h"

#include <string>
#include <vector>

namespace seatplan::render {

/// Returns the id of the school siting proposes on plot `plotId`: "site-<plotId>".
std::string sitedSchoolId(const std::string& plotId);

/**
 * Returns the scenario edits that put a siting run's proposal into its scenario, in order:
 * per proposed site a core::NewSchoolEdit (id sitedSchoolId(), the plot's name, its town and
 * county, the level's type, the chosen classes, opening in the siting year, located at the
 * plot's interior point SitingSetup::candidateSitePoints), then per site a
 * core::CatchmentEdit adding catchment "site-<plot>-<level>" with the zones assigned to it
 * (whole zones) served by the new school, then a CatchmentEdit per existing catchment of the
 * level that loses those zones (the zones removed; other catchments and levels untouched).
 * Catchments are taken as the run's scenario leaves them (its catchment edits applied).
 * Empty when nothing is proposed. Pure; any thread.
 */
std::vector<core::ScenarioEdit> sitingEdits(const SitingRun& run);

} // namespace seatplan::render
