#pragma once

#include "seatplan/gis/project_tables.h"
#include "seatplan/gis/raster.h"
#include "seatplan/gis/vector_layer.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seatplan::gis {

/// Names fixed by the project-file contract (README.md "Project file format").
namespace layers {
    inline constexpr const char* kCounties = "counties";
    inline constexpr const char* kTowns = "towns";
    inline constexpr const char* kZones = "zones";
    inline constexpr const char* kSchools = "schools";
    inline constexpr const char* kCatchments = "catchments";
    inline constexpr const char* kPlots = "plots";
    inline constexpr const char* kDevelopments = "developments";
    inline constexpr const char* kLanduse = "landuse";
    inline constexpr const char* kRoads = "roads";

    /// True for the layers above; any other polygon layer of a project is a constraint layer
    /// (permanent farmland, ecological red line, flood zone, ...).
    bool isContractLayer(std::string_view name);
} // namespace layers

/// The project CRS used when none is given: CGCS2000 / 3-degree Gauss-Kruger CM 117E (metres).
inline constexpr const char* kDefaultProjectCrs = "EPSG:4548";
/// The schema version this build writes; older files are migrated on open.
inline constexpr int kProjectSchemaVersion = 1;

/// A layer of a project as listed by Project::layers().
struct LayerInfo {
    std::string name;
    GeometryKind kind = GeometryKind::None;
    std::int64_t featureCount = 0;
};

/**
 * An open SeatPlan project: one GeoPackage file holding the spatial layers (written through
 * GDAL, geometry column `geom`, in the project CRS) and SeatPlan's own seatplan_* tables
 * (written through SQLite on the same connection). The population raster is a GeoTIFF beside
 * the file (README.md says why).
 *
 * Every write method is one transaction: it either commits completely or leaves the file as it
 * was (the file is in WAL mode; a crash at any moment leaves the last committed state).
 * All methods throw GisError naming the file, layer or table and the reason.
 *
 * Owns a GDAL dataset and its SQLite connection: move-only, and used by one thread at a time
 * (open another Project on another thread; SQLite's WAL lets readers run beside one writer).
 */
class Project {
public:
    /**
     * Creates a new project at `path` with the project CRS `crs` ("EPSG:4548", any text PROJ
     * accepts that names a projected CRS in metres), the seatplan_* tables and the empty
     * contract layers. Throws GisError when `path` exists (unless `overwrite`) or cannot be
     * written, or when `crs` is not a projected CRS.
     */
    static Project create(const std::string& path, const std::string& crs = kDefaultProjectCrs,
        bool overwrite = false);
    /// Opens an existing project for reading and writing, migrating an older schema.
    static Project open(const std::string& path);
    /// Opens an existing project for reading only (no migration; write methods throw).
    static Project openReadOnly(const std::string& path);

    ~Project();
    Project(Project&&) noexcept;
    Project& operator=(Project&&) noexcept;

    const std::string& path() const;
    /// Returns the project CRS as stored (e.g. "EPSG:4548").
    std::string crs() const;
    int schemaVersion() const;

    // --- spatial layers (through GDAL) ---------------------------------------------------

    /// Returns the vector layers (not the seatplan_* tables), in name order.
    std::vector<LayerInfo> layers() const;
    bool hasLayer(const std::string& name) const;
    /// Reads a whole layer, decoded, in the project CRS. Throws GisError when absent.
    VectorLayer readLayer(const std::string& name) const;
    /**
     * Replaces (or creates) the layer `layer.name` with `layer`'s fields and features in one
     * transaction. Geometries must be in the project CRS; polygons and lines are stored as
     * Multi* types. Features with fid >= 0 keep their fid. When `provenance` is given it is
     * written in the same transaction (see putProvenance()).
     */
    void writeLayer(
        const VectorLayer& layer, const std::optional<ProvenanceRow>& provenance = std::nullopt);
    /// Removes a layer (no-op when absent).
    void deleteLayer(const std::string& name);

    // --- SeatPlan tables (through SQLite) ------------------------------------------------

    std::optional<std::string> metadata(const std::string& key) const;
    std::map<std::string, std::string> allMetadata() const;
    void setMetadata(const std::string& key, const std::string& value);

    std::vector<CohortRow> cohorts() const;
    /// Replaces all cohort rows.
    void replaceCohorts(const std::vector<CohortRow>& rows);
    std::vector<BirthRow> births() const;
    void replaceBirths(const std::vector<BirthRow>& rows);
    std::vector<EnrolmentRow> enrolment() const;
    void replaceEnrolment(const std::vector<EnrolmentRow>& rows);
    std::vector<StandardRow> standards() const;
    void replaceStandards(const std::vector<StandardRow>& rows);
    std::vector<ScenarioRow> scenarios() const;
    /// Inserts or updates the scenario named `row.name`.
    void putScenario(const ScenarioRow& row);
    /// Returns the journal of `scenario` (all scenarios when empty), by seq.
    std::vector<JournalRow> journal(const std::string& scenario = {}) const;
    /// Appends an edit and returns its seq.
    std::int64_t appendJournal(const JournalRow& row);
    void setJournalUndone(std::int64_t seq, bool undone);
    std::optional<ProvenanceRow> provenance(const std::string& layer) const;
    void putProvenance(const ProvenanceRow& row);
    /// Results cache: JSON text by key (e.g. "<scenario>/<hash of inputs>").
    std::optional<std::string> cachedResult(const std::string& key) const;
    void putCachedResult(
        const std::string& key, const std::string& scenario, const std::string& payload);

    // --- population raster ---------------------------------------------------------------

    /// Returns the file of the population raster ("<project stem>.population.tif" beside it).
    std::string populationRasterPath() const;
    bool hasPopulationRaster() const;
    /// Writes the raster (persons per cell, project CRS) atomically (temp file + rename).
    void writePopulationRaster(const Raster& raster);
    Raster readPopulationRaster() const;

    // --- integrity -----------------------------------------------------------------------

    /// Runs SQLite's integrity check and the contract checks; returns problems ("" = none).
    std::vector<std::string> check() const;

    /// Internal: the GDAL dataset and connection (pimpl), for gis's own import code.
    struct Impl;
    Impl& impl() const { return *m_impl; }

private:
    explicit Project(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Reads layer `layerName` of the project at `projectPath` (opened read-only). Convenience for
/// renderers and tools that only read; throws GisError.
VectorLayer readVectorLayer(const std::string& projectPath, const std::string& layerName);

} // namespace seatplan::gis
