#pragma once

#include "seatplan/core/siting/road_network.h"
#include "seatplan/gis/road_class.h"
#include "seatplan/gis/vector_layer.h"

#include <cstddef>
#include <set>
#include <vector>

namespace seatplan::gis {

/// Which roads become walkable edges.
struct RoadNetworkOptions {
    /// Vertices closer than this (metres, project CRS) become one node, so lines that share an
    /// end or a vertex connect even when digitised a few centimetres apart. Lines that merely
    /// cross without a shared vertex (bridges, underpasses) stay unconnected, as on the ground.
    double snapTolerance = 1.0;
    /// Classes left out of the walking network (children do not walk along railways or
    /// expressways). Empty = every feature.
    std::set<RoadClass> excluded { RoadClass::Railway, RoadClass::Expressway };
};

/**
 * A road graph built from a roads layer: the core network (what core::networkDistances walks)
 * plus the position of each node, so that points can be attached to it.
 * A plain value; immutable after construction; safe to share read-only between threads.
 */
struct RoadGraph {
    core::RoadNetwork network { 0, {} };
    std::vector<Coord> nodes; ///< node i's position, project CRS (metres)
    std::size_t edgeCount = 0; ///< edges given to `network` (one per line segment)
    std::size_t featuresUsed = 0; ///< road features that contributed edges
    std::size_t featuresSkipped = 0; ///< excluded by class, or without a line geometry
};

/**
 * Builds the walking network of `roads` (a Line layer in a projected CRS, metres: the project
 * CRS): every vertex of every line part is a node (vertices within `options.snapTolerance` of
 * one another merge into the first one seen), every segment between consecutive vertices an
 * undirected edge whose length is the planar distance between its two nodes, metres.
 * Features whose class (roadClassOf(): field `kind`, else `class`) is in `options.excluded`
 * are skipped. Deterministic (feature order); pure; runs on the calling thread.
 * Throws GisError when `roads` is not a line layer (a None-kind empty layer gives an empty
 * graph) or `snapTolerance` is negative or not finite.
 */
RoadGraph buildRoadNetwork(const VectorLayer& roads, const RoadNetworkOptions& options = {});

/// Shorthand for buildRoadNetwork(roads, {snapTolerance, default exclusions}).
RoadGraph buildRoadNetwork(const VectorLayer& roads, double snapTolerance);

/**
 * Returns, for each point (project CRS), the nearest node of `graph` and the straight distance
 * to it, metres: the access legs of core::networkDistances. Throws GisError when the graph has
 * no node and `points` is not empty. Pure; thread-safe.
 */
std::vector<core::NetworkAccess> networkAccess(
    const RoadGraph& graph, const std::vector<Coord>& points);

} // namespace seatplan::gis
