#include "detail/bulk_spatial_index.h"

#include "seatplan/gis/gis_error.h"

namespace seatplan::gis::detail {

namespace {

    std::string rtreeName(const std::string& table)
    {
        return "rtree_" + table + "_geom";
    }

} // namespace

BulkSpatialIndex::BulkSpatialIndex(const VectorLayer& layer, std::int64_t firstFid, int pageSize)
{
    m_worker = std::thread([this, &layer, firstFid, pageSize] {
        try {
            build(layer, firstFid, pageSize);
        } catch (...) {
            m_failure = std::current_exception();
        }
    });
}

BulkSpatialIndex::~BulkSpatialIndex()
{
    if (m_worker.joinable())
        m_worker.join();
}

void BulkSpatialIndex::build(const VectorLayer& layer, std::int64_t firstFid, int pageSize)
{
    auto tree = std::make_unique<SqliteDatabase>(":memory:", true);
    tree->exec("PRAGMA page_size=" + std::to_string(pageSize));
    tree->exec("CREATE VIRTUAL TABLE tree USING rtree(id, minx, maxx, miny, maxy)");
    tree->exec("BEGIN");
    SqliteStatement insert = tree->prepare("INSERT INTO tree VALUES (?,?,?,?,?)", "tree");
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const Geometry& g = layer.features[i].geometry;
        if (g.isEmpty())
            continue;
        const Extent e = g.extent();
        insert.bind(1, firstFid + static_cast<std::int64_t>(i))
            .bind(2, e.minX)
            .bind(3, e.maxX)
            .bind(4, e.minY)
            .bind(5, e.maxY)
            .run();
    }
    tree->exec("COMMIT");
    m_tree = std::move(tree);
}

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

void BulkSpatialIndex::install(const SqliteDatabase& project, const std::string& table)
{
    m_worker.join();
    if (m_failure)
        std::rethrow_exception(m_failure);
    const std::string rtree = rtreeName(table);
    if (!project.tableExists(rtree))
        throw GisError({ project.path(), table, std::nullopt, {}, "the layer has no R-tree" });
    // Direct writes to an R-tree's shadow tables are allowed unless SQLite runs in defensive
    // mode, which GDAL does not switch on.
    for (const char* part : { "_node", "_rowid", "_parent" }) {
        const std::string name = std::string("tree") + part;
        const std::string target = rtree + part;
        SqliteStatement read = m_tree->prepare("SELECT * FROM \"" + name + "\"", name);
        project.exec("DELETE FROM \"" + target + "\"", table);
        std::string insert = "INSERT INTO \"" + target + "\" VALUES (?";
        const int columns = sqlite3_column_count(read.get());
        for (int i = 1; i < columns; ++i)
            insert += ",?";
        SqliteStatement write = project.prepare(insert + ")", table);
        while (read.step()) {
            for (int i = 0; i < columns; ++i)
                sqlite3_bind_value(write.get(), i + 1, sqlite3_column_value(read.get(), i));
            write.run();
        }
    }
    for (const std::string& sql : m_triggers)
        project.exec(sql, table);
    m_triggers.clear();
    m_tree.reset();
}

} // namespace seatplan::gis::detail
