#pragma once

#include "seatplan/gis/vector_layer.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace seatplan::gis {

/**
 * A point-in-polygon index over the polygons of a layer (catchments, zones, towns): a uniform
 * grid of candidate polygons by bounding box, and per polygon its edges bucketed into
 * horizontal bands, so that a point is tested against a handful of edges (even-odd rule; holes
 * and multi-part polygons work; points exactly on an edge may go to either side).
 *
 * Built once from `layer` (which it copies what it needs from); immutable afterwards and safe
 * to query from many threads at once.
 */
class PolygonIndex {
public:
    explicit PolygonIndex(const VectorLayer& layer);
    ~PolygonIndex();
    PolygonIndex(PolygonIndex&&) noexcept;
    PolygonIndex& operator=(PolygonIndex&&) noexcept;

    /// Returns the index (into layer.features) of the first polygon containing (x, y).
    std::optional<std::size_t> locate(double x, double y) const;
    /// Returns, for each point, the containing polygon's index or -1.
    std::vector<std::int64_t> locateAll(const std::vector<Coord>& points) const;
    /// Returns the indexes of polygons whose bounding box intersects `extent`.
    std::vector<std::size_t> candidates(const Extent& extent) const;
    std::size_t size() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace seatplan::gis
