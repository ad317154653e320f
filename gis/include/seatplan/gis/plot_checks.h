#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/gis/plot_clearance.h"
#include "seatplan/gis/vector_layer.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seatplan::gis {

/// Distances of the plot checks, metres. Callers take them from core::Standards (the service
/// radius of the plot's level; siting.railway_clearance and siting.arterial_clearance, GB
/// 50099-2011 4.1.6); gis holds no policy number. 0 skips the check.
struct PlotCheckOptions {
    double serviceRadius = 0;
    double railwayBuffer = 0; ///< clearance from railways
    double arterialBuffer = 0; ///< clearance from expressways and arterial roads
};

/// The overlap of a plot with one class of a layer (a land-use class, a constraint layer, a
/// railway or expressway/arterial buffer).
struct PlotOverlap {
    std::string source; ///< "landuse", "railway", "arterial" or the constraint layer's name
    std::string category; ///< the land-use class, or the constraint layer's name
    double areaM2 = 0;
    double share = 0; ///< areaM2 / plot area
};

/// The spatial half of the land check for one reserved plot (the core does the arithmetic).
struct PlotCheck {
    std::size_t plotIndex = 0; ///< index into plots.features
    std::string id; ///< the plot's `id`
    double areaM2 = 0; ///< in the project CRS
    std::vector<std::size_t> zonesInRadius; ///< zones (indexes) within the service radius
    std::vector<std::size_t> catchments; ///< catchments (indexes) the plot touches
    std::vector<PlotOverlap> overlaps; ///< by land-use class, constraint layer and road buffer
    PlotClearance clearance; ///< distances to railways and expressways/arterials, and verdicts
};

/**
 * For each plot of `plots`: its area, the zones within `options.serviceRadius` of it, the
 * catchments it touches, and its overlap (area and share) with each land-use class (field
 * `class` of `landuse`), each layer of `constraints` (farmland, ecological red line, flood
 * zone, ...; whole layer = one category named after it) and the railway and expressway/arterial
 * buffers of `roads` (roadClassOf(): field `kind`, else `class`), and its clearance from them
 * (plotClearances() with the same two distances). All layers in the same projected CRS (metres).
 * Uses GEOS on the calling thread; throws GisError when GEOS fails.
 */
std::vector<PlotCheck> checkPlots(const VectorLayer& plots, const VectorLayer& zones,
    const VectorLayer& catchments, const VectorLayer& landuse, const VectorLayer& roads,
    const std::vector<VectorLayer>& constraints, const PlotCheckOptions& options);

/// The level whose service radius applies to a plot planned for `plannedLevel`
/// (plots.planned_level): junior for schools that teach junior grades, else primary.
core::Level plotServiceLevel(std::string_view plannedLevel);

/**
 * checkPlots() with each plot's own service radius: `serviceRadius` per level (from
 * core::Standards::serviceRadius), chosen by plotServiceLevel(); `options.serviceRadius` is
 * ignored. Returns one check per plot in the order of `plots` (plotIndex = row in `plots`).
 */
std::vector<PlotCheck> checkPlotsPerLevel(const VectorLayer& plots, const VectorLayer& zones,
    const VectorLayer& catchments, const VectorLayer& landuse, const VectorLayer& roads,
    const std::vector<VectorLayer>& constraints,
    const std::array<double, core::kLevelCount>& serviceRadius, PlotCheckOptions options);

} // namespace seatplan::gis
