#pragma once

#include "seatplan/gis/vector_layer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace seatplan::gis {

/// What was wrong with a feature's geometry.
enum class RepairProblem {
    NonFinite, ///< coordinates that are not numbers (NaN or infinite)
    TooFewPoints, ///< a ring or line with too few points
    Unbuildable, ///< GEOS cannot build the polygon (detail: GEOS's message)
    Invalid, ///< GEOS finds it invalid (detail: GEOS's reason, e.g. "Self-intersection")
    Empty, ///< nothing left
};

/// What SeatPlan did about it.
enum class RepairFix {
    GeometryRemoved, ///< the whole geometry removed
    PartsRemoved, ///< the affected parts removed
    MadeValid, ///< made valid with GEOS MakeValid (structure method)
    NothingPolygonalLeft, ///< MakeValid left nothing polygonal: geometry removed
    FeatureRemoved, ///< the feature removed
};

/// One entry of a repair report: which feature, what was wrong, what SeatPlan did.
struct RepairNote {
    std::int64_t fid = -1; ///< the feature's fid in its source
    RepairProblem problem = RepairProblem::Invalid;
    std::string detail; ///< GEOS's reason text (English, from GEOS), "" when none
    /// Where GEOS found the problem, in the CRS of the layer given to repairGeometries(): during
    /// an import that is the project CRS (importFile() reprojects before it repairs).
    std::optional<Coord> location;
    RepairFix fix = RepairFix::MadeValid;
    int droppedParts = 0; ///< collapsed parts MakeValid dropped
    bool featureRemoved = false; ///< the feature was removed afterwards (nothing left)
    bool degrees = false; ///< the location is lon/lat in degrees (that CRS is geographic)

    /// Renders the note as one English line (for logs and the provenance record).
    std::string text() const;
    /// The location in fixed-point figures: "(x 2689361.5, y 512345.2) m", or
    /// "(lon 116.105000°, lat 24.305000°)" when `degrees`; "" without a location.
    std::string locationText() const;
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
