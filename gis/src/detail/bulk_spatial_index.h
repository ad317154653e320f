#pragma once
// A large new layer's GeoPackage R-tree, packed in one pass instead of grown row by row.
//
// GDAL 3.6 fills a new layer's R-tree (SQLite's rtree module) one feature at a time after the
// features are written: about 2 s of a 300,000-polygon import, all on one core, most of it
// rewriting a node per inserted box. For large layers Project::writeLayer lets GDAL create the
// index (its virtual table, triggers and gpkg_extensions row) and sets the triggers aside while
// the features are written; install() then packs the tree (packed_rtree.h) and writes its nodes
// into the rtree module's three shadow tables in the module's own format, and restores the
// triggers word for word. SQLite's rtreecheck() accepts the result and later edits maintain it
// as usual.

#include "detail/sqlite_handles.h"
#include "seatplan/gis/vector_layer.h"

#include <string>
#include <vector>

namespace seatplan::gis::detail {

class BulkSpatialIndex {
public:
    /// Removes the R-tree triggers of `table` in `project` (GDAL's connection, inside the
    /// caller's transaction) and remembers their SQL for install(). Call before the features
    /// are written.
    void suspendTriggers(const SqliteDatabase& project, const std::string& table);

    /// Replaces the (empty) content of rtree_<table>_geom with the packed tree of `layer`'s
    /// features, which were written with fids firstFid, firstFid + 1, ... (empty geometries
    /// are left out, as GDAL's triggers do), and restores the triggers; throws GisError.
    void install(const SqliteDatabase& project, const std::string& table, const VectorLayer& layer,
        std::int64_t firstFid);

private:
    std::vector<std::string> m_triggers; ///< CREATE TRIGGER statements set aside
};

} // namespace seatplan::gis::detail
