#pragma once
// Conversions between gis value types and OGR handles (geometries, field values).

#include "detail/gdal_handles.h"
#include "seatplan/gis/vector_layer.h"

#include <string>

namespace seatplan::gis::detail {

/// Decodes an OGR geometry (curves linearised, Z/M dropped). A collection of mixed dimensions
/// keeps its parts of the highest dimension; `droppedParts` counts the others.
Geometry fromOgr(OGRGeometryH geometry, int* droppedParts = nullptr);

/// Builds an OGR geometry; `multi` promotes Point/Line/Polygon to their Multi* type.
OgrGeometryPtr toOgr(const Geometry& geometry, bool multi);

/// Returns the OGR geometry type of a layer of `kind` (Multi* types when `multi`).
OGRwkbGeometryType ogrType(GeometryKind kind, bool multi);
GeometryKind kindOf(OGRwkbGeometryType type);

FieldType fieldTypeOf(OGRFieldType type);
OGRFieldType ogrFieldType(FieldType type);
/// Reads field `index` of `feature` as a typed value (unset/null -> null).
FieldValue readField(OGRFeatureH feature, int index, FieldType type);
void writeField(OGRFeatureH feature, int index, const FieldValue& value);

/// Returns "EPSG:N" when the CRS has an authority code, else its WKT; "" for null.
std::string crsName(OGRSpatialReferenceH srs);
/// Builds a CRS from "EPSG:N", WKT or PROJ text, with traditional GIS axis order (x=east).
/// Throws GisError naming `what` when the text is not a CRS.
OgrSrsPtr makeSrs(const std::string& definition, const std::string& what = {});

} // namespace seatplan::gis::detail
