#pragma once

#include "seatplan/gis/import_report.h"
#include "seatplan/gis/vector_layer.h"

#include <optional>
#include <string>
#include <vector>

namespace seatplan::gis {

/// What an imported file is for: which project layer or table it fills.
enum class ImportRole {
    County, ///< layer counties
    Towns, ///< layer towns
    Zones, ///< layer zones
    Schools, ///< layer schools (points; polygons are reduced to a point inside)
    Catchments, ///< layer catchments
    Plots, ///< layer plots
    Developments, ///< layer developments
    Landuse, ///< layer landuse
    Roads, ///< layer roads
    Population, ///< the population raster
    Cohorts, ///< table seatplan_cohorts
    Births, ///< table seatplan_births
    Enrolment, ///< table seatplan_enrolment
};

/// Parses "county", "towns", ... (the CLI's --as words); nothing for an unknown word.
std::optional<ImportRole> importRoleFromName(const std::string& name);
/// Returns the --as word of `role`.
std::string importRoleName(ImportRole role);
/// Returns the project layer (or table) the role writes, e.g. "counties", "seatplan_cohorts".
std::string importRoleTarget(ImportRole role);
/// Returns the geometry kind the role's layer needs (None for tables and the raster).
GeometryKind importRoleKind(ImportRole role);

/// A user's explicit mapping: target field <- source column (`--field target=source`). An
/// empty `source` means "(none)": the field stays empty, overriding the automatic mapping.
struct FieldOverride {
    std::string target;
    std::string source; ///< "" = leave the target empty
};

/**
 * Maps the columns of `source` onto the fields of `role`'s project layer or table: explicit
 * `overrides` first, then the common Chinese and English names (学校名称/名称/name, 学段/level,
 * 班级数/classes, 在校生数/学生数/students, 行政区划代码/adcode, 年级, 年份, 年龄, ...; case and
 * spaces ignored). Values are converted to the target types, and coded values are normalised
 * (学段 "小学" -> "primary", 办学性质 "公办" -> is_public 1, 是/否 -> 1/0). Source columns not used
 * are kept under their own names. The fids and geometries are kept.
 *
 * Records FieldMapped / FieldByLevel entries and the target fields left empty (FieldsUnmapped)
 * in `report`. Throws GisError naming the column when an override names a column the source
 * lacks, or naming the field when a "(none)" override names a field the layer lacks.
 */
VectorLayer mapFields(const VectorLayer& source, ImportRole role,
    const std::vector<FieldOverride>& overrides, ImportReport& report);

} // namespace seatplan::gis
