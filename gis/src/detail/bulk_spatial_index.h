#pragma once
// A GeoPackage R-tree built beside the feature writes instead of after them.
//
// GDAL 3.6 fills a new layer's R-tree (SQLite's rtree module) one feature at a time after the
// features are written: about 2 s of a 300,000-polygon import, all on one core. For large
// layers Project::writeLayer instead builds the same R-tree with SQLite's rtree module in a
// private in-memory database on a second thread while GDAL writes the features, then copies its
// three shadow tables into the project's (empty) index. GDAL still creates the index, its
// triggers and its gpkg_extensions row; the triggers are set aside during the load (so no
// feature is indexed twice) and restored word for word afterwards.

#include "detail/sqlite_handles.h"
#include "seatplan/gis/vector_layer.h"

#include <exception>
#include <string>
#include <thread>
#include <vector>

namespace seatplan::gis::detail {

class BulkSpatialIndex {
public:
    /// Starts building, on its own thread, the R-tree of `layer`'s features with fids
    /// firstFid, firstFid + 1, ... (empty geometries are left out, as GDAL's triggers do).
    /// `layer` must outlive the object; `pageSize` is the project's (the node size follows it).
    BulkSpatialIndex(const VectorLayer& layer, std::int64_t firstFid, int pageSize);
    ~BulkSpatialIndex();
    BulkSpatialIndex(const BulkSpatialIndex&) = delete;
    BulkSpatialIndex& operator=(const BulkSpatialIndex&) = delete;

    /// Removes the R-tree triggers of `table` in `project` (GDAL's connection, inside the
    /// caller's transaction) and remembers their SQL for install(). Call before the features
    /// are written.
    void suspendTriggers(const SqliteDatabase& project, const std::string& table);

    /// Waits for the build, replaces the content of rtree_<table>_geom with it and restores
    /// the triggers; throws GisError (or rethrows the builder's error).
    void install(const SqliteDatabase& project, const std::string& table);

private:
    void build(const VectorLayer& layer, std::int64_t firstFid, int pageSize);

    std::thread m_worker;
    std::exception_ptr m_failure;
    std::unique_ptr<SqliteDatabase> m_tree; ///< the in-memory database, handed over by join
    std::vector<std::string> m_triggers; ///< CREATE TRIGGER statements set aside
};

} // namespace seatplan::gis::detail
