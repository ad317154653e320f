#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/scenario.h"
#include "seatplan/gis/vector_layer.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace seatplan::render {

/// Name of the field that marks the schools a scenario adds (1) in withNewSchools() layers.
inline constexpr const char* kNewSchoolField = "is_new";

/**
 * Draws catchments from their zones: a catchment's polygon is the GEOS union
 * (gis::unionPolygons) of the polygons of the zones it holds, whatever their shares. Keeps
 * the last polygon of every catchment with the zone ids it was made from, so that after an
 * edit only the catchments whose zones changed are dissolved again.
 *
 * Borrows nothing: shares the zones layer (project CRS metres, field "id"). Thread-safe: one
 * catchment is dissolved at a time under a lock (GEOS runs in the calling thread's context), so
 * the map overlay's worker and the analysis worker's contiguity check share one instance and
 * each catchment is dissolved once.
 */
class CatchmentDissolver {
public:
    explicit CatchmentDissolver(std::shared_ptr<const gis::VectorLayer> zones);

    /**
     * Returns a polygon layer named "catchments" (fields id, level, schools: the school ids
     * joined by ", ") with one feature per catchment of `level` in `catchments`, in their
     * order; zones without a polygon are left out, and a catchment with none has an empty
     * geometry. Throws gis::GisError when GEOS fails.
     */
    gis::VectorLayer dissolve(const std::vector<core::Catchment>& catchments, core::Level level);

    /// Returns the union of the polygons of `catchment`'s zones (empty when none has one),
    /// from the cache when its zone ids are unchanged. Throws gis::GisError when GEOS fails.
    gis::Geometry polygonOf(const core::Catchment& catchment);

    /// Number of catchments dissolved (not taken from the cache) since construction.
    int dissolvedCount() const;

private:
    struct Cached {
        std::vector<std::string> zoneIds;
        gis::Geometry geometry;
    };

    std::shared_ptr<const gis::VectorLayer> m_zones;
    std::map<std::string, std::size_t> m_zoneIndex; ///< zone id -> feature index
    std::map<std::string, Cached> m_cache; ///< by catchment id
    int m_dissolved = 0;
    mutable std::mutex m_mutex; ///< guards m_cache and m_dissolved
};

/**
 * Returns the schools layer `schools` (project CRS) with one point feature appended per school
 * that `edits` add (core::NewSchoolEdit, the last edit of an id wins) at its location; edits
 * without a location are left out. The copy gets the field kNewSchoolField: 1 for the added
 * schools, 0 for the others; added schools fill the fields id, name, level, town_code,
 * classes_* and students_* that the layer has. Pure; any thread.
 */
gis::VectorLayer withNewSchools(
    const gis::VectorLayer& schools, const std::vector<core::ScenarioEdit>& edits);

} // namespace seatplan::render
