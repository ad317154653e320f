#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/standards.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace seatplan::core {

// Everything core needs to plan one project, as plain values identified by the string ids and
// codes of the project file (docs: /work/project-format-contract.md, README "Project file").
// gis::load fills these 1:1 from project.gpkg; the CLI's JSON input fills them too.
// Geometry never appears here: the loader turns it into numbers (areas, zone shares).
// All types are values: copy freely, safe to share read-only between threads.

/// A county-level unit (区/县/市), identified by its 6-digit adcode (e.g. "441402").
struct County {
    std::string code;
    std::string name;
};

/// A township or street (镇/街道), identified by its NBS code.
struct Town {
    std::string code;
    std::string name;
    std::string countyCode;
    bool urban = false; ///< street or town seat (城区/镇区) rather than a rural township
};

/**
 * A demand unit: a village, community, grid cell, or any polygon with people in it.
 * `ages` holds the base-year single-year age cohorts (index = age in completed years, persons);
 * it may be shorter than the compulsory ages (missing ages count as 0) or empty (then the zone
 * only gets children from births and developments).
 */
struct Zone {
    std::string id;
    std::string name;
    std::string townCode;
    std::string countyCode;
    bool urban = false; ///< urban zones receive the rural->urban shift of their county
    bool cityCentre = false; ///< city-centre land standards apply (9.4 / 10.1 m2 per student)
    double population = 0; ///< residents in the base year, persons
    /// Women aged 15-49 in the base year; when set, projected births are women x the general
    /// fertility rate instead of population x the crude birth rate.
    std::optional<double> women15to49;
    std::vector<double> ages; ///< persons by single-year age in the base year (index = age)
    /// Share (0-1) of the zone's children who are migrants (随迁子女); nullopt = Standards.
    std::optional<double> migrantShare;
    /// Net migration rate of children per year (share) used when no progression ratios exist;
    /// nullopt = the variant's Standards::netMigrationRate.
    std::optional<double> netMigrationRate;
};

/// Calendar-year births in an area (a county or town code), persons. Births of an area are
/// shared among its zones by population.
struct Births {
    std::string areaCode;
    int year = 0;
    double births = 0;
};

/// Enrolment of one grade (1-9) of one school in one year, students (教育事业统计 history).
/// When present, grade-progression ratios per county are derived from it.
struct EnrolmentRecord {
    std::string schoolId;
    int year = 0;
    int grade = 0;
    double students = 0;
};

/// Resource numerators of one school for the 优质均衡 indicators (STANDARDS.md 1.1).
/// Teachers are reported per stage; buildings and equipment are shared and split 1 : 1.1.
struct SchoolResources {
    std::array<double, kLevelCount> qualifiedTeachers {}; ///< per stage, persons
    std::array<double, kLevelCount> keyTeachers {}; ///< per stage, persons
    std::array<double, kLevelCount> artPeTeachers {}; ///< per stage, persons
    double teachingAreaM2 = 0; ///< teaching and auxiliary rooms, whole school
    double sportsAreaM2 = 0; ///< sports ground + gymnasium, whole school
    double equipmentValueYuan = 0; ///< teaching equipment book value, whole school
    double multimediaRooms = 0; ///< networked multimedia classrooms, whole school
};

/// A school as it stands in the base year (field names follow the project file).
struct School {
    std::string id;
    std::string name;
    SchoolType type = SchoolType::Primary;
    bool isPublic = true; ///< private schools are checked but give no public seats
    bool boarding = false;
    std::string townCode;
    std::string countyCode;
    std::string eduGroup; ///< education group (教育集团) name; empty = none
    std::array<int, kLevelCount> classes {}; ///< classes per stage (primary, junior)
    std::array<double, kLevelCount> students {}; ///< students per stage
    double seniorStudents = 0; ///< senior-stage students of a twelve-year school (for the split)
    int maxClassSize = 0; ///< largest class, students (0 = unknown)
    int disabledStudents = 0;
    bool resourceRoom = false;
    std::optional<int> openingYear; ///< first school year with seats; nullopt = existing
    std::optional<int> closingYear; ///< first school year without seats; nullopt = open
    std::optional<SchoolResources> resources; ///< nullopt = not evaluated for 优质均衡
};

/// One zone's share (0-1] of a catchment: the part of the zone whose children it serves.
struct ZoneShare {
    std::string zoneId;
    double share = 1;

    friend bool operator==(const ZoneShare&, const ZoneShare&) = default;
};

/// One school's share of a catchment's demand (多校划片); all 0 = in proportion to capacity.
struct SchoolShare {
    std::string schoolId;
    double share = 0;

    friend bool operator==(const SchoolShare&, const SchoolShare&) = default;
};

/// A catchment (招生片区) of one level: which zone shares it serves and by which schools.
struct Catchment {
    std::string id;
    Level level = Level::Primary;
    std::vector<ZoneShare> zones;
    std::vector<SchoolShare> schools;
    bool locked = false;

    friend bool operator==(const Catchment&, const Catchment&) = default;
};

/// Status of a reserved education plot (project file `plots.status`).
enum class PlotStatus { Planned, Acquired, Built };

/// Land reserved for a school (教育用地预留).
struct Plot {
    std::string id;
    std::string name;
    std::string townCode;
    std::optional<SchoolType> plannedType; ///< nullopt = not decided
    int plannedClasses = 0;
    PlotStatus status = PlotStatus::Planned;
    double areaM2 = 0; ///< from the geometry, in the project CRS
    bool cityCentre = false;
    /// Catchments the plot lies in (the loader finds them); empty = any in the same town.
    std::vector<std::string> catchmentIds;
    std::string note; ///< the planner's note on the status (project file `plots.note`)

    friend bool operator==(const Plot&, const Plot&) = default;
};

/// A residential project. Floor area is site x FAR x residential share unless given.
struct Development {
    std::string id;
    std::string name;
    std::string townCode;
    std::string zoneId; ///< zone that receives its children; empty = no demand added
    double siteAreaM2 = 0;
    double farOld = 0; ///< floor-area ratio approved before (F0)
    double farNew = 0; ///< floor-area ratio now (F1); 0 = unchanged
    double residentialShare = 1; ///< share of floor area that is residential
    double dwellings = 0; ///< 0 = floor area / Standards::floorAreaPerDwelling
    double floorAreaM2 = 0; ///< residential floor area; 0 = site x FAR x share
    int completionYear = 0; ///< first year its children need seats; 0 = already in the base
    std::string schoolPlotId; ///< plot reserved for its school; empty = none

    friend bool operator==(const Development&, const Development&) = default;
};

/// Measured county statistics for the work plan targets; nullopt = not reported.
struct CountyStatistics {
    std::string countyCode;
    std::optional<double> enrolmentRate;
    std::optional<double> consolidationRate;
    std::optional<double> migrantPublicShare;
    std::optional<double> disabledEnrolment;
};

/**
 * All inputs of one project's base. `standards` carries the project's overrides already
 * applied. Ids must be unique per kind and references must resolve; analyze() checks and
 * throws InvalidInput naming the kind, id and field otherwise.
 */
struct PlanningInputs {
    std::string regionCode; ///< e.g. "441400" (Meizhou)
    int baseYear = 2020; ///< year of the cohorts (七普, 2020)
    int lastYear = 2035; ///< last projected year (base + 15)
    Standards standards;
    std::vector<County> counties;
    std::vector<Town> towns;
    std::vector<Zone> zones;
    std::vector<School> schools;
    std::vector<Catchment> catchments;
    std::vector<Plot> plots;
    std::vector<Development> developments;
    std::vector<Births> births;
    std::vector<EnrolmentRecord> enrolment;
    std::vector<CountyStatistics> countyStatistics;
};

} // namespace seatplan::core
