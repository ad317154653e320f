#pragma once
// The project-file contract (/work/project-format-contract.md, README "Project file format"):
// the vector layers every project has, their fields, and the SQL of the seatplan_* tables.

#include "seatplan/gis/vector_layer.h"

#include <string>
#include <vector>

namespace seatplan::gis::detail {

struct LayerSpec {
    const char* name;
    GeometryKind kind;
    std::vector<Field> fields;
};

/// The contract layers, created empty by Project::create().
const std::vector<LayerSpec>& contractLayers();
/// Returns the spec of contract layer `name`, or nullptr.
const LayerSpec* contractLayer(const std::string& name);

/// SQL creating the seatplan_* tables of schema version 1 (idempotent: IF NOT EXISTS).
const char* schemaSqlV1();

} // namespace seatplan::gis::detail
