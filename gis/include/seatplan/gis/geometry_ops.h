#pragma once
// Planar geometry operations on gis value types, through GEOS (this thread's context). All
// coordinates are in a projected CRS in metres (the project CRS); areas in m2, distances in m.
// Functions are pure; they throw GisError when GEOS fails on a geometry.

#include "seatplan/gis/vector_layer.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace seatplan::gis {

/// Returns the area of a polygon geometry (holes subtracted), m2; 0 for points and lines.
double area(const Geometry& geometry);

/// Returns the area of the intersection of two polygon geometries, m2 (GEOS overlay).
double intersectionArea(const Geometry& a, const Geometry& b);

/// The share of one feature of `a` that lies in one feature of `b`.
struct OverlayShare {
    std::size_t aIndex = 0; ///< index into a.features
    std::size_t bIndex = 0; ///< index into b.features
    double area = 0; ///< m2 of the intersection
    double share = 0; ///< area / area of the a feature (0-1)
};

/**
 * Returns, for every pair of polygons of `a` (e.g. zones) and `b` (e.g. catchments) that
 * overlap by more than `minShare` of the a polygon, the intersection area and share. Candidate
 * pairs come from a GEOS STRtree; a b polygon that contains an a polygon entirely gives share 1
 * without an overlay (prepared geometry test).
 */
std::vector<OverlayShare> overlayShares(
    const VectorLayer& a, const VectorLayer& b, double minShare = 1e-6);

/// Returns `geometry` buffered by `distance` metres (round joins, 16 segments per quarter circle).
Geometry buffer(const Geometry& geometry, double distance);

/**
 * Returns one Voronoi cell per point of `sites` (e.g. schools), clipped to `boundary` (e.g. the
 * county), in the order of sites.features; a cell is empty for a duplicate site. The cells tile
 * the boundary.
 */
std::vector<Geometry> voronoiCells(const VectorLayer& sites, const Geometry& boundary);

/// Returns, for each point, the index of the nearest feature of `targets` (points) and the
/// distance in metres (GEOS STRtree nearest-neighbour); nothing when targets is empty.
std::vector<std::optional<std::pair<std::size_t, double>>> nearest(
    const std::vector<Coord>& points, const VectorLayer& targets);

/// Returns the union of polygon geometries (e.g. the zones of one catchment) as one polygon
/// geometry, shared edges dissolved (GEOS unary union); empty for no input.
Geometry unionPolygons(const std::vector<Geometry>& polygons);

/**
 * Returns the number of connected pieces the polygons (e.g. the zones of one catchment) form:
 * polygons that touch or lie within `tolerance` metres of each other (closing digitising
 * slivers between neighbouring zones) join into one piece. 0 for no polygons; a catchment
 * whose zones return more than 1 is not contiguous. Each polygon is buffered by tolerance / 2
 * and the buffers are unioned (GEOS); throws GisError when GEOS fails.
 */
std::size_t connectedPieces(const std::vector<Geometry>& polygons, double tolerance);

/// Returns a point inside a polygon (GEOS PointOnSurface), or the first vertex of other kinds.
std::optional<Coord> interiorPoint(const Geometry& geometry);

/// Returns the centroid of a geometry (GEOS; area-weighted for polygons), nothing when empty.
std::optional<Coord> centroid(const Geometry& geometry);

} // namespace seatplan::gis
