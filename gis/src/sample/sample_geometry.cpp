#include "sample_geometry.h"

#include <geos_c.h>
#include <ogr_api.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace seatplan::gis::sample {

namespace {

    // A GEOS context for one Voronoi call, finished on every path.
    class GeosScope {
    public:
        GeosScope()
            : m_handle(GEOS_init_r())
        {
        }
        ~GeosScope() { GEOS_finish_r(m_handle); }
        GeosScope(const GeosScope&) = delete;
        GeosScope& operator=(const GeosScope&) = delete;
        GEOSContextHandle_t get() const { return m_handle; }

    private:
        GEOSContextHandle_t m_handle;
    };

    struct GeosGeomDeleter {
        GEOSContextHandle_t context;
        void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(context, g); }
    };
    using GeosPtr = std::unique_ptr<GEOSGeometry, GeosGeomDeleter>;

    void addPolygons(const OGRGeometry& geometry, OGRMultiPolygon& out)
    {
        const auto type = wkbFlatten(geometry.getGeometryType());
        if (type == wkbPolygon) {
            if (!geometry.IsEmpty())
                out.addGeometry(&geometry);
        } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
            for (const auto* part : *geometry.toGeometryCollection())
                addPolygons(*part, out);
        }
    }

} // namespace

GeometryPtr toMultiPolygon(const OGRGeometry& geometry)
{
    auto out = std::make_unique<OGRMultiPolygon>();
    addPolygons(geometry, *out);
    return out;
}

std::vector<GeometryPtr> voronoiCells(const std::vector<Xy>& seeds, const OGRGeometry& clip)
{
    std::vector<GeometryPtr> cells(seeds.size());
    if (seeds.size() == 1) {
        cells[0] = toMultiPolygon(clip);
        return cells;
    }
    GeosScope geos;
    const GEOSContextHandle_t ctx = geos.get();
    std::vector<GEOSGeometry*> points;
    for (const auto& seed : seeds)
        points.push_back(GEOSGeom_createPointFromXY_r(ctx, seed.x, seed.y));
    GeosPtr multi(GEOSGeom_createCollection_r(
                      ctx, GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(points.size())),
        { ctx });
    GeosPtr envelope(clip.exportToGEOS(ctx), { ctx });
    GeosPtr diagram(GEOSVoronoiDiagram_r(ctx, multi.get(), envelope.get(), 0.0, 0), { ctx });
    if (!diagram)
        throw std::runtime_error("GEOS could not build a Voronoi diagram");
    const int n = GEOSGetNumGeometries_r(ctx, diagram.get());
    // The diagram's cell order is GEOS's own: match each cell to the seed it contains.
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(ctx, diagram.get(), i);
        std::unique_ptr<OGRGeometry> ogrCell(
            OGRGeometryFactory::createFromGEOS(ctx, const_cast<GEOSGeometry*>(cell)));
        OGREnvelope box;
        ogrCell->getEnvelope(&box);
        for (std::size_t s = 0; s < seeds.size(); ++s) {
            if (cells[s] || seeds[s].x < box.MinX || seeds[s].x > box.MaxX || seeds[s].y < box.MinY
                || seeds[s].y > box.MaxY)
                continue;
            const OGRPoint point(seeds[s].x, seeds[s].y);
            if (ogrCell->Contains(&point) || ogrCell->Touches(&point)) {
                std::unique_ptr<OGRGeometry> clipped(ogrCell->Intersection(&clip));
                cells[s] = clipped ? toMultiPolygon(*clipped) : std::make_unique<OGRMultiPolygon>();
                break;
            }
        }
    }
    for (auto& cell : cells)
        if (!cell)
            throw std::runtime_error("a Voronoi seed got no cell (duplicate seed?)");
    return cells;
}

GeometryPtr rectangle(Xy centre, double width, double height)
{
    auto ring = std::make_unique<OGRLinearRing>();
    const double hw = width / 2;
    const double hh = height / 2;
    ring->addPoint(centre.x - hw, centre.y - hh);
    ring->addPoint(centre.x + hw, centre.y - hh);
    ring->addPoint(centre.x + hw, centre.y + hh);
    ring->addPoint(centre.x - hw, centre.y + hh);
    ring->addPoint(centre.x - hw, centre.y - hh);
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRingDirectly(ring.release());
    auto multi = std::make_unique<OGRMultiPolygon>();
    multi->addGeometryDirectly(polygon.release());
    return multi;
}

PointSampler::PointSampler(const OGRGeometry& polygon)
    : m_polygon(polygon)
    , m_prepared(
          OGRCreatePreparedGeometry(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&polygon))))
{
    polygon.getEnvelope(&m_envelope);
}

PointSampler::~PointSampler()
{
    OGRDestroyPreparedGeometry(static_cast<OGRPreparedGeometryH>(m_prepared));
}

bool PointSampler::contains(Xy point) const
{
    if (point.x < m_envelope.MinX || point.x > m_envelope.MaxX || point.y < m_envelope.MinY
        || point.y > m_envelope.MaxY)
        return false;
    OGRPoint p(point.x, point.y);
    return OGRPreparedGeometryContains(
        static_cast<OGRPreparedGeometryH>(m_prepared), OGRGeometry::ToHandle(&p));
}

Xy PointSampler::randomPoint(SampleRandom& random) const
{
    for (int attempt = 0; attempt < 10000; ++attempt) {
        const Xy p { random.uniform(m_envelope.MinX, m_envelope.MaxX),
            random.uniform(m_envelope.MinY, m_envelope.MaxY) };
        if (contains(p))
            return p;
    }
    // Rejection failed (a sliver): take GEOS's point on surface instead.
    std::unique_ptr<OGRGeometry> inside(OGRGeometry::FromHandle(
        OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&m_polygon)))));
    if (!inside || inside->IsEmpty())
        return {};
    return { inside->toPoint()->getX(), inside->toPoint()->getY() };
}

Xy PointSampler::pointNear(SampleRandom& random, Xy centre, double sd) const
{
    for (int attempt = 0; attempt < 30; ++attempt) {
        const Xy p { random.normal(centre.x, sd), random.normal(centre.y, sd) };
        if (contains(p))
            return p;
    }
    return randomPoint(random);
}

std::vector<Xy> PointSampler::spreadPoints(
    SampleRandom& random, int count, const std::vector<Xy>& avoid, int candidates) const
{
    std::vector<Xy> chosen;
    chosen.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Xy best {};
        double bestDistance = -1;
        for (int c = 0; c < candidates; ++c) {
            const Xy p = randomPoint(random);
            double nearest = std::numeric_limits<double>::max();
            for (const auto& q : chosen)
                nearest = std::min(nearest, distance2(p, q));
            for (const auto& q : avoid)
                nearest = std::min(nearest, distance2(p, q));
            if (nearest > bestDistance) {
                bestDistance = nearest;
                best = p;
            }
        }
        chosen.push_back(best);
    }
    return chosen;
}

} // namespace seatplan::gis::sample
