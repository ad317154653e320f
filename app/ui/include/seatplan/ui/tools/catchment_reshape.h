#pragma once

#include "seatplan/core/scenario.h"
#include "seatplan/ui/tools/catchment_edits.h"

#include <QPolygonF>

#include <limits>
#include <map>
#include <string>
#include <vector>

namespace seatplan::ui {

class ZoneLookup;

// Pure helpers of the reshape tool ("redraw a stretch" of a catchment boundary). Map
// coordinates are the project CRS (metres). GUI thread for the ZoneLookup ones (GEOS context
// of the thread); the others any thread.

/// Where a point projects onto a ring: segment `segment` (from vertex i to i+1, the last one
/// back to the first) at fraction `t`, the point there and its distance (map units).
struct RingPosition {
    int segment = 0;
    double t = 0;
    QPointF point;
    double distance = std::numeric_limits<double>::max();
};

/// Returns the point of the open ring `ring` (no repeated first point) nearest to `p`.
RingPosition projectOntoRing(const QPolygonF& ring, QPointF p);

/**
 * Returns the polygon `ring` (closed or not, at least 3 points) with the stretch between the
 * points nearest to the two ends of `line` replaced by `line` (its ends snapped onto the
 * ring). Of the two polygons this can make (keeping one or the other side of the ring), the
 * larger is returned, so a line drawn outside adds the area between it and the boundary and a
 * line drawn inside cuts off the smaller piece. Empty when `line` has fewer than 2 points.
 */
QPolygonF reshapeRing(const QPolygonF& ring, const QPolygonF& line);

/// Returns the area of a simple polygon (shoelace), map units squared.
double polygonArea(const QPolygonF& polygon);

/// Returns the shell (outer ring) of the part of `zoneIds` united that lies nearest to both
/// `a` and `b`; empty when none of the zones is known. Uses `zones` geometry (GEOS union).
QPolygonF catchmentShell(
    const ZoneLookup& zones, const std::vector<std::string>& zoneIds, QPointF a, QPointF b);

/// Returns, for each of `zoneIds`, the zones touching it (within a few centimetres), the
/// longest shared boundary first (judged by the overlap of a thin buffer).
std::map<std::string, std::vector<std::string>> zoneNeighbours(
    const ZoneLookup& zones, const std::vector<std::string>& zoneIds);

/// What a reshape does: the edits, the zones that join the target or leave it, and those
/// that could not move.
struct ReshapeChange {
    CatchmentChange change; ///< one edit per changed catchment, the target first
    std::vector<std::string> joined; ///< zones that join the target
    std::vector<std::string> left; ///< zones that leave it (each to a neighbouring catchment)
    /// zones that should leave but touch no other unlocked catchment of the level: they stay
    std::vector<std::string> stranded;
};

/**
 * Moves `joining` whole into catchment `targetId` (as assignZones(): out of every other
 * catchment, zones of locked catchments stay) and each of `leaving` out of it into the
 * unlocked catchment of the level that holds its first neighbour outside the target
 * (`neighbours`, see zoneNeighbours(); zones whose neighbours all leave too follow them).
 */
ReshapeChange reshapeCatchment(const std::vector<core::Catchment>& catchments,
    const std::string& targetId, const std::vector<std::string>& joining,
    const std::vector<std::string>& leaving,
    const std::map<std::string, std::vector<std::string>>& neighbours);

} // namespace seatplan::ui
