#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace seatplan::gis {

/**
 * Where a gis failure happened and why. Every part but `reason` is optional; what() joins the
 * known parts into one line a planner can act on, e.g.
 * "schools.shp, layer schools, feature 12, field 班级数: not a number ('十二')".
 */
struct ErrorContext {
    std::string file; ///< the file (or project) being read or written, UTF-8
    std::string layer; ///< the layer or table name
    std::optional<std::int64_t> featureId; ///< the feature id (fid) or row number
    std::string field; ///< the field (column) name
    std::string reason; ///< what went wrong, including the C library's own message
};

/**
 * A failure in seatplan_gis: a file GDAL cannot read, a CRS PROJ cannot build, a geometry GEOS
 * cannot repair, an SQLite error on the project. Thrown after the C call returns (never from
 * inside a C callback). seatplan-cli maps it to exit code 3 (bad input data).
 *
 * Immutable; safe to copy and to pass between threads.
 */
class GisError : public std::runtime_error {
public:
    explicit GisError(ErrorContext context);

    /// Returns the parts of the message (file, layer, feature, field, reason).
    const ErrorContext& context() const noexcept { return m_context; }

    /// Builds the one-line message from `context`.
    static std::string format(const ErrorContext& context);

private:
    ErrorContext m_context;
};

} // namespace seatplan::gis
