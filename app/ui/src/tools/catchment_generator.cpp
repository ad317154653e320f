#include "seatplan/ui/tools/catchment_generator.h"

#include "seatplan/gis/geometry_ops.h"
#include "seatplan/ui/tools/catchment_edits.h"

#include <map>
#include <set>

namespace seatplan::ui {

namespace {

    gis::VectorLayer siteLayer(const std::vector<SchoolSite>& sites)
    {
        gis::VectorLayer layer;
        layer.kind = gis::GeometryKind::Point;
        for (const SchoolSite& s : sites) {
            gis::Feature f;
            f.geometry = gis::Geometry::point(s.position.x(), s.position.y());
            layer.features.push_back(std::move(f));
        }
        return layer;
    }

    /// zone index -> site index, by the nearest site to the zone's interior point.
    std::map<std::size_t, std::size_t> byNearest(
        const ZoneLookup& zones, const gis::VectorLayer& sites, const std::set<std::size_t>& todo)
    {
        std::vector<gis::Coord> points;
        std::vector<std::size_t> order(todo.begin(), todo.end());
        for (std::size_t z : order) {
            const QPointF p = zones.interiorPoint(z);
            points.push_back({ p.x(), p.y() });
        }
        std::map<std::size_t, std::size_t> out;
        const auto nearest = gis::nearest(points, sites);
        for (std::size_t i = 0; i < order.size(); ++i)
            if (nearest[i])
                out[order[i]] = nearest[i]->first;
        return out;
    }

    /// zone index -> site index, by the Voronoi cell holding most of the zone's area.
    std::map<std::size_t, std::size_t> byVoronoi(
        const ZoneLookup& zones, const gis::VectorLayer& sites, const std::set<std::size_t>& todo)
    {
        // Clip the cells to a frame around all zones (a tenth wider on each side).
        const gis::Extent e = zones.layer().extent();
        const double mx = (e.maxX - e.minX) / 10, my = (e.maxY - e.minY) / 10;
        gis::Geometry frame;
        frame.addPolygon({ { { e.minX - mx, e.minY - my }, { e.maxX + mx, e.minY - my },
            { e.maxX + mx, e.maxY + my }, { e.minX - mx, e.maxY + my },
            { e.minX - mx, e.minY - my } } });
        gis::VectorLayer cells;
        cells.kind = gis::GeometryKind::Polygon;
        for (gis::Geometry& g : gis::voronoiCells(sites, frame)) {
            gis::Feature f;
            f.geometry = std::move(g);
            cells.features.push_back(std::move(f));
        }
        std::map<std::size_t, std::pair<std::size_t, double>> best;
        for (const gis::OverlayShare& s : gis::overlayShares(zones.layer(), cells)) {
            if (!todo.count(s.aIndex))
                continue;
            auto& b = best[s.aIndex];
            if (s.share > b.second)
                b = { s.bIndex, s.share };
        }
        std::map<std::size_t, std::size_t> out;
        for (const auto& [zone, cell] : best)
            out[zone] = cell.first;
        return out;
    }

} // namespace

std::vector<core::CatchmentEdit> generateCatchments(const std::vector<core::Catchment>& current,
    const ZoneLookup& zones, const std::vector<SchoolSite>& sites, core::Level level,
    GenerationMethod method)
{
    std::vector<core::CatchmentEdit> edits;
    if (sites.empty())
        return edits;
    std::set<std::size_t> todo;
    for (std::size_t z = 0; z < zones.size(); ++z)
        todo.insert(z);
    for (const core::Catchment& c : current)
        if (c.locked && c.level == level)
            for (const core::ZoneShare& z : c.zones)
                if (const auto i = zones.indexOf(z.zoneId))
                    todo.erase(*i);
    const gis::VectorLayer layer = siteLayer(sites);
    const auto assignment = method == GenerationMethod::NearestSchool
        ? byNearest(zones, layer, todo)
        : byVoronoi(zones, layer, todo);

    std::map<std::size_t, std::vector<std::string>> zonesOfSite;
    for (const auto& [zone, site] : assignment)
        zonesOfSite[site].push_back(zones.id(zone));

    // Ids: the catchment the school served (so comparisons line up), else a spare catchment
    // of the level, else a new one. Replacing rather than adding or removing catchments keeps
    // the re-analysis after each edit incremental.
    std::map<std::size_t, std::string> ids;
    std::set<std::string> taken;
    for (const auto& [site, zoneIds] : zonesOfSite)
        for (const core::Catchment& old : current) {
            if (old.level != level || old.locked || taken.count(old.id) || ids.count(site))
                continue;
            for (const core::SchoolShare& s : old.schools)
                if (s.schoolId == sites[site].schoolId && !ids.count(site)) {
                    ids[site] = old.id;
                    taken.insert(old.id);
                }
        }
    std::vector<std::string> spare;
    for (const core::Catchment& old : current)
        if (old.level == level && !old.locked && !taken.count(old.id))
            spare.push_back(old.id);
    std::size_t nextSpare = 0;
    std::vector<core::CatchmentEdit> added;
    for (const auto& [site, zoneIds] : zonesOfSite) {
        const std::string& school = sites[site].schoolId;
        core::Catchment c;
        c.level = level;
        bool isNew = false;
        if (const auto found = ids.find(site); found != ids.end())
            c.id = found->second;
        else if (nextSpare < spare.size())
            c.id = spare[nextSpare++];
        else {
            c.id = findCatchment(current, "G-" + school) ? unusedCatchmentId(current, "G-" + school)
                                                         : "G-" + school;
            isNew = true;
        }
        for (const std::string& id : zoneIds)
            c.zones.push_back({ id, 1.0 });
        c.schools.push_back({ school, 0.0 });
        (isNew ? added : edits).push_back({ std::move(c), false });
    }
    // Spare catchments left over are emptied (no zones, no schools), then the new ones added.
    for (; nextSpare < spare.size(); ++nextSpare) {
        core::Catchment emptied = *findCatchment(current, spare[nextSpare]);
        emptied.zones.clear();
        emptied.schools.clear();
        edits.push_back({ std::move(emptied), false });
    }
    edits.insert(edits.end(), added.begin(), added.end());
    return edits;
}

} // namespace seatplan::ui
