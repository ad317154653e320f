#include "detail/packed_rtree.h"

#include <algorithm>
#include <cmath>

namespace seatplan::gis::detail {

namespace {

    using Groups = std::vector<std::vector<RtreeCell>>;

    // Twice the centre: the halving changes no order.
    float centreX(const RtreeCell& c)
    {
        return c.box.minX + c.box.maxX;
    }
    float centreY(const RtreeCell& c)
    {
        return c.box.minY + c.box.maxY;
    }

    Groups tile(std::vector<RtreeCell> cells, std::size_t fanOut)
    {
        const std::size_t nodes = (cells.size() + fanOut - 1) / fanOut;
        const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(double(nodes))));
        const std::size_t perSlice = (nodes + slices - 1) / slices * fanOut;
        std::sort(cells.begin(), cells.end(),
            [](const RtreeCell& a, const RtreeCell& b) { return centreX(a) < centreX(b); });
        Groups groups;
        for (std::size_t start = 0; start < cells.size(); start += perSlice) {
            const auto first = cells.begin() + static_cast<std::ptrdiff_t>(start);
            const auto last = cells.begin()
                + static_cast<std::ptrdiff_t>(std::min(cells.size(), start + perSlice));
            std::sort(first, last,
                [](const RtreeCell& a, const RtreeCell& b) { return centreY(a) < centreY(b); });
            for (auto node = first; node < last;
                 node += std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(fanOut), last - node))
                groups.emplace_back(node,
                    node
                        + std::min<std::ptrdiff_t>(
                            static_cast<std::ptrdiff_t>(fanOut), last - node));
        }
        return groups;
    }

    RtreeBox bounds(const std::vector<RtreeCell>& cells)
    {
        RtreeBox box = cells.front().box;
        for (const RtreeCell& c : cells) {
            box.minX = std::min(box.minX, c.box.minX);
            box.maxX = std::max(box.maxX, c.box.maxX);
            box.minY = std::min(box.minY, c.box.minY);
            box.maxY = std::max(box.maxY, c.box.maxY);
        }
        return box;
    }

} // namespace

PackedRtree packRtree(std::vector<RtreeCell> entries, std::size_t fanOut)
{
    PackedRtree tree;
    if (entries.empty()) {
        tree.nodes.push_back({ 1, 0, true, {} });
        return tree;
    }
    // levels[0] are the leaves; in the levels above, a cell's id is its child's index in the
    // level below until the nodes are numbered.
    std::vector<Groups> levels { tile(std::move(entries), fanOut) };
    while (levels.back().size() > 1) {
        std::vector<RtreeCell> children;
        const Groups& below = levels.back();
        for (std::size_t i = 0; i < below.size(); ++i)
            children.push_back({ static_cast<std::int64_t>(i), bounds(below[i]) });
        levels.push_back(tile(std::move(children), fanOut));
    }
    tree.depth = static_cast<int>(levels.size()) - 1;
    // Number from the root down; firstNumber[k] is the number of level k's first node.
    std::vector<std::int64_t> firstNumber(levels.size());
    std::int64_t next = 1;
    for (std::size_t k = levels.size(); k-- > 0;) {
        firstNumber[k] = next;
        next += static_cast<std::int64_t>(levels[k].size());
    }
    tree.nodes.resize(static_cast<std::size_t>(next - 1));
    for (std::size_t k = 0; k < levels.size(); ++k) {
        for (std::size_t i = 0; i < levels[k].size(); ++i) {
            RtreeNode& node = tree.nodes[static_cast<std::size_t>(firstNumber[k] - 1) + i];
            node.number = firstNumber[k] + static_cast<std::int64_t>(i);
            node.leaf = k == 0;
            node.cells = std::move(levels[k][i]);
            if (k == 0)
                continue;
            for (RtreeCell& cell : node.cells) {
                cell.id += firstNumber[k - 1];
                tree.nodes[static_cast<std::size_t>(cell.id - 1)].parent = node.number;
            }
        }
    }
    return tree;
}

} // namespace seatplan::gis::detail
