#pragma once

#include "sample_model.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace seatplan::gis::sample {

/**
 * Writes the sample project to a new GeoPackage at `path` (replacing it): the vector layers
 * and population raster through GDAL, then the seatplan_* tables through SQLite, with
 * `metadata` as seatplan_metadata. Timestamps are fixed so that the same project gives the
 * same file. Throws GisError naming the file, layer and reason.
 *
 * Interim store of the sample generator until the gis project store covers every part.
 */
void writeSampleProject(const SampleProject& project,
    const std::vector<std::pair<std::string, std::string>>& metadata,
    const std::filesystem::path& path);

} // namespace seatplan::gis::sample
