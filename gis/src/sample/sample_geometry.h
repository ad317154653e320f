#pragma once
// Geometry helpers of the sample generator (OGR objects in project metres; GEOS underneath).

#include "sample_model.h"
#include "sample_random.h"

#include <ogr_geometry.h>

#include <vector>

namespace seatplan::gis::sample {

/// Returns the polygonal part of `geometry` as a MultiPolygon (empty if it has none).
GeometryPtr toMultiPolygon(const OGRGeometry& geometry);

/// Returns clip ∩ Voronoi cell of each seed, in the order of `seeds` (MultiPolygons).
/// Seeds must be distinct; each cell holds its own seed.
std::vector<GeometryPtr> voronoiCells(const std::vector<Xy>& seeds, const OGRGeometry& clip);

/// Returns the axis-aligned rectangle centred on `centre`, `width` by `height` metres.
GeometryPtr rectangle(Xy centre, double width, double height);

/// Squared distance between two points (m²).
inline double distance2(Xy a, Xy b)
{
    return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
}

/**
 * Answers "is this point inside the polygon" fast (a GEOS prepared geometry) and draws
 * random points inside it. Holds a reference to the polygon, which must outlive it.
 */
class PointSampler {
public:
    explicit PointSampler(const OGRGeometry& polygon);
    ~PointSampler();
    PointSampler(const PointSampler&) = delete;
    PointSampler& operator=(const PointSampler&) = delete;

    bool contains(Xy point) const;
    /// Returns a uniform random point inside (rejection sampling in the envelope).
    Xy randomPoint(SampleRandom& random) const;
    /// Returns a point near `centre` (normal spread `sd` metres) inside, falling back to a
    /// uniform point after a few misses.
    Xy pointNear(SampleRandom& random, Xy centre, double sd) const;
    /**
     * Returns `count` spread-out points inside (Mitchell's best candidate: of `candidates`
     * uniform draws keep the one farthest from the points already chosen and from `avoid`).
     */
    std::vector<Xy> spreadPoints(
        SampleRandom& random, int count, const std::vector<Xy>& avoid, int candidates = 12) const;

private:
    const OGRGeometry& m_polygon;
    void* m_prepared; // OGRPreparedGeometryH; kept opaque to avoid ogr_api.h here
    OGREnvelope m_envelope;
};

} // namespace seatplan::gis::sample
