#pragma once

#include "seatplan/core/siting/distance_matrix.h"

#include <atomic>
#include <vector>

namespace seatplan::core {

/// One road segment between two network nodes, walkable both ways.
struct RoadEdge {
    int from = 0; ///< node index, 0 .. nodeCount-1
    int to = 0;
    double lengthM = 0.0; ///< length along the road, metres, >= 0
};

/// Where a point (a zone centroid, a school, a plot) joins the network.
struct NetworkAccess {
    int node = 0; ///< the nearest network node
    double offsetM = 0.0; ///< straight distance from the point to that node, metres, >= 0
};

/**
 * An undirected road graph for walking distances, built by the gis layer from a roads layer
 * (nodes at segment ends, edges with their lengths in the project CRS). Core sees only
 * numbers. Immutable after construction; safe to share read-only between threads.
 */
class RoadNetwork {
public:
    /// Throws InvalidInput naming the edge when a node index is out of range or a length is
    /// negative or not finite.
    RoadNetwork(int nodeCount, const std::vector<RoadEdge>& edges);

    int nodeCount() const { return static_cast<int>(m_firstEdge.size()) - 1; }

    /// Returns the shortest walking distance (m) from `source` to every node (Dijkstra);
    /// +infinity for nodes in another component.
    std::vector<double> distancesFrom(int source) const;

private:
    // Compressed adjacency: the edges of node v are m_target/m_length[m_firstEdge[v] ..
    // m_firstEdge[v+1]).
    std::vector<int> m_firstEdge;
    std::vector<int> m_target;
    std::vector<double> m_length;
};

/**
 * Returns the walking distances from every origin to every destination: access offset of the
 * origin + shortest path between the two nodes + access offset of the destination (metres);
 * +infinity when the nodes are not connected. Runs one Dijkstra per distinct node of the
 * smaller side. When `cancel` becomes true it stops and throws nothing: the remaining
 * entries are +infinity (the caller checks the flag). Throws InvalidInput for a node index
 * out of range.
 */
DistanceMatrix networkDistances(const RoadNetwork& network,
    const std::vector<NetworkAccess>& origins, const std::vector<NetworkAccess>& destinations,
    const std::atomic<bool>* cancel = nullptr);

} // namespace seatplan::core
