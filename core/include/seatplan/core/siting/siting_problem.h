#pragma once

#include "seatplan/core/siting/distance_matrix.h"

#include <optional>
#include <string>
#include <vector>

namespace seatplan::core {

/// One demand zone of a siting problem: the children of one school level living there.
struct DemandZone {
    std::string id; ///< the zone's id in the project (or the node id of a benchmark)
    double children = 0.0; ///< children of the level being sited, >= 0
};

/// A school that already exists. It stays open; it can take children up to its capacity.
struct ExistingSchool {
    std::string id;
    double capacity = 0.0; ///< seats (classes x standard class size), >= 0
};

/// One size a new school may be built at (a standard size such as 24 classes).
struct SizeOption {
    int classes = 0; ///< number of classes, > 0
    double seats = 0.0; ///< seats it adds (classes x standard class size), > 0
    double landM2 = 0.0; ///< site area the size needs, m² (0 when not checked)
};

/// A plot on which a new school may be built, with the sizes allowed there.
struct CandidateSite {
    std::string id;
    std::vector<SizeOption> sizes; ///< allowed sizes, at least one; order is kept in results
};

/// What the siting minimises or maximises.
enum class SitingObjective {
    /// Minimise the child-weighted travel distance (capacitated p-median).
    PMedian,
    /// Maximise the children assigned within the service radius (MCLP); distance breaks ties.
    Coverage,
    /// The fewest new schools that put every child within the service radius (or as many as
    /// the budget allows); distance breaks ties.
    MinCount,
};

/// Limits on what may be built.
struct SitingBudget {
    int maxNewSchools = 0; ///< at most this many candidate sites opened, >= 0
    std::optional<int> maxNewClasses; ///< at most this many classes over all new schools
};

/**
 * A capacitated location-allocation problem for one school level: demand zones, the existing
 * schools (always open), candidate sites with their size options, a distance matrix from zones
 * to facilities, an objective and a budget. Each zone is served by exactly one school
 * (exclusive catchments), and no school takes more children than min(capacity, schoolSizeCap).
 *
 * Facility index convention: facilities 0 .. existing.size()-1 are the existing schools, then
 * existing.size() + c is candidate c. `distances` has one row per zone and one column per
 * facility, in metres (or the benchmark's unit); +infinity means unreachable.
 *
 * A value type; immutable once built, safe to share between threads. Policy numbers (the size
 * cap, the service radius) come from core::Standards through the caller.
 */
struct SitingProblem {
    std::vector<DemandZone> zones;
    std::vector<ExistingSchool> existing;
    std::vector<CandidateSite> candidates;
    DistanceMatrix distances; ///< zones x (existing + candidates)
    SitingObjective objective = SitingObjective::PMedian;
    SitingBudget budget;
    /// Most children one school may take (the 2000/2500 school size caps); +inf for none.
    double schoolSizeCap = 0.0;
    /// Service (walking) radius for Coverage and MinCount, same unit as `distances`.
    double serviceRadius = 0.0;
    /// When true (planning), travel and coverage count children; when false, each zone counts
    /// once whatever its children (the OR-Library convention: cost = sum of distances).
    bool weightByChildren = true;

    /// Returns how much zone `zone` counts in the objective (its children, or 1).
    double objectiveWeight(int zone) const
    {
        return weightByChildren ? zones[static_cast<std::size_t>(zone)].children : 1.0;
    }

    /// Returns the number of facilities (existing schools plus candidate sites).
    int facilityCount() const { return static_cast<int>(existing.size() + candidates.size()); }
    /// Returns the number of zones.
    int zoneCount() const { return static_cast<int>(zones.size()); }

    /**
     * Throws InvalidInput naming the zone, school, site or field when the problem is not
     * usable: negative children or capacity, a candidate without sizes, a matrix whose shape
     * does not match, a negative budget or radius.
     */
    void validate() const;
};

} // namespace seatplan::core
