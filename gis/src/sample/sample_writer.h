#pragma once

#include "sample_model.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace seatplan::gis::sample {

/// One layer's provenance: real or generated, from where, and how it was corrected.
struct LayerProvenance {
    std::string layer;
    std::string origin; ///< "real", "generated" or "real+generated"
    std::string source;
    std::string sourceCrs;
    std::string correction;
    std::string report;
};

/**
 * Writes the sample project through the gis project store (Project): a new GeoPackage at
 * `path` (replaced), its layers and seatplan_* tables, `metadata` into seatplan_metadata,
 * `provenance` into seatplan_provenance and the population raster beside the file. GDAL's
 * timestamps are pinned to the census day so that the same project gives the same content.
 * Throws GisError naming the file, layer and reason.
 */
void writeSampleProject(const SampleProject& project,
    const std::vector<std::pair<std::string, std::string>>& metadata,
    const std::vector<LayerProvenance>& provenance, const std::filesystem::path& path);

/// Returns the text id of a zone, school, catchment, plot or development ("Z0001", "S0001"...).
std::string zoneId(int id);
std::string schoolId(int id);

} // namespace seatplan::gis::sample
