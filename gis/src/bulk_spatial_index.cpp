#include "detail/bulk_spatial_index.h"

#include "detail/packed_rtree.h"
#include "seatplan/gis/gis_error.h"

#include <bit>

namespace seatplan::gis::detail {

namespace {

    std::string rtreeName(const std::string& table)
    {
        return "rtree_" + table + "_geom";
    }

    // The rtree module keeps float32 boxes that contain the double ones: minimums rounded
    // down, maximums up, by the module's own rule (rtreeValueDown/Up) so that the stored boxes
    // are the ones its triggers would have stored.
    constexpr double kTowardsZero = 1.0 - 1.0 / 8388608.0;
    constexpr double kAwayFromZero = 1.0 + 1.0 / 8388608.0;

    float roundedDown(double d)
    {
        const auto f = static_cast<float>(d);
        return f > d ? static_cast<float>(d * (d < 0 ? kAwayFromZero : kTowardsZero)) : f;
    }

    float roundedUp(double d)
    {
        const auto f = static_cast<float>(d);
        return f < d ? static_cast<float>(d * (d < 0 ? kTowardsZero : kAwayFromZero)) : f;
    }

    // The module's node format: a 2-byte depth (root only), a 2-byte cell count, then per cell
    // an 8-byte id and four 4-byte float coordinates (minx, maxx, miny, maxy), all big-endian,
    // zero-padded to the node size.
    constexpr std::size_t kCellBytes = 8 + 4 * 4;

    unsigned char* putBigEndian(unsigned char* out, std::uint64_t value, int bytes)
    {
        for (int i = bytes - 1; i >= 0; --i)
            *out++ = static_cast<unsigned char>(value >> (8 * i));
        return out;
    }

    std::vector<unsigned char> nodeBlob(const RtreeNode& node, int depth, std::size_t nodeSize)
    {
        std::vector<unsigned char> blob(nodeSize, 0);
        unsigned char* out = putBigEndian(blob.data(), node.number == 1 ? depth : 0, 2);
        out = putBigEndian(out, node.cells.size(), 2);
        for (const RtreeCell& cell : node.cells) {
            out = putBigEndian(out, static_cast<std::uint64_t>(cell.id), 8);
            for (float v : { cell.box.minX, cell.box.maxX, cell.box.minY, cell.box.maxY })
                out = putBigEndian(out, std::bit_cast<std::uint32_t>(v), 4);
        }
        return blob;
    }

    std::vector<RtreeCell> entries(const VectorLayer& layer, std::int64_t firstFid)
    {
        std::vector<RtreeCell> cells;
        cells.reserve(layer.features.size());
        for (std::size_t i = 0; i < layer.features.size(); ++i) {
            const Geometry& g = layer.features[i].geometry;
            if (g.isEmpty())
                continue;
            const Extent e = g.extent();
            cells.push_back({ firstFid + static_cast<std::int64_t>(i),
                { roundedDown(e.minX), roundedUp(e.maxX), roundedDown(e.minY),
                    roundedUp(e.maxY) } });
        }
        return cells;
    }

} // namespace

void BulkSpatialIndex::suspendTriggers(const SqliteDatabase& project, const std::string& table)
{
    SqliteStatement triggers = project.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?1 "
        "AND name LIKE ?2 ESCAPE '\\'",
        table);
    std::string pattern;
    for (char c : rtreeName(table) + "_") {
        if (c == '_' || c == '%' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    triggers.bind(1, table).bind(2, pattern + "%");
    std::vector<std::string> names;
    while (triggers.step()) {
        names.push_back(triggers.text(0));
        m_triggers.push_back(triggers.text(1));
    }
    for (const std::string& name : names)
        project.exec("DROP TRIGGER \"" + name + "\"", table);
}

void BulkSpatialIndex::install(const SqliteDatabase& project, const std::string& table,
    const VectorLayer& layer, std::int64_t firstFid)
{
    const std::string rtree = rtreeName(table);
    if (!project.tableExists(rtree))
        throw GisError({ project.path(), table, std::nullopt, {}, "the layer has no R-tree" });
    // The node size is fixed when the module creates the (empty) root: its blob's length.
    SqliteStatement root = project.prepare(
        "SELECT length(data) FROM \"" + rtree + "_node\" WHERE nodeno = 1", table);
    if (!root.step() || root.int64(0) < static_cast<std::int64_t>(4 + 2 * kCellBytes))
        throw GisError({ project.path(), table, std::nullopt, {}, "the R-tree has no root node" });
    const auto nodeSize = static_cast<std::size_t>(root.int64(0));
    root.reset();

    const PackedRtree tree = packRtree(entries(layer, firstFid), (nodeSize - 4) / kCellBytes);
    // Direct writes to an R-tree's shadow tables are allowed unless SQLite runs in defensive
    // mode, which GDAL does not switch on.
    for (const char* part : { "_node", "_rowid", "_parent" })
        project.exec("DELETE FROM \"" + rtree + part + "\"", table);
    SqliteStatement node
        = project.prepare("INSERT INTO \"" + rtree + "_node\"(nodeno, data) VALUES (?, ?)", table);
    SqliteStatement parent = project.prepare(
        "INSERT INTO \"" + rtree + "_parent\"(nodeno, parentnode) VALUES (?, ?)", table);
    SqliteStatement rowid = project.prepare(
        "INSERT INTO \"" + rtree + "_rowid\"(rowid, nodeno) VALUES (?, ?)", table);
    for (const RtreeNode& n : tree.nodes) {
        const std::vector<unsigned char> blob = nodeBlob(n, tree.depth, nodeSize);
        sqlite3_bind_blob(
            node.get(), 2, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        node.bind(1, n.number).run();
        if (n.parent != 0)
            parent.bind(1, n.number).bind(2, n.parent).run();
        if (n.leaf)
            for (const RtreeCell& cell : n.cells)
                rowid.bind(1, cell.id).bind(2, n.number).run();
    }
    for (const std::string& sql : m_triggers)
        project.exec(sql, table);
    m_triggers.clear();
}

} // namespace seatplan::gis::detail
