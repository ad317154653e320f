#pragma once

#include "seatplan/gis/import_report.h"
#include "seatplan/gis/vector_layer.h"

#include <string>
#include <vector>

namespace seatplan::gis {

/// How to read a source; empty members mean "detect".
struct SourceOptions {
    std::string layer; ///< layer name inside the file (GeoPackage, KML, XLSX sheet, ...)
    std::string encoding; ///< text encoding of a .dbf/CSV: "GBK", "CP936", "UTF-8", ...
    /// The source CRS when the file's own is missing or wrong: "EPSG:4326", WKT, or "gcj02" /
    /// "bd09" (lon/lat with the Chinese web-map offsets, corrected to WGS84 on reading).
    std::string sourceCrs;
    std::string xField; ///< for tables: the longitude/easting column (else detected)
    std::string yField; ///< for tables: the latitude/northing column (else detected)
};

/// A layer inside a source file, as listed by listSourceLayers().
struct SourceLayerInfo {
    std::string name;
    GeometryKind kind = GeometryKind::None;
    std::int64_t featureCount = -1; ///< -1 when the driver cannot count cheaply
};

/// Returns "vector", "raster" or "" (GDAL cannot open it) for `path`.
std::string sourceKind(const std::string& path);

/// Lists the vector layers of `path` (any format GDAL reads). Throws GisError.
std::vector<SourceLayerInfo> listSourceLayers(
    const std::string& path, const SourceOptions& options = {});

/**
 * Reads one vector layer of anything GDAL reads (GeoPackage, Shapefile, GeoJSON incl. a bare
 * array of features, TopoJSON, KML, FileGDB, CSV, XLSX, ...) into memory, and transforms it to
 * `targetCrs` (unchanged when empty).
 *
 * - Encoding: a .dbf without .cpg and without a language-driver byte is checked: valid UTF-8 is
 *   read as UTF-8, anything else as CP936 (GBK). `options.encoding` overrides. Text that is not
 *   UTF-8 in other formats is recoded from CP936 and noted.
 * - Tables without geometry become points when longitude/latitude (经度/纬度, lon/lat, x/y, ...)
 *   columns are found or named; rows without usable coordinates are skipped and counted.
 * - CRS: `options.sourceCrs`, else the file's, else guessed from the coordinate ranges
 *   (guessCrs(); the guess is marked in the report). GCJ-02/BD-09 are corrected when named.
 *
 * Geometries are decoded but not validated (see repairGeometries()). Everything done is
 * written to `report`. Throws GisError naming the file and the problem when the file cannot be
 * read, has no such layer, or its CRS is unknown and cannot be guessed.
 */
VectorLayer readSource(const std::string& path, const SourceOptions& options,
    const std::string& targetCrs, ImportReport& report);

} // namespace seatplan::gis
