#pragma once

#include "seatplan/gis/field_mapping.h"
#include "seatplan/gis/import_report.h"
#include "seatplan/gis/source.h"

#include <functional>
#include <string>
#include <vector>

namespace seatplan::gis {

class Project;

/// Called with the share done (0..1) and the stage ("reading", "repairing", "writing").
using ProgressCallback = std::function<void(double fraction, const std::string& stage)>;

/// What to import and how (the options of `seatplan-cli import`).
struct ImportOptions {
    ImportRole role = ImportRole::Zones;
    SourceOptions source; ///< --layer, --encoding, --source-crs
    std::vector<FieldOverride> fields; ///< --field target=source
    std::string origin = "real"; ///< provenance: "real" or "generated"
};

/**
 * Imports `path` into `project` as `options.role`: reads it (readSource()), transforms it to the
 * project CRS, repairs geometries (repairGeometries()), maps fields (mapFields()) and replaces the
 * role's layer or table in one transaction together with its provenance row. A population
 * raster is warped to the project CRS with sum resampling when needed and stored beside the
 * project. Points are made from polygons for schools (a point inside each polygon).
 *
 * Returns the report of what was done. Throws GisError (and changes nothing) when the file
 * cannot be used: unreadable, no features, wrong geometry type for the role, unknown CRS,
 * missing required table columns. Runs on the calling thread.
 */
ImportReport importFile(Project& project, const std::string& path, const ImportOptions& options,
    const ProgressCallback& progress = {});

} // namespace seatplan::gis
