#pragma once
// An R-tree packed in one pass by Sort-Tile-Recursive (Leutenegger, Lopez and Edgington, 1997):
// sort the boxes by centre x, cut them into vertical slices, sort each slice by centre y and
// fill the nodes in that order; then pack the nodes' boxes the same way, level by level, up to
// one root. The nodes come out full and spatially tight, in time ~ n log n, where inserting one
// box at a time (what SQLite's rtree module offers) rewrites a node per box.

#include <cstdint>
#include <vector>

namespace seatplan::gis::detail {

/// A box in the R-tree's own float32 coordinates.
struct RtreeBox {
    float minX = 0, maxX = 0, minY = 0, maxY = 0;
};

/// One cell of a node: in a leaf, a row id and its box; above, a child node number and the
/// union of that child's boxes.
struct RtreeCell {
    std::int64_t id = 0;
    RtreeBox box;
};

struct RtreeNode {
    std::int64_t number = 0; ///< 1 for the root, then level by level downwards
    std::int64_t parent = 0; ///< 0 for the root
    bool leaf = false;
    std::vector<RtreeCell> cells;
};

struct PackedRtree {
    int depth = 0; ///< levels above the leaves (0: the root is a leaf)
    std::vector<RtreeNode> nodes; ///< ordered by number; nodes.front() is the root
};

/// Packs `entries` (row ids and boxes) into nodes of at most `fanOut` cells (>= 2). No entries
/// give one empty root leaf.
PackedRtree packRtree(std::vector<RtreeCell> entries, std::size_t fanOut);

} // namespace seatplan::gis::detail
