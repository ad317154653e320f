#pragma once

#include "seatplan/gis/vector_layer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace seatplan::gis {

/// One line of a repair report: which feature, what was wrong, what SeatPlan did.
struct RepairNote {
    std::int64_t fid = -1; ///< the feature's fid in its source
    std::string problem; ///< e.g. "Self-intersection at (500012.3 2685001.7)"
    std::string fix; ///< e.g. "made valid (GEOS MakeValid, structure method)"
};

/**
 * Checks every geometry of `layer` with GEOS and repairs what is invalid, in place:
 * non-finite coordinates and parts that cannot form a ring are dropped, invalid polygons are
 * made valid with GEOS MakeValid (structure method, keeping only the polygonal result), and
 * features left without geometry are removed. Returns one note per changed feature.
 *
 * Uses this thread's GEOS context; safe to call on different layers from different threads.
 */
std::vector<RepairNote> repairGeometries(VectorLayer& layer);

} // namespace seatplan::gis
