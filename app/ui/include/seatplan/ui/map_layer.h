#pragma once

#include "seatplan/render/layer_data.h"
#include "seatplan/render/layer_style.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace seatplan::ui {

/// The layer id of the population raster (it is not a GeoPackage vector layer).
inline constexpr const char* kPopulationLayerId = "population";

/**
 * One layer of the open plan as the map shows it: shared immutable data, the base style of
 * its kind, the resolved style currently drawn (base plus thematic overrides) and its display
 * state. Owned by PlanDocument; GUI thread only (the shared data may go to render workers).
 */
struct MapLayer {
    QString id; ///< the project layer name ("schools", ...) or kPopulationLayerId
    std::shared_ptr<const render::LayerData> data; ///< vector data; null for the raster
    std::shared_ptr<const render::RasterData> raster; ///< the population raster, or null
    render::LayerStyle baseStyle; ///< the default symbology (before thematic styling)
    std::shared_ptr<const render::LayerStyle> style; ///< what is drawn now; never null
    bool visible = true;
    double opacity = 1.0; ///< 0-1
    std::uint64_t revision = 0; ///< bumped when data or style change (render cache key)
};

} // namespace seatplan::ui
