#pragma once

#include "sample_model.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace seatplan::gis {
class Project;
}

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

/// The census day in GeoPackage's timestamp format: the sample's only date, so that rebuilding
/// it gives the same content (validate_gpkg.py requires the milliseconds).
inline constexpr const char* kSampleDate = "2020-11-01T00:00:00.000Z";

/**
 * Writes the sample project into `store` through the gis project store: its layers (the
 * counties again, now with census fields) and seatplan_* tables, `metadata` into
 * seatplan_metadata, `provenance` into seatplan_provenance and the population raster beside
 * the file. Throws GisError naming the file, layer and reason.
 */
void writeSampleProject(const SampleProject& project,
    const std::vector<std::pair<std::string, std::string>>& metadata,
    const std::vector<LayerProvenance>& provenance, Project& store);

/// Returns the text id of a zone, school, catchment, plot or development ("Z0001", "S0001"...).
std::string zoneId(int id);
std::string schoolId(int id);

} // namespace seatplan::gis::sample
