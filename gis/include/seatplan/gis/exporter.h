#pragma once

#include <string>

namespace seatplan::gis {

class Project;
class VectorLayer;

/**
 * Writes layer `layerName` of `project` to `path`, in the format named by the extension:
 * .gpkg, .shp (UTF-8 with a .cpg), .geojson/.json and .kml (WGS84 lon/lat, as those formats
 * require), .csv (WKT geometry column), .xlsx, .fgb. Replaces an existing file.
 * Throws GisError for an unknown extension, a missing layer or a write failure.
 */
void exportLayer(const Project& project, const std::string& layerName, const std::string& path);

/**
 * Writes an in-memory layer (e.g. computed catchments) to `path` in the same formats as
 * exportLayer(); `layer.crs` names its CRS (the project CRS). The layer in the file is named
 * after the file. Throws GisError for an unknown extension or a write failure.
 */
void exportVectorLayer(const VectorLayer& layer, const std::string& path);

} // namespace seatplan::gis
