#pragma once

#include "seatplan/core/scenario.h"
#include "seatplan/ui/tools/zone_lookup.h"

#include <QPointF>

#include <string>
#include <vector>

namespace seatplan::ui {

/// How a starting set of catchments is drawn.
enum class GenerationMethod {
    NearestSchool, ///< each zone goes to the school nearest to its interior point
    Voronoi, ///< each zone goes to the school whose Voronoi cell covers most of its area
};

/// A school that can serve a generated catchment, at its map position.
struct SchoolSite {
    std::string schoolId;
    QPointF position; ///< project CRS metres
};

/**
 * Returns the catchment edits of a starting scenario for `level`: one catchment per school of
 * `sites` that gets zones, made of whole zones (share 1) by `method`, replacing every unlocked
 * catchment of the level (reusing the id of a catchment the school served, then spare ids;
 * catchments left over are emptied, new ids come last).
 * Zones of locked catchments stay in them. Apply the edits as one undo step.
 * Uses this thread's GEOS context; throws gis::GisError when GEOS fails.
 */
std::vector<core::CatchmentEdit> generateCatchments(const std::vector<core::Catchment>& current,
    const ZoneLookup& zones, const std::vector<SchoolSite>& sites, core::Level level,
    GenerationMethod method);

} // namespace seatplan::ui
