#pragma once

#include "seatplan/gis/vector_layer.h"

#include <optional>
#include <string>

namespace seatplan::gis {

/// How an imported layer sits against the project area (the project's counties).
struct Placement {
    /// Share (0-1) of the features inside the project area (points: their first vertex;
    /// polygons: a point inside each).
    double insideShare = 1;
    /// Share (0-1) of the layer's bounding box that overlaps the project area's bounding box.
    double extentOverlap = 1;
    /// When the polygon layer's bounding box has the project area's size (an area-covering
    /// layer such as counties or towns): how far its centre lies from the project area's centre,
    /// metres of the project CRS (x east, y north).
    std::optional<Coord> offset;
    double offsetM = 0; ///< length of `offset`, 0 when none
    /// Point features matched by id with the same layer already in the project; when non-zero,
    /// `offset` is their median displacement (new minus old), which finds a GCJ-02 shift of
    /// points that still lie inside the counties.
    std::size_t matchedById = 0;
    /// Points with a town_code naming one of the project's towns (TownReference), and how
    /// many lie inside the town they name as given and once moved back by the GCJ-02 offset.
    /// Far more inside once moved back means GCJ-02 points, with no earlier copy needed;
    /// `offset` is then that offset and `shiftedByTown` is set.
    std::size_t townChecked = 0;
    std::size_t inOwnTown = 0;
    std::size_t inOwnTownMovedBack = 0;
    bool shiftedByTown = false;

    /// The kind of warning the placement deserves.
    enum class Verdict {
        Fine,
        Shifted, ///< an offset of a few hundred metres: typically GCJ-02 / BD-09 coordinates
        Misplaced, ///< an offset of kilometres: a wrongly registered dataset
        Outside, ///< most features lie outside the project area
    };
    Verdict verdict = Verdict::Fine;

    /// Renders the verdict as one English line naming `source` and `layer` ("" when Fine).
    std::string message(const std::string& source, const std::string& layer) const;
};

/// What a point layer's own town codes are checked against.
struct TownReference {
    const VectorLayer* towns = nullptr; ///< the project's towns: polygons with a "code" field
    /// What GCJ-02 adds to a position where the layer lies: metres of the project CRS.
    Coord gcj02Offset;
};

/**
 * Compares `layer` (already in the project CRS, metres) with `projectArea` (the project's
 * counties; polygons, same CRS) and, for point layers, with `previous` (the layer of the same
 * name already in the project, or null): points whose "id" value appears in both are paired;
 * and, with `towns`, points with a "town_code" against the town it names.
 * Returns nothing when the project area is empty (nothing to compare with). Looks at up to a
 * few thousand features (evenly sampled), so it is cheap on large layers. Pure; runs on the
 * calling thread.
 */
std::optional<Placement> checkPlacement(const VectorLayer& layer, const VectorLayer& projectArea,
    const VectorLayer* previous = nullptr, const TownReference* towns = nullptr);

} // namespace seatplan::gis
