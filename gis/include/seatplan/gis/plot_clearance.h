#pragma once

#include "seatplan/gis/vector_layer.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace seatplan::gis {

/// Required distances of a school plot from traffic, metres. Callers take them from
/// core::Standards (siting.railway_clearance, siting.arterial_clearance; GB 50099-2011 4.1.6);
/// gis holds no policy number.
struct ClearanceRules {
    double railway = 0; ///< from railway tracks
    double arterial = 0; ///< from expressways and arterial roads
};

/// How far one plot lies from railways and from expressways / arterial roads.
struct PlotClearance {
    std::size_t plotIndex = 0; ///< index into plots.features
    std::string id; ///< the plot's `id`
    /// Shortest distance from the plot's boundary to a railway, metres; nothing when the roads
    /// layer has no railway. 0 when a railway crosses the plot.
    std::optional<double> railwayDistanceM;
    std::optional<double> arterialDistanceM; ///< the same for expressways and arterial roads
    bool railwayOk = true; ///< no railway, or railwayDistanceM >= rules.railway
    bool arterialOk = true; ///< no such road, or arterialDistanceM >= rules.arterial
};

/**
 * Returns, for each plot of `plots` (polygons, project CRS in metres), its distance to the
 * nearest railway and to the nearest expressway or arterial road of `roads` (classes from
 * roadClassOf(): field `kind`, else `class`) and whether it keeps the `rules` clearances.
 * Uses GEOS on the calling thread; throws GisError when GEOS fails.
 */
std::vector<PlotClearance> plotClearances(
    const VectorLayer& plots, const VectorLayer& roads, const ClearanceRules& rules);

} // namespace seatplan::gis
