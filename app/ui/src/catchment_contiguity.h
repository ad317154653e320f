#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/scenario.h"

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace seatplan::render {
class CatchmentDissolver;
}

namespace seatplan::ui {

/**
 * The contiguity check of a scenario's catchments: which catchments' zones fall into several
 * disconnected pieces: the parts of the catchment's dissolved polygon (the map's shared
 * render::CatchmentDissolver, so the zones are unioned once for both) joined when they lie within
 * kToleranceM of each other (gis::connectedPieces, project CRS, metres).
 *
 * Keeps the piece count of each catchment by its zone list, so after an edit only the changed
 * catchments are recomputed. Owned and used by the analysis worker (one thread at a time);
 * GEOS runs in the calling thread's context. Zones missing from the layer and zones with a zero
 * share are skipped.
 */
class CatchmentContiguity {
public:
    /// Zones within this distance of each other touch (closes digitising slivers), metres.
    static constexpr double kToleranceM = 1.0;

    /// `dissolver`: the zones' dissolver shared with the map (null = no check: fragmented()
    /// is empty).
    explicit CatchmentContiguity(std::shared_ptr<render::CatchmentDissolver> dissolver);

    /// Returns catchment id -> number of pieces, for the catchments of `inputs` under the
    /// catchment edits of `scenario` (effectiveCatchments) whose zones form more than one
    /// piece. Throws GisError when GEOS fails.
    std::map<std::string, int> fragmented(
        const core::PlanningInputs& inputs, const core::Scenario& scenario);

private:
    int pieces(const core::Catchment& catchment);

    std::shared_ptr<render::CatchmentDissolver> m_dissolver;
    /// catchment id -> (zone ids, pieces) of its last check
    std::unordered_map<std::string, std::pair<std::vector<std::string>, int>> m_cache;
};

} // namespace seatplan::ui
