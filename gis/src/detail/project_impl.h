#pragma once
// Project's private state, shared with gis's import code (which streams features into a
// project without a VectorLayer in between).

#include "detail/gdal_handles.h"
#include "detail/sqlite_handles.h"
#include "seatplan/gis/project.h"

#include <optional>
#include <string>

namespace seatplan::gis {

struct Project::Impl {
    std::string path;
    detail::GdalDatasetPtr dataset;
    std::optional<detail::SqliteDatabase> db; ///< borrows the dataset's own connection
    bool readOnly = false;

    /// Opens `path` through GDAL's GPKG driver; throws GisError.
    Impl(const std::string& file, bool create, bool readOnlyMode);

    /// Returns the OGR layer `name` or nullptr; the handle belongs to `dataset`.
    OGRLayerH layer(const std::string& name) const;
    /// Returns the project CRS as an OGR spatial reference (traditional x/y order).
    detail::OgrSrsPtr projectSrs() const;
    /// Creates (replacing) an empty layer with `fields`; call inside a transaction. A spatial
    /// layer gets its R-tree when GDAL finishes the layer, or at once with `indexNow` (empty,
    /// for BulkSpatialIndex to fill).
    OGRLayerH createLayer(const std::string& name, GeometryKind kind, bool multi,
        const std::vector<Field>& fields, bool indexNow = false);
};

namespace detail {

    /// A GDAL dataset transaction (the GPKG driver: BEGIN/COMMIT on its SQLite connection).
    /// Rolls back in the destructor unless committed.
    class DatasetTransaction {
    public:
        DatasetTransaction(GDALDatasetH dataset, const std::string& file);
        ~DatasetTransaction();
        DatasetTransaction(const DatasetTransaction&) = delete;
        DatasetTransaction& operator=(const DatasetTransaction&) = delete;
        void commit();

    private:
        GDALDatasetH m_dataset;
        std::string m_file;
        bool m_open = true;
    };

    /// Returns the current UTC time as ISO 8601 ("2026-11-29T03:05:05Z").
    std::string utcNow();

} // namespace detail

} // namespace seatplan::gis
