#pragma once

#include "seatplan/gis/raster.h"
#include "seatplan/gis/vector_layer.h"

#include <memory>
#include <vector>

namespace seatplan::gis {

/**
 * Sums a raster (persons per cell) over polygons with fractional cell coverage: each cell
 * counts with the exact share of its area inside the polygon (as exactextract does), so sums
 * over polygons that tile the raster add up to the raster total.
 *
 * Coverage comes from one pass over the polygon's edges that accumulates signed area per cell
 * (the scanline area-accumulation technique of vector font rasterisers), then a prefix sum
 * along each row: cost ~ perimeter cells + bounding-box cells, no GEOS call per cell.
 * Polygons must be valid (holes inside shells, parts not overlapping) and in the raster's CRS;
 * parts outside the raster count 0. No-data and NaN cells count 0.
 *
 * Holds a shared, read-only raster; const methods are safe to call from many threads.
 */
class ZonalSum {
public:
    explicit ZonalSum(std::shared_ptr<const Raster> raster);

    /// Returns the sum of the raster over `polygon` (persons).
    double sum(const Geometry& polygon) const;
    /// Returns sum() for every feature of `polygons` (0 for non-polygons), in order.
    std::vector<double> sums(const VectorLayer& polygons) const;
    const Raster& raster() const { return *m_raster; }

private:
    std::shared_ptr<const Raster> m_raster;
};

/**
 * Zonal sums of a set of polygons kept up to date edit by edit: the catchment a user redraws is
 * re-summed alone (update()), the others are not touched.
 *
 * Not thread-safe for writes: one owner (e.g. the document); sums() may be read between updates.
 */
class IncrementalZonalSum {
public:
    IncrementalZonalSum(std::shared_ptr<const Raster> raster, const VectorLayer& polygons);

    const std::vector<double>& sums() const { return m_sums; }
    /// Replaces polygon `index` by `polygon` and returns its new sum. Appends when index ==
    /// size(). Throws std::out_of_range beyond that.
    double update(std::size_t index, const Geometry& polygon);
    std::size_t size() const { return m_sums.size(); }

private:
    ZonalSum m_zonal;
    std::vector<double> m_sums;
};

} // namespace seatplan::gis
