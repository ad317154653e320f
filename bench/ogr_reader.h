#pragma once

#include "seatplan/gis/vector_layer.h"

#include <string>

/// Reads polygon layer `layer` of any OGR source (not a SeatPlan project) with its fields, for
/// the benchmarks: the bench data are plain GeoPackages. Throws std::runtime_error.
seatplan::gis::VectorLayer readOgrPolygons(const std::string& path, const std::string& layer);
