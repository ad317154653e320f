#include "seatplan/gis/plot_checks.h"

#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/road_class.h"

#include <algorithm>
#include <map>

namespace seatplan::gis {

namespace {

    // Adds the overlaps of each plot with `layer`, grouped by `categoryOf(feature index)`.
    template <typename Category>
    void addOverlaps(std::vector<PlotCheck>& checks, const VectorLayer& plots,
        const VectorLayer& layer, const std::string& source, Category categoryOf)
    {
        if (layer.features.empty())
            return;
        std::map<std::pair<std::size_t, std::string>, double> areas;
        for (const OverlayShare& s : overlayShares(plots, layer))
            areas[{ s.aIndex, categoryOf(s.bIndex) }] += s.area;
        for (const auto& [key, a] : areas) {
            PlotCheck& check = checks[key.first];
            check.overlaps.push_back(
                { source, key.second, a, check.areaM2 > 0 ? a / check.areaM2 : 0.0 });
        }
    }

    // The buffer of the roads of the given classes, as one geometry (overlaps between buffers
    // would be counted twice by the overlay below, so the lines are buffered together).
    VectorLayer roadBuffers(
        const VectorLayer& roads, std::initializer_list<RoadClass> classes, double distance)
    {
        VectorLayer out;
        out.kind = GeometryKind::Polygon;
        if (distance <= 0)
            return out;
        Geometry merged;
        merged.kind = GeometryKind::Line;
        for (std::size_t i = 0; i < roads.features.size(); ++i) {
            const RoadClass c = roadClassOf(roads, i);
            if (std::find(classes.begin(), classes.end(), c) == classes.end())
                continue;
            const Geometry& g = roads.features[i].geometry;
            for (std::size_t p = 0; p < g.partCount(); ++p) {
                const auto ring = g.parts[p];
                merged.addLine(std::vector<Coord>(
                    g.coords.begin() + g.rings[ring], g.coords.begin() + g.rings[ring + 1]));
            }
        }
        if (merged.isEmpty())
            return out;
        Feature f;
        f.geometry = buffer(merged, distance); // one buffer of all lines: overlaps dissolved
        out.features.push_back(std::move(f));
        return out;
    }

} // namespace

std::vector<PlotCheck> checkPlots(const VectorLayer& plots, const VectorLayer& zones,
    const VectorLayer& catchments, const VectorLayer& landuse, const VectorLayer& roads,
    const std::vector<VectorLayer>& constraints, const PlotCheckOptions& options)
{
    std::vector<PlotCheck> checks(plots.features.size());
    for (std::size_t i = 0; i < plots.features.size(); ++i) {
        checks[i].plotIndex = i;
        checks[i].id = toText(plots.value(i, "id"));
        checks[i].areaM2 = area(plots.features[i].geometry);
    }
    if (options.serviceRadius > 0 && !zones.features.empty()) {
        VectorLayer reach;
        reach.kind = GeometryKind::Polygon;
        for (const Feature& plot : plots.features) {
            Feature f;
            f.geometry = buffer(plot.geometry, options.serviceRadius);
            reach.features.push_back(std::move(f));
        }
        for (const OverlayShare& s : overlayShares(zones, reach, 0.0))
            checks[s.bIndex].zonesInRadius.push_back(s.aIndex);
    }
    for (const OverlayShare& s : overlayShares(plots, catchments, 0.0))
        checks[s.aIndex].catchments.push_back(s.bIndex);
    addOverlaps(checks, plots, landuse, "landuse",
        [&](std::size_t j) { return toText(landuse.value(j, "class")); });
    for (const VectorLayer& constraint : constraints)
        addOverlaps(checks, plots, constraint, constraint.name,
            [&](std::size_t) { return constraint.name; });
    addOverlaps(checks, plots, roadBuffers(roads, { RoadClass::Railway }, options.railwayBuffer),
        "railway", [](std::size_t) { return std::string("railway buffer"); });
    addOverlaps(checks, plots,
        roadBuffers(roads, { RoadClass::Expressway, RoadClass::Arterial }, options.arterialBuffer),
        "arterial", [](std::size_t) { return std::string("expressway/arterial buffer"); });
    const auto clearances
        = plotClearances(plots, roads, { options.railwayBuffer, options.arterialBuffer });
    for (std::size_t i = 0; i < checks.size(); ++i)
        checks[i].clearance = clearances[i];
    return checks;
}

core::Level plotServiceLevel(std::string_view plannedLevel)
{
    return plannedLevel == "junior" || plannedLevel == "nine_year" || plannedLevel == "twelve_year"
        ? core::Level::Junior
        : core::Level::Primary;
}

std::vector<PlotCheck> checkPlotsPerLevel(const VectorLayer& plots, const VectorLayer& zones,
    const VectorLayer& catchments, const VectorLayer& landuse, const VectorLayer& roads,
    const std::vector<VectorLayer>& constraints,
    const std::array<double, core::kLevelCount>& serviceRadius, PlotCheckOptions options)
{
    std::vector<PlotCheck> checks(plots.features.size());
    for (const core::Level level : { core::Level::Primary, core::Level::Junior }) {
        std::vector<std::size_t> rows;
        VectorLayer part = plots;
        part.features.clear();
        for (std::size_t i = 0; i < plots.features.size(); ++i)
            if (plotServiceLevel(toText(plots.value(i, "planned_level"))) == level) {
                rows.push_back(i);
                part.features.push_back(plots.features[i]);
            }
        if (rows.empty())
            continue;
        options.serviceRadius = serviceRadius[static_cast<std::size_t>(level)];
        auto found = checkPlots(part, zones, catchments, landuse, roads, constraints, options);
        for (std::size_t k = 0; k < rows.size(); ++k) {
            found[k].plotIndex = rows[k];
            found[k].clearance.plotIndex = rows[k];
            checks[rows[k]] = std::move(found[k]);
        }
    }
    return checks;
}

} // namespace seatplan::gis
