#pragma once

#include "seatplan/core/siting/siting_solution.h"

#include <string>
#include <vector>

namespace seatplan::core {

struct SitingProblem;

/// The main reason a site was chosen, in order of precedence.
enum class SiteReason {
    ClosesShortfall, ///< it seats children who had no seat with the existing schools
    BringsWithinWalkingDistance, ///< it puts children within the service radius
    ShortensTravel, ///< it only shortens the children's trips
};

/// Why one proposed site is in a solution, in figures a planner can check.
struct SiteExplanation {
    int candidate = 0; ///< index into SitingProblem::candidates
    std::string siteId;
    int classes = 0; ///< classes of the chosen size
    double seatsAdded = 0.0; ///< seats of the chosen size (capped)
    double childrenAssigned = 0.0; ///< children in the zones of its catchment
    /// Children of its catchment within the service radius of it who were not within the
    /// radius of their school (or had no seat) before.
    double childrenNewlyWithinRadius = 0.0;
    /// Children of its catchment who had no seat with the existing schools alone.
    double shortfallClosed = 0.0;
    /// Mean distance to school of its children before (those who had a seat) and after.
    double meanDistanceBefore = 0.0;
    double meanDistanceAfter = 0.0;
    SiteReason reason = SiteReason::ShortensTravel;
};

/**
 * Explains each built site of `proposal` against the baseline: the same problem with no new
 * schools, assigned by the same capacitated assignment. Returns one entry per built site in
 * candidate order. Throws InvalidInput when `proposal` does not fit `problem`.
 */
std::vector<SiteExplanation> explainSiting(
    const SitingProblem& problem, const SitingSolution& proposal);

} // namespace seatplan::core
