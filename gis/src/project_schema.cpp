#include "detail/project_schema.h"

namespace seatplan::gis::detail {

namespace {
    constexpr FieldType kInt = FieldType::Integer;
    constexpr FieldType kReal = FieldType::Real;
    constexpr FieldType kText = FieldType::Text;
} // namespace

const std::vector<LayerSpec>& contractLayers()
{
    static const std::vector<LayerSpec> specs = {
        { "counties", GeometryKind::Polygon, { { "code", kText }, { "name", kText } } },
        { "towns", GeometryKind::Polygon,
            { { "code", kText }, { "name", kText }, { "county_code", kText }, { "urban", kInt } } },
        { "zones", GeometryKind::Polygon,
            { { "id", kText }, { "name", kText }, { "town_code", kText }, { "county_code", kText },
                { "urban", kInt }, { "population", kReal } } },
        { "schools", GeometryKind::Point,
            { { "id", kText }, { "name", kText }, { "level", kText }, { "is_public", kInt },
                { "boarding", kInt }, { "town_code", kText }, { "county_code", kText },
                { "edu_group", kText }, { "classes_primary", kInt }, { "classes_junior", kInt },
                { "students_primary", kInt }, { "students_junior", kInt },
                { "max_class_size", kInt }, { "disabled_students", kInt },
                { "resource_room", kInt }, { "opening_year", kInt }, { "closing_year", kInt } } },
        { "catchments", GeometryKind::Polygon,
            { { "id", kText }, { "scenario", kText }, { "level", kText }, { "school_ids", kText },
                { "locked", kInt } } },
        { "plots", GeometryKind::Polygon,
            { { "id", kText }, { "name", kText }, { "town_code", kText },
                { "planned_level", kText }, { "planned_classes", kInt }, { "status", kText },
                { "note", kText } } },
        { "developments", GeometryKind::Polygon,
            { { "id", kText }, { "name", kText }, { "town_code", kText }, { "site_area_m2", kReal },
                { "far_old", kReal }, { "far_new", kReal }, { "residential_share", kReal },
                { "dwellings", kInt }, { "floor_area_m2", kReal }, { "school_plot_id", kText } } },
        { "landuse", GeometryKind::Polygon, { { "class", kText }, { "code", kText } } },
        { "roads", GeometryKind::Line, { { "kind", kText }, { "name", kText } } },
    };
    return specs;
}

const LayerSpec* contractLayer(const std::string& name)
{
    for (const LayerSpec& spec : contractLayers()) {
        if (name == spec.name)
            return &spec;
    }
    return nullptr;
}

const char* schemaSqlV1()
{
    return R"SQL(
CREATE TABLE IF NOT EXISTS seatplan_metadata(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS seatplan_cohorts(zone_id TEXT NOT NULL, year INTEGER NOT NULL,
    age INTEGER NOT NULL, persons REAL NOT NULL, PRIMARY KEY(zone_id, year, age));
CREATE TABLE IF NOT EXISTS seatplan_births(area_code TEXT NOT NULL, year INTEGER NOT NULL,
    births REAL NOT NULL, PRIMARY KEY(area_code, year));
CREATE TABLE IF NOT EXISTS seatplan_enrolment(school_id TEXT NOT NULL, year INTEGER NOT NULL,
    grade INTEGER NOT NULL, students REAL NOT NULL, PRIMARY KEY(school_id, year, grade));
CREATE TABLE IF NOT EXISTS seatplan_standards(key TEXT PRIMARY KEY, value REAL NOT NULL,
    source TEXT);
CREATE TABLE IF NOT EXISTS seatplan_scenarios(name TEXT PRIMARY KEY, parent TEXT,
    description TEXT, created TEXT);
CREATE TABLE IF NOT EXISTS seatplan_journal(seq INTEGER PRIMARY KEY, scenario TEXT NOT NULL,
    time TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT, undone INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS seatplan_results_cache(key TEXT PRIMARY KEY, scenario TEXT,
    created TEXT, payload TEXT);
CREATE TABLE IF NOT EXISTS seatplan_provenance(layer TEXT PRIMARY KEY, origin TEXT,
    source TEXT, source_crs TEXT, correction TEXT, imported TEXT, report TEXT);
)SQL";
}

} // namespace seatplan::gis::detail
