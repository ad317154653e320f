#pragma once

#include "seatplan/core/siting/distance_matrix.h"
#include "seatplan/core/siting/road_network.h"
#include "seatplan/gis/vector_layer.h"

#include <atomic>
#include <optional>
#include <vector>

namespace seatplan::gis {

/**
 * The walking graph of a project's `roads` layer: every line vertex is a node (vertices closer
 * than a centimetre are one node), every segment an edge of its planar length. Railways and
 * expressways (field `kind`) are not walkable and are left out. Points join the graph at their
 * nearest node (GEOS STRtree). Coordinates in the project CRS, metres.
 *
 * A value type, immutable after fromRoads(); distances() may run on any thread.
 */
class WalkingNetwork {
public:
    /// Builds the graph; nothing when no walkable line is left.
    static std::optional<WalkingNetwork> fromRoads(const VectorLayer& roads);

    int nodeCount() const { return m_network.nodeCount(); }

    /**
     * Returns walking distances (m) from every origin to every destination: straight to the
     * nearest node, along the roads (Dijkstra), straight from the nearest node; +infinity
     * between parts of the network that do not connect. `cancel` as core::networkDistances.
     */
    core::DistanceMatrix distances(const std::vector<core::PlanePoint>& origins,
        const std::vector<core::PlanePoint>& destinations,
        const std::atomic<bool>* cancel = nullptr) const;

private:
    WalkingNetwork(core::RoadNetwork network, VectorLayer nodes);
    std::vector<core::NetworkAccess> access(const std::vector<core::PlanePoint>& points) const;

    core::RoadNetwork m_network;
    VectorLayer m_nodes; ///< one point feature per node, for the nearest-node search
};

} // namespace seatplan::gis
