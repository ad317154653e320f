#include "seatplan/gis/catchment_builder.h"

#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/polygon_index.h"

#include <map>
#include <set>
#include <string>

namespace seatplan::gis {

namespace {

    // The schools teaching `level`, as a point layer per county index.
    std::map<std::size_t, VectorLayer> schoolsByCounty(const VectorLayer& schools,
        const PolygonIndex& counties, core::Level level, BuiltCatchments& out)
    {
        std::map<std::size_t, VectorLayer> byCounty;
        for (std::size_t i = 0; i < schools.features.size(); ++i) {
            const Geometry& g = schools.features[i].geometry;
            const std::string type = toText(schools.value(i, "level"));
            if (g.isEmpty() || !core::schoolTeaches(core::parseSchoolType(type), level))
                continue;
            const auto county = counties.locate(g.coords[0].x, g.coords[0].y);
            if (!county) {
                ++out.schoolsOutside;
                continue;
            }
            ++out.schoolsUsed;
            VectorLayer& layer = byCounty[*county];
            layer.name = schools.name;
            layer.kind = GeometryKind::Point;
            Feature f;
            f.fid = static_cast<std::int64_t>(i); // index into schools, for the ids below
            f.geometry = Geometry::point(g.coords[0].x, g.coords[0].y);
            layer.features.push_back(std::move(f));
        }
        return byCounty;
    }

    void addCatchment(BuiltCatchments& out, const std::string& schoolId,
        const std::string& countyCode, core::Level level, const char* method,
        const std::string& zoneIds, Geometry geometry)
    {
        VectorLayer& layer = out.layer;
        Feature f;
        const double a = area(geometry);
        f.geometry = std::move(geometry);
        f.values = { std::string(core::levelName(level)) + "-" + schoolId, std::string(),
            std::string(core::levelName(level)), schoolId, countyCode, std::string(method), zoneIds,
            a };
        layer.features.push_back(std::move(f));
    }

} // namespace

BuiltCatchments buildCatchments(const VectorLayer& schools, const VectorLayer& counties,
    const VectorLayer& zones, core::Level level, CatchmentMethod method)
{
    BuiltCatchments out;
    out.layer.name = "catchments";
    out.layer.crs = schools.crs.empty() ? counties.crs : schools.crs;
    out.layer.kind = GeometryKind::Polygon;
    out.layer.fields = { { "id", FieldType::Text }, { "scenario", FieldType::Text },
        { "level", FieldType::Text }, { "school_ids", FieldType::Text },
        { "county_code", FieldType::Text }, { "method", FieldType::Text },
        { "zone_ids", FieldType::Text }, { "area_m2", FieldType::Real } };

    const PolygonIndex countyIndex(counties);
    const auto byCounty = schoolsByCounty(schools, countyIndex, level, out);
    out.countiesWithoutSchool = counties.features.size() - byCounty.size();
    auto schoolId = [&](const Feature& site) {
        return toText(schools.value(static_cast<std::size_t>(site.fid), "id"));
    };

    if (method == CatchmentMethod::Voronoi) {
        for (const auto& [county, sites] : byCounty) {
            const auto cells = voronoiCells(sites, counties.features[county].geometry);
            for (std::size_t s = 0; s < cells.size(); ++s) {
                if (cells[s].isEmpty()) {
                    ++out.duplicateSites;
                    continue;
                }
                addCatchment(out, schoolId(sites.features[s]),
                    toText(counties.value(county, "code")), level, "voronoi", {}, cells[s]);
            }
        }
        return out;
    }

    // Nearest: zones by county, then each to its nearest school.
    std::map<std::size_t, std::pair<std::vector<std::size_t>, std::vector<Coord>>> zonesByCounty;
    for (std::size_t z = 0; z < zones.features.size(); ++z) {
        const auto inside = interiorPoint(zones.features[z].geometry);
        const auto county = inside ? countyIndex.locate(inside->x, inside->y) : std::nullopt;
        if (!county || byCounty.count(*county) == 0) {
            ++out.zonesUnassigned;
            continue;
        }
        zonesByCounty[*county].first.push_back(z);
        zonesByCounty[*county].second.push_back(*inside);
    }
    for (const auto& [county, sites] : byCounty) {
        const auto found = zonesByCounty.find(county);
        if (found == zonesByCounty.end())
            continue;
        const auto& [zoneIndexes, points] = found->second;
        const auto nearestSite = nearest(points, sites);
        std::map<std::size_t, std::vector<std::size_t>> zonesOfSite;
        for (std::size_t k = 0; k < zoneIndexes.size(); ++k)
            if (nearestSite[k])
                zonesOfSite[nearestSite[k]->first].push_back(zoneIndexes[k]);
        for (const auto& [site, members] : zonesOfSite) {
            std::vector<Geometry> parts;
            std::string ids;
            for (const std::size_t z : members) {
                parts.push_back(zones.features[z].geometry);
                ids += (ids.empty() ? "" : ",") + toText(zones.value(z, "id"));
            }
            addCatchment(out, schoolId(sites.features[site]),
                toText(counties.value(county, "code")), level, "nearest", ids,
                unionPolygons(parts));
        }
    }
    return out;
}

} // namespace seatplan::gis
