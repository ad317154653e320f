#pragma once

#include <string>

namespace seatplan::gis {

/**
 * Initialises GDAL, PROJ and GEOS for the process: registers GDAL's drivers and sets the
 * configuration SeatPlan relies on (UTF-8 file names, traditional GIS axis order).
 *
 * Call once, on the main thread, before any other gis function (GDAL's threading rules).
 * Calling it again does nothing.
 */
void initialize();

/// Returns the versions of the libraries gis links, e.g. "GDAL 3.6.2, GEOS 3.11.1, ...".
std::string libraryVersions();

} // namespace seatplan::gis
