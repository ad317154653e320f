#pragma once

#include "seatplan/gis/polygon_index.h"
#include "seatplan/gis/vector_layer.h"

#include <QPointF>
#include <QPolygonF>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace seatplan::ui {

/**
 * The zones layer seen by the catchment tools: which zone lies under a point, which zones a
 * drawn polygon covers (by area share, GEOS overlay), and each zone's interior point. All
 * coordinates in the project CRS (metres). Shares the layer it is built from (immutable).
 * Built once per opened project; GUI thread (uses this thread's GEOS context).
 */
class ZoneLookup {
public:
    /// Indexes `zones` (polygons with an `id` field; not null).
    explicit ZoneLookup(std::shared_ptr<const gis::VectorLayer> zones);

    std::size_t size() const { return m_ids.size(); }
    const gis::VectorLayer& layer() const { return *m_zones; }
    /// Returns the id of zone `index` (the layer's `id` field).
    const std::string& id(std::size_t index) const { return m_ids[index]; }
    /// Returns the index of zone `id`, or nothing.
    std::optional<std::size_t> indexOf(const std::string& id) const;
    /// Returns the zone containing `map`, or nothing.
    std::optional<std::size_t> zoneAt(QPointF map) const;
    /// Returns the ids of the zones of which more than `minShare` (0-1) of the area lies
    /// inside `polygon` (map coordinates, at least 3 points; closed here).
    std::vector<std::string> zonesInPolygon(const QPolygonF& polygon, double minShare) const;
    /// Returns a point inside zone `index` (GEOS PointOnSurface; cached).
    QPointF interiorPoint(std::size_t index) const;

private:
    std::shared_ptr<const gis::VectorLayer> m_zones;
    gis::PolygonIndex m_index;
    std::vector<std::string> m_ids;
    std::unordered_map<std::string, std::size_t> m_byId;
    mutable std::vector<std::optional<QPointF>> m_interior;
};

} // namespace seatplan::ui
