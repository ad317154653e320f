#pragma once

#include "seatplan/gis/vector_layer.h"

#include <cstddef>
#include <string>
#include <vector>

namespace seatplan::gis {

/**
 * A single-band Float32 grid held in memory, north-up: the population raster (persons per cell)
 * and the other grids gis reads. Row 0 is the northern edge. Cell (row, col) covers
 * x in [originX + col * cellWidth, originX + (col + 1) * cellWidth) and
 * y in (originY - (row + 1) * cellHeight, originY - row * cellHeight], in the CRS `crs`
 * (for project rasters the project CRS, metres).
 *
 * Cells equal to `noData` (or NaN) count as empty. A plain value type; immutable use is
 * thread-safe.
 */
struct Raster {
    int width = 0; ///< columns
    int height = 0; ///< rows
    double originX = 0.0; ///< x of the western edge
    double originY = 0.0; ///< y of the northern edge
    double cellWidth = 1.0; ///< > 0, CRS units
    double cellHeight = 1.0; ///< > 0, CRS units (rows go south)
    float noData = -9999.0F;
    std::string crs; ///< "EPSG:4548" or WKT
    std::vector<float> values; ///< width * height, row-major from the north-west corner

    float at(int row, int col) const
    {
        return values[static_cast<std::size_t>(row) * static_cast<std::size_t>(width)
            + static_cast<std::size_t>(col)];
    }
    /// Returns the raster's extent.
    Extent extent() const
    {
        return { originX, originY - height * cellHeight, originX + width * cellWidth, originY };
    }
    /// Returns the sum of all valid cells (double precision).
    double total() const;
};

/// Reads band 1 of any raster GDAL reads (GeoTIFF, a GeoPackage raster table, ...) as Float32.
/// `path` may be "GPKG:file.gpkg:table". Throws GisError when it cannot be read or is rotated.
Raster readRaster(const std::string& path);

/// Writes `raster` as a tiled, deflate-compressed Float32 GeoTIFF. Throws GisError.
void writeGeoTiff(const Raster& raster, const std::string& path);

} // namespace seatplan::gis
