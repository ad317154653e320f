#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace seatplan::gis {

/// An axis-aligned rectangle in a layer's CRS (for project layers: metres of the project CRS,
/// x = easting, y = northing). An empty extent has minX > maxX.
struct Extent {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return minX > maxX || minY > maxY; }
    double width() const { return isEmpty() ? 0.0 : maxX - minX; }
    double height() const { return isEmpty() ? 0.0 : maxY - minY; }
    /// Grows the extent to include (x, y).
    void include(double x, double y);
    /// Grows the extent to include `other`.
    void include(const Extent& other);
    bool intersects(const Extent& other) const;
};

/// One vertex; x = easting (or longitude), y = northing (or latitude), whatever the CRS's
/// own axis order. gis always hands out x/y in this "traditional GIS" order.
struct Coord {
    double x = 0.0;
    double y = 0.0;
};

/// The dimension of a geometry: what a renderer draws. Multi-geometries share the kind of
/// their parts (a MultiPolygon is Polygon).
enum class GeometryKind { None, Point, Line, Polygon };

/**
 * A decoded 2D geometry, flat and ready to draw (no WKB parsing needed):
 *
 * - `coords` holds every vertex of every part.
 * - `rings` holds the start index in `coords` of each ring (Polygon), line (Line) or point
 *   (Point), plus one final entry equal to coords.size(). Ring i is
 *   coords[rings[i]] .. coords[rings[i+1]-1]. Polygon rings are closed (last == first).
 * - `parts` holds the start index in `rings` of each part, plus one final entry equal to
 *   rings.size() - 1. For a Polygon kind each part is one polygon: its first ring is the exterior
 *   shell, the others are holes. For Line and Point kinds each part has exactly one ring.
 *
 * An empty or missing geometry has kind None and empty vectors. Z and M are dropped.
 * A plain value type: copyable, immutable once built, safe to share between threads.
 */
struct Geometry {
    GeometryKind kind = GeometryKind::None;
    std::vector<Coord> coords;
    std::vector<std::uint32_t> rings;
    std::vector<std::uint32_t> parts;

    bool isEmpty() const { return coords.empty(); }
    std::size_t partCount() const { return parts.empty() ? 0 : parts.size() - 1; }
    std::size_t ringCount() const { return rings.empty() ? 0 : rings.size() - 1; }
    /// Returns the bounding box of all vertices (empty for an empty geometry).
    Extent extent() const;

    /// Builders used by readers and tests. Each call starts a new part (Point/Line) or, for
    /// polygons, addPolygon() takes the shell first and then the holes.
    static Geometry point(double x, double y);
    void addPoint(double x, double y);
    void addLine(const std::vector<Coord>& line);
    void addPolygon(const std::vector<std::vector<Coord>>& shellThenHoles);
};

/// The type of an attribute field. Dates and times are stored as ISO 8601 Text.
enum class FieldType { Integer, Real, Text };

/// An attribute value: null, a 64-bit integer, a double, or UTF-8 text.
using FieldValue = std::variant<std::monostate, std::int64_t, double, std::string>;

/// Returns true when `value` is null.
inline bool isNull(const FieldValue& value)
{
    return std::holds_alternative<std::monostate>(value);
}
/// Returns the value as text (integers and reals formatted, null as "").
std::string toText(const FieldValue& value);
/// Returns the value as a number, or nothing for null or non-numeric text.
std::optional<double> toDouble(const FieldValue& value);
/// Returns the value as an integer (reals rounded), or nothing for null or non-numeric text.
std::optional<std::int64_t> toInt64(const FieldValue& value);

/// One attribute column of a layer.
struct Field {
    std::string name; ///< UTF-8, as stored (e.g. "name", "班级数")
    FieldType type = FieldType::Text;
};

/// One feature: its id, geometry and one value per field of its layer (same order).
struct Feature {
    std::int64_t fid = -1; ///< the GeoPackage fid (or the source's feature id); -1 when new
    Geometry geometry;
    std::vector<FieldValue> values;
};

/**
 * A whole vector layer held in memory: what the map renderer draws and what the annex, the loader
 * and the tests read. Geometries are decoded and in the CRS named by `crs` (for layers read from
 * a project: the project CRS, metres). Attributes are typed values addressed by field name.
 *
 * A plain value type with no library handles inside: copy it, move it, share a
 * `std::shared_ptr<const VectorLayer>` between threads (immutable use is thread-safe).
 */
class VectorLayer {
public:
    std::string name; ///< layer name, e.g. "schools"
    std::string crs; ///< "EPSG:4548" style authority code when known, else WKT; "" = unknown
    GeometryKind kind = GeometryKind::None; ///< the layer's geometry kind (None for tables)
    std::vector<Field> fields;
    std::vector<Feature> features;

    /// Returns the bounding box of all features (computed on demand).
    Extent extent() const;
    /// Returns the index of the field named `fieldName` (exact match), or -1.
    int fieldIndex(const std::string& fieldName) const;
    /// Adds a field (if absent) and returns its index; existing features get null values.
    int addField(const std::string& fieldName, FieldType type);
    /// Returns the value of field `fieldName` of feature `featureIndex`, or null when the field
    /// does not exist.
    const FieldValue& value(std::size_t featureIndex, const std::string& fieldName) const;
    /// Sets the value of `fieldName` (which must exist) in `feature`.
    void setValue(Feature& feature, const std::string& fieldName, FieldValue value) const;
    /// Returns the index of the feature with `fid`, or -1.
    std::int64_t indexOfFid(std::int64_t fid) const;
};

} // namespace seatplan::gis
