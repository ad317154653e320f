#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/gis/vector_layer.h"

#include <cstddef>

namespace seatplan::gis {

/// How catchments are drawn around schools.
enum class CatchmentMethod {
    Voronoi, ///< each school's Voronoi cell among the county's schools, clipped to the county
    Nearest, ///< each zone goes whole to the nearest school of its county; cells are unions
};

/// Generated catchments and what could not be placed.
struct BuiltCatchments {
    /**
     * A catchments layer in the project format (`id`, `scenario` empty, `level`, `school_ids`)
     * plus `county_code`, `method`, `zone_ids` (Nearest: comma-separated zone ids) and
     * `area_m2`; one feature per school that got a non-empty cell, CRS of the inputs.
     */
    VectorLayer layer;
    std::size_t schoolsUsed = 0; ///< schools teaching the level inside a county
    std::size_t schoolsOutside = 0; ///< schools teaching the level in no county
    std::size_t duplicateSites = 0; ///< schools at the same point as another (Voronoi: no cell)
    std::size_t zonesUnassigned = 0; ///< Nearest: zones in a county without such a school
    std::size_t countiesWithoutSchool = 0;
};

/**
 * Draws catchments for `level` around the schools that teach it (field `level` parsed with
 * core::parseSchoolType; nine-year schools count for both levels), per county of `counties`
 * (the county is the polygon containing the school or the zone's interior point). Voronoi
 * cells tile each county that has a school; Nearest assigns whole zones (`zones`, field `id`)
 * by straight distance from a point inside the zone. All layers in one projected CRS
 * (metres). Runs GEOS on the calling thread. Throws core::InvalidInput for an unknown school
 * level and GisError when GEOS fails.
 */
BuiltCatchments buildCatchments(const VectorLayer& schools, const VectorLayer& counties,
    const VectorLayer& zones, core::Level level, CatchmentMethod method);

} // namespace seatplan::gis
