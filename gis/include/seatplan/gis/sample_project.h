#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace seatplan::gis {

/// What `buildSampleProject()` makes and from where.
struct SampleOptions {
    /// The real-data folder (shared/data/real): DataV boundaries, NBS codes, census tables.
    std::filesystem::path realDataDir;
    /// Multiplies the number of zones and schools and the number of raster cells (cell side
    /// divided by sqrt(scale)); 1 makes the bundled Meizhou sample. Must be >= 1.
    int scale = 1;
    /// Number of generated land-use polygons (about; squares clipped to the counties).
    int landusePolygons = 2000;
    /// Seed of the generator. The same seed, scale and inputs give the same project.
    std::uint64_t seed = 20201101;
};

/// Counts of what was written, for the CLI's summary and for tests.
struct SampleSummary {
    int counties = 0;
    int towns = 0;
    int zones = 0;
    int schools = 0;
    int catchments = 0;
    int plots = 0;
    int developments = 0;
    int landuse = 0;
    long long population = 0; ///< persons in all zones (equals the 2020 census total)
    int rasterColumns = 0;
    int rasterRows = 0;
};

/**
 * Builds the Meizhou (梅州市, 441400) sample project into the GeoPackage `output` (replaced if
 * it exists). Real parts: the 8 county boundaries (DataV, GCJ-02 corrected and projected to
 * EPSG:4548), the 117 township codes and names, the 2020 census population, age structure and
 * households per county, the 2021/2022 city births. Generated parts (deterministic from
 * `options.seed`): township polygons, the 100 m population grid, zones, schools, education
 * groups, plots, developments, enrolment history, births 2014-2020, the base catchments and
 * land use. seatplan_metadata says which is which.
 *
 * Not thread-safe with other GDAL writers of the same file; call after gis::initialize().
 * Throws GisError naming the file when an input is missing or unreadable or the output cannot
 * be written, core::InvalidInput when `options.scale` < 1.
 */
SampleSummary buildSampleProject(const SampleOptions& options, const std::filesystem::path& output);

} // namespace seatplan::gis
