#pragma once
// Rows of SeatPlan's own (non-spatial) tables in the project GeoPackage. Plain value types;
// see Project for reading and writing them and README.md "Project file format" for the schema.

#include <cstdint>
#include <optional>
#include <string>

namespace seatplan::gis {

/// seatplan_cohorts: persons of single-year `age` living in zone `zoneId` in `year`.
struct CohortRow {
    std::string zoneId;
    int year = 0;
    int age = 0;
    double persons = 0.0;
};

/// seatplan_births: live births in `year` in the county or town with code `areaCode`.
struct BirthRow {
    std::string areaCode;
    int year = 0;
    double births = 0.0;
};

/// seatplan_enrolment: students of school `schoolId` in `grade` (1-9) in `year`.
struct EnrolmentRow {
    std::string schoolId;
    int year = 0;
    int grade = 0;
    double students = 0.0;
};

/// seatplan_standards: a per-project override of a core::Standards number, with its source.
struct StandardRow {
    std::string key;
    double value = 0.0;
    std::string source;
};

/// seatplan_scenarios: a named scenario; `parent` empty for the base.
struct ScenarioRow {
    std::string name;
    std::string parent;
    std::string description;
    std::string created; ///< ISO 8601 UTC; filled in when empty
};

/// seatplan_journal: one edit of a scenario. `payload` is JSON text owned by the app.
struct JournalRow {
    std::int64_t seq = 0; ///< assigned by appendJournal()
    std::string scenario;
    std::string time; ///< ISO 8601 UTC; filled in when empty
    std::string kind;
    std::string payload;
    bool undone = false;
};

/// seatplan_provenance: where a layer came from and what was done to it on import.
struct ProvenanceRow {
    std::string layer;
    std::string origin; ///< "real" or "generated"
    std::string source; ///< the file (and layer) it was imported from
    std::string sourceCrs; ///< the CRS as read or guessed, e.g. "EPSG:4326 (guessed)"
    std::string correction; ///< e.g. "GCJ-02 -> WGS84 (published formula)"; "" = none
    std::string imported; ///< ISO 8601 UTC
    std::string report; ///< the import report (repairs, guesses, unmapped fields)
};

} // namespace seatplan::gis
