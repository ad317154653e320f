#include "seatplan/gis/plot_clearance.h"

#include "detail/geos_context.h"
#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/road_class.h"

#include <algorithm>
#include <cmath>

namespace seatplan::gis {

using namespace detail;

namespace {

    struct Road {
        GeosGeomPtr geometry;
        Extent extent;
    };

    // Distance from `e` to `f` when they are apart, else 0 (a lower bound of the distance
    // between anything inside them).
    double extentGap(const Extent& e, const Extent& f)
    {
        const double dx = std::max({ 0.0, f.minX - e.maxX, e.minX - f.maxX });
        const double dy = std::max({ 0.0, f.minY - e.maxY, e.minY - f.maxY });
        return std::hypot(dx, dy);
    }

    GeosGeomPtr geosOf(
        GeosContext& context, const Geometry& g, const VectorLayer& layer, std::int64_t fid)
    {
        GeosGeomPtr out = toGeos(context, g);
        if (!out && !g.isEmpty())
            throw GisError({ {}, layer.name, fid, {},
                "GEOS cannot build the geometry: " + context.takeError() });
        return out;
    }

    // The shortest distance from `plot` to any of `roads`; nothing when there is none.
    std::optional<double> nearestDistance(GeosContext& context, const GEOSGeometry* plot,
        const Extent& plotExtent, const std::vector<Road>& roads)
    {
        std::optional<double> best;
        for (const Road& road : roads) {
            if (best && extentGap(plotExtent, road.extent) >= *best)
                continue; // cannot be closer
            double d = 0;
            if (GEOSDistance_r(context.handle(), plot, road.geometry.get(), &d) != 1)
                throw GisError({ {}, "roads", std::nullopt, {},
                    "GEOS distance failed: " + context.takeError() });
            if (!best || d < *best)
                best = d;
        }
        return best;
    }

} // namespace

std::vector<PlotClearance> plotClearances(
    const VectorLayer& plots, const VectorLayer& roads, const ClearanceRules& rules)
{
    GeosContext& context = GeosContext::get();
    std::vector<Road> railways;
    std::vector<Road> arterials;
    for (std::size_t i = 0; i < roads.features.size(); ++i) {
        const Geometry& g = roads.features[i].geometry;
        const RoadClass roadClass = roadClassOf(roads, i);
        if (g.isEmpty() || roadClass == RoadClass::Local)
            continue;
        Road road { geosOf(context, g, roads, roads.features[i].fid), g.extent() };
        (roadClass == RoadClass::Railway ? railways : arterials).push_back(std::move(road));
    }

    std::vector<PlotClearance> out(plots.features.size());
    for (std::size_t i = 0; i < plots.features.size(); ++i) {
        PlotClearance& c = out[i];
        c.plotIndex = i;
        c.id = toText(plots.value(i, "id"));
        const Geometry& g = plots.features[i].geometry;
        if (g.isEmpty())
            continue;
        const GeosGeomPtr plot = geosOf(context, g, plots, plots.features[i].fid);
        const Extent extent = g.extent();
        c.railwayDistanceM = nearestDistance(context, plot.get(), extent, railways);
        c.arterialDistanceM = nearestDistance(context, plot.get(), extent, arterials);
        c.railwayOk = !c.railwayDistanceM || *c.railwayDistanceM >= rules.railway;
        c.arterialOk = !c.arterialDistanceM || *c.arterialDistanceM >= rules.arterial;
    }
    return out;
}

} // namespace seatplan::gis
