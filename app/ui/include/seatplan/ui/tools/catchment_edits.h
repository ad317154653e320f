#pragma once

#include "seatplan/core/scenario.h"

#include <string>
#include <vector>

namespace seatplan::ui {

// Pure helpers that turn a catchment tool's gesture into core::CatchmentEdits. They work on
// whole zones (a zone is the smallest unit a catchment takes), so catchments of one level
// never overlap: a zone that joins one catchment leaves every other catchment of that level.
// Locked catchments are never changed. No Qt; any thread.

/// Returns the catchments of `inputs` with the CatchmentEdits of `scenario` applied in order
/// (the same rule as core's analysis: a later edit of an id wins, `remove` deletes).
std::vector<core::Catchment> effectiveCatchments(
    const core::PlanningInputs& inputs, const core::Scenario& scenario);

/// Returns the catchment with `id`, or null.
const core::Catchment* findCatchment(
    const std::vector<core::Catchment>& catchments, const std::string& id);

/// Returns the ids of the zones of `catchment`, in its order.
std::vector<std::string> zoneIdsOf(const core::Catchment& catchment);

/// Returns the catchment of `level` that holds the largest share of `zoneId`, or null.
const core::Catchment* catchmentOfZone(
    const std::vector<core::Catchment>& catchments, const std::string& zoneId, core::Level level);

/// What a catchment tool asks for: the edits, and the zones it had to leave alone.
struct CatchmentChange {
    std::vector<core::CatchmentEdit> edits; ///< empty when nothing changes
    std::vector<std::string> lockedZones; ///< zones kept by a locked catchment
    bool targetLocked = false; ///< the target itself is locked: nothing changes
};

/**
 * Moves `zoneIds` whole (share 1) into the catchment `targetId` and out of every other
 * catchment of its level. Zones in a locked catchment stay there (listed in lockedZones).
 * Returns one edit per changed catchment, the target first; no edits for an unknown or
 * locked target.
 */
CatchmentChange assignZones(const std::vector<core::Catchment>& catchments,
    const std::string& targetId, const std::vector<std::string>& zoneIds);

/// Splits catchment `source` in two: `zonesOut` move to a new catchment `newId` of the same
/// level, served by `newSchools`; the source keeps `keptSchools` (either empty: the source's
/// schools serve that side too). No edits when locked or when one side would be empty.
CatchmentChange splitCatchment(const core::Catchment& source,
    const std::vector<std::string>& zonesOut, const std::string& newId,
    const std::vector<core::SchoolShare>& newSchools,
    const std::vector<core::SchoolShare>& keptSchools);

/// Merges catchment `other` into `target` (zones and schools) and removes `other`. Refused
/// when either is locked or their levels differ.
CatchmentChange mergeCatchments(const core::Catchment& target, const core::Catchment& other);

/// Returns an id not used by `catchments`, built from `stem` ("C12-2", "C12-3", ...).
std::string unusedCatchmentId(
    const std::vector<core::Catchment>& catchments, const std::string& stem);

} // namespace seatplan::ui
