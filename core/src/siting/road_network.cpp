#include "seatplan/core/siting/road_network.h"

#include "seatplan/core/errors.h"

#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <queue>
#include <string>
#include <utility>

namespace seatplan::core {

namespace {

    std::size_t at(int index)
    {
        return static_cast<std::size_t>(index);
    }

    void checkNode(int node, int nodeCount, const std::string& what)
    {
        if (node < 0 || node >= nodeCount) {
            throw InvalidInput("road network: " + what + " names node " + std::to_string(node)
                + " but the network has " + std::to_string(nodeCount) + " nodes");
        }
    }

} // namespace

RoadNetwork::RoadNetwork(int nodeCount, const std::vector<RoadEdge>& edges)
{
    if (nodeCount < 0) {
        throw InvalidInput("road network: negative node count");
    }
    std::vector<int> degree(at(nodeCount) + 1, 0);
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const RoadEdge& edge = edges[e];
        const std::string what = "edge " + std::to_string(e);
        checkNode(edge.from, nodeCount, what);
        checkNode(edge.to, nodeCount, what);
        if (!std::isfinite(edge.lengthM) || edge.lengthM < 0.0) {
            throw InvalidInput("road network: " + what + " has an invalid length");
        }
        ++degree[at(edge.from)];
        ++degree[at(edge.to)];
    }
    m_firstEdge.assign(at(nodeCount) + 1, 0);
    for (int v = 0; v < nodeCount; ++v) {
        m_firstEdge[at(v) + 1] = m_firstEdge[at(v)] + degree[at(v)];
    }
    m_target.resize(at(m_firstEdge.back()));
    m_length.resize(at(m_firstEdge.back()));
    std::vector<int> next(m_firstEdge.begin(), m_firstEdge.end() - 1);
    for (const RoadEdge& edge : edges) {
        m_target[at(next[at(edge.from)])] = edge.to;
        m_length[at(next[at(edge.from)]++)] = edge.lengthM;
        m_target[at(next[at(edge.to)])] = edge.from;
        m_length[at(next[at(edge.to)]++)] = edge.lengthM;
    }
}

std::vector<double> RoadNetwork::distancesFrom(int source) const
{
    checkNode(source, nodeCount(), "the source");
    std::vector<double> distance(at(nodeCount()), std::numeric_limits<double>::infinity());
    using Entry = std::pair<double, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    distance[at(source)] = 0.0;
    queue.emplace(0.0, source);
    while (!queue.empty()) {
        const auto [d, v] = queue.top();
        queue.pop();
        if (d > distance[at(v)]) {
            continue; // stale entry
        }
        for (int e = m_firstEdge[at(v)]; e < m_firstEdge[at(v) + 1]; ++e) {
            const double candidate = d + m_length[at(e)];
            const int w = m_target[at(e)];
            if (candidate < distance[at(w)]) {
                distance[at(w)] = candidate;
                queue.emplace(candidate, w);
            }
        }
    }
    return distance;
}

DistanceMatrix networkDistances(const RoadNetwork& network,
    const std::vector<NetworkAccess>& origins, const std::vector<NetworkAccess>& destinations,
    const std::atomic<bool>* cancel)
{
    const int rows = static_cast<int>(origins.size());
    const int columns = static_cast<int>(destinations.size());
    DistanceMatrix matrix(rows, columns, std::numeric_limits<double>::infinity());
    for (const NetworkAccess& a : origins) {
        checkNode(a.node, network.nodeCount(), "an origin");
    }
    for (const NetworkAccess& a : destinations) {
        checkNode(a.node, network.nodeCount(), "a destination");
    }
    // The graph is undirected, so searching from the smaller side gives the same matrix.
    const bool fromDestinations = destinations.size() < origins.size();
    const auto& sources = fromDestinations ? destinations : origins;
    const auto& targets = fromDestinations ? origins : destinations;
    std::map<int, std::vector<int>> byNode; // one Dijkstra per distinct node
    for (int k = 0; k < static_cast<int>(sources.size()); ++k) {
        byNode[sources[at(k)].node].push_back(k);
    }
    for (const auto& [node, indices] : byNode) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            break;
        }
        const std::vector<double> shortest = network.distancesFrom(node);
        for (int k : indices) {
            for (int t = 0; t < static_cast<int>(targets.size()); ++t) {
                const double d = sources[at(k)].offsetM + shortest[at(targets[at(t)].node)]
                    + targets[at(t)].offsetM;
                if (fromDestinations) {
                    matrix.set(t, k, d);
                } else {
                    matrix.set(k, t, d);
                }
            }
        }
    }
    return matrix;
}

} // namespace seatplan::core
