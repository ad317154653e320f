#include "seatplan/gis/road_network.h"

#include "seatplan/gis/gis_error.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>

namespace seatplan::gis {

namespace {

    // A uniform grid of node indexes: snapping while building, nearest node when attaching.
    class NodeGrid {
    public:
        explicit NodeGrid(double cellSize)
            : m_cell(cellSize)
        {
        }

        void add(int node, Coord c) { m_cells[key(cellOf(c.x), cellOf(c.y))].push_back(node); }

        // The first node within `tolerance` of c, or -1.
        int findWithin(const std::vector<Coord>& nodes, Coord c, double tolerance) const
        {
            const auto cx = cellOf(c.x);
            const auto cy = cellOf(c.y);
            for (std::int64_t dy = -1; dy <= 1; ++dy)
                for (std::int64_t dx = -1; dx <= 1; ++dx) {
                    const auto it = m_cells.find(key(cx + dx, cy + dy));
                    if (it == m_cells.end())
                        continue;
                    for (const int n : it->second)
                        if (std::hypot(nodes[n].x - c.x, nodes[n].y - c.y) <= tolerance)
                            return n;
                }
            return -1;
        }

        // The nearest node to c: rings of cells outwards until no closer node can remain.
        std::pair<int, double> nearest(const std::vector<Coord>& nodes, Coord c) const
        {
            const auto cx = cellOf(c.x);
            const auto cy = cellOf(c.y);
            int best = -1;
            double bestDistance = std::numeric_limits<double>::infinity();
            for (std::int64_t r = 0;; ++r) {
                // Every node in ring r is at least (r - 1) cells away.
                if (best >= 0 && static_cast<double>(r - 1) * m_cell > bestDistance)
                    break;
                for (std::int64_t dy = -r; dy <= r; ++dy)
                    for (std::int64_t dx = -r; dx <= r; ++dx) {
                        if (std::max(std::llabs(dx), std::llabs(dy)) != r)
                            continue;
                        const auto it = m_cells.find(key(cx + dx, cy + dy));
                        if (it == m_cells.end())
                            continue;
                        for (const int n : it->second) {
                            const double d = std::hypot(nodes[n].x - c.x, nodes[n].y - c.y);
                            if (d < bestDistance || (d == bestDistance && n < best)) {
                                best = n;
                                bestDistance = d;
                            }
                        }
                    }
                if (r > m_maxRing)
                    break;
            }
            return { best, bestDistance };
        }

        // Bounds the ring search (all cells lie within this many rings of any query inside the
        // node extent; queries far outside still terminate).
        void setMaxRing(std::int64_t rings) { m_maxRing = rings; }

    private:
        std::int64_t cellOf(double v) const
        {
            return static_cast<std::int64_t>(std::floor(v / m_cell));
        }
        static std::uint64_t key(std::int64_t x, std::int64_t y)
        {
            return (static_cast<std::uint64_t>(x) << 32)
                ^ (static_cast<std::uint64_t>(y) & 0xffffffffU);
        }

        double m_cell;
        std::int64_t m_maxRing = std::numeric_limits<std::int64_t>::max();
        std::unordered_map<std::uint64_t, std::vector<int>> m_cells;
    };

    // The smallest cell used for snapping (metres): keeps exact-match snapping (tolerance 0)
    // in a finite grid.
    constexpr double kMinSnapCell = 1e-3;

    // Points further than this many grid cells outside the node extent are attached by a
    // plain scan (a ring search would walk many empty cells).
    constexpr double kNearCells = 4;

    core::NetworkAccess nearestByScan(const std::vector<Coord>& nodes, Coord p)
    {
        core::NetworkAccess best { 0, std::numeric_limits<double>::infinity() };
        for (std::size_t n = 0; n < nodes.size(); ++n) {
            const double d = std::hypot(nodes[n].x - p.x, nodes[n].y - p.y);
            if (d < best.offsetM)
                best = { static_cast<int>(n), d };
        }
        return best;
    }

} // namespace

RoadGraph buildRoadNetwork(const VectorLayer& roads, const RoadNetworkOptions& options)
{
    if (!std::isfinite(options.snapTolerance) || options.snapTolerance < 0)
        throw GisError({ {}, roads.name, std::nullopt, {},
            "road snap tolerance must be a finite number of metres >= 0, got "
                + std::to_string(options.snapTolerance) });
    if (roads.kind != GeometryKind::Line && !roads.features.empty())
        throw GisError({ {}, roads.name, std::nullopt, {},
            "a road network needs a line layer; this layer holds other geometries" });

    RoadGraph graph;
    std::vector<core::RoadEdge> edges;
    NodeGrid grid(std::max(options.snapTolerance, kMinSnapCell));
    auto nodeAt = [&](Coord c) {
        const int found = grid.findWithin(graph.nodes, c, options.snapTolerance);
        if (found >= 0)
            return found;
        const int n = static_cast<int>(graph.nodes.size());
        graph.nodes.push_back(c);
        grid.add(n, c);
        return n;
    };

    for (std::size_t i = 0; i < roads.features.size(); ++i) {
        const Geometry& g = roads.features[i].geometry;
        if (g.kind != GeometryKind::Line || g.isEmpty()
            || options.excluded.count(roadClassOf(roads, i)) > 0) {
            ++graph.featuresSkipped;
            continue;
        }
        ++graph.featuresUsed;
        for (std::size_t ring = 0; ring < g.ringCount(); ++ring) {
            int previous = -1;
            for (std::uint32_t v = g.rings[ring]; v < g.rings[ring + 1]; ++v) {
                const int node = nodeAt(g.coords[v]);
                if (previous >= 0 && node != previous) {
                    const Coord& a = graph.nodes[previous];
                    const Coord& b = graph.nodes[node];
                    edges.push_back({ previous, node, std::hypot(b.x - a.x, b.y - a.y) });
                }
                previous = node;
            }
        }
    }
    graph.edgeCount = edges.size();
    graph.network = core::RoadNetwork(static_cast<int>(graph.nodes.size()), edges);
    return graph;
}

RoadGraph buildRoadNetwork(const VectorLayer& roads, double snapTolerance)
{
    RoadNetworkOptions options;
    options.snapTolerance = snapTolerance;
    return buildRoadNetwork(roads, options);
}

std::vector<core::NetworkAccess> networkAccess(
    const RoadGraph& graph, const std::vector<Coord>& points)
{
    std::vector<core::NetworkAccess> out;
    if (points.empty())
        return out;
    if (graph.nodes.empty())
        throw GisError({ {}, "roads", std::nullopt, {},
            "the road network has no walkable road: cannot attach points to it" });
    Extent extent;
    for (const Coord& c : graph.nodes)
        extent.include(c.x, c.y);
    // About one node per cell on average; at least 1 m.
    const double side = std::max(extent.width(), extent.height());
    const double cell = std::max(1.0, side / std::sqrt(static_cast<double>(graph.nodes.size())));
    NodeGrid grid(cell);
    for (std::size_t n = 0; n < graph.nodes.size(); ++n)
        grid.add(static_cast<int>(n), graph.nodes[n]);
    out.reserve(points.size());
    for (const Coord& p : points) {
        Extent near = extent;
        near.include(extent.minX - kNearCells * cell, extent.minY - kNearCells * cell);
        near.include(extent.maxX + kNearCells * cell, extent.maxY + kNearCells * cell);
        if (p.x < near.minX || p.x > near.maxX || p.y < near.minY || p.y > near.maxY) {
            out.push_back(nearestByScan(graph.nodes, p)); // far outside: rings would be many
            continue;
        }
        // Rings needed to cover the whole node extent from p.
        const double reach = std::max({ std::abs(p.x - extent.minX), std::abs(p.x - extent.maxX),
            std::abs(p.y - extent.minY), std::abs(p.y - extent.maxY) });
        grid.setMaxRing(static_cast<std::int64_t>(std::ceil(reach / cell)) + 1);
        const auto [node, distance] = grid.nearest(graph.nodes, p);
        out.push_back({ node, distance });
    }
    return out;
}

} // namespace seatplan::gis
