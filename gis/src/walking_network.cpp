#include "seatplan/gis/walking_network.h"

#include "seatplan/gis/geometry_ops.h"

#include <cmath>
#include <map>
#include <utility>

namespace seatplan::gis {

namespace {

    /// Vertices closer than this (metres) are one node: digitising noise, not a gap.
    constexpr double kSnapM = 0.01;

    bool walkable(const std::string& kind)
    {
        return kind != "railway" && kind != "expressway";
    }

} // namespace

WalkingNetwork::WalkingNetwork(core::RoadNetwork network, VectorLayer nodes)
    : m_network(std::move(network))
    , m_nodes(std::move(nodes))
{
}

std::optional<WalkingNetwork> WalkingNetwork::fromRoads(const VectorLayer& roads)
{
    std::map<std::pair<long long, long long>, int> nodeOf;
    VectorLayer nodes;
    nodes.name = "walking_nodes";
    nodes.kind = GeometryKind::Point;
    std::vector<core::RoadEdge> edges;
    const auto node = [&](const Coord& c) {
        const std::pair<long long, long long> key { std::llround(c.x / kSnapM),
            std::llround(c.y / kSnapM) };
        const auto [it, added] = nodeOf.emplace(key, static_cast<int>(nodeOf.size()));
        if (added)
            nodes.features.push_back({ -1, Geometry::point(c.x, c.y), {} });
        return it->second;
    };
    for (std::size_t f = 0; f < roads.features.size(); ++f) {
        const Geometry& g = roads.features[f].geometry;
        if (g.kind != GeometryKind::Line || !walkable(toText(roads.value(f, "kind"))))
            continue;
        for (std::size_t r = 0; r < g.ringCount(); ++r) {
            for (std::uint32_t i = g.rings[r]; i + 1 < g.rings[r + 1]; ++i) {
                const Coord& a = g.coords[i];
                const Coord& b = g.coords[i + 1];
                edges.push_back({ node(a), node(b), std::hypot(b.x - a.x, b.y - a.y) });
            }
        }
    }
    if (edges.empty())
        return std::nullopt;
    const int count = static_cast<int>(nodes.features.size());
    return WalkingNetwork(core::RoadNetwork(count, edges), std::move(nodes));
}

std::vector<core::NetworkAccess> WalkingNetwork::access(
    const std::vector<core::PlanePoint>& points) const
{
    std::vector<Coord> coords;
    coords.reserve(points.size());
    for (const core::PlanePoint& p : points)
        coords.push_back({ p.x, p.y });
    std::vector<core::NetworkAccess> out;
    out.reserve(points.size());
    for (const auto& found : nearest(coords, m_nodes))
        out.push_back({ static_cast<int>(found->first), found->second });
    return out;
}

core::DistanceMatrix WalkingNetwork::distances(const std::vector<core::PlanePoint>& origins,
    const std::vector<core::PlanePoint>& destinations, const std::atomic<bool>* cancel) const
{
    return core::networkDistances(m_network, access(origins), access(destinations), cancel);
}

} // namespace seatplan::gis
