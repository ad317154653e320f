#pragma once

#include "seatplan/gis/vector_layer.h"

#include <cstddef>
#include <string>

namespace seatplan::gis {

/// What a road feature is, for walking networks and siting clearances (GB 50099-2011 4.1.6).
enum class RoadClass { Railway, Expressway, Arterial, Local };

/**
 * Returns the class of feature `featureIndex` of `roads`, read from its `kind` field (the
 * project format: railway, expressway, arterial, local) or, when the layer has no `kind`, from
 * `class`. Common English, OpenStreetMap and Chinese values are recognised (rail / 铁路,
 * motorway / 高速 / 快速路, trunk / primary / 主干路 / 国道 / 省道); anything else is Local.
 * Pure; thread-safe.
 */
RoadClass roadClassOf(const VectorLayer& roads, std::size_t featureIndex);

/// Returns the class for one `kind` / `class` value as described for roadClassOf().
RoadClass roadClassOfValue(const std::string& value);

} // namespace seatplan::gis
