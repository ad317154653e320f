#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/planning_inputs.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace seatplan::core {

// The output of analyze(): per-year tables, flags and the assumptions ledger. Plain values,
// safe to share read-only between threads. Seats and students are counts (double: projections
// are fractional); classes are whole numbers rounded up for shortfalls and down for surpluses.

/// What a BalanceRow describes.
enum class Scope { School, Catchment, Town, County };

/// Returns "school", "catchment", "town" or "county".
const char* scopeName(Scope scope);

/**
 * Demand against public seats of one subject at one level in one year and variant.
 * School rows: demand = the public demand its catchments assign to it. Catchment rows:
 * demand of its zone shares, capacity = its share of its schools' capacity (a school in two
 * catchments splits its seats by the demand each sends). Town and county rows: demand of
 * their zones (in a catchment or not) against all public capacity in them, pooled. Seats do
 * not move between catchments, so the build plan (BuildRow) uses catchment shortfalls.
 * Private schools have capacity 0 (demand is public-seat demand); a school gets rows for each
 * level it teaches or has classes in during the analysed years.
 */
struct BalanceRow {
    Scope scope = Scope::School;
    std::string id; ///< school id, catchment id, town code or county code
    std::string countyCode; ///< county of the subject (for grouping)
    Level level = Level::Primary;
    Variant variant = Variant::Medium;
    int year = 0;
    double demand = 0; ///< public-seat demand, students
    double capacity = 0; ///< public seats (classes x standard class size)
    double shortfall = 0; ///< seats missing, >= 0
    double surplus = 0; ///< seats spare, >= 0
    int shortfallClasses = 0; ///< ceil(shortfall / standard class size)
    int surplusClasses = 0; ///< floor(surplus / standard class size)
    double utilisation = 0; ///< demand / capacity (0 when capacity is 0)
};

/// Seats and classes a county must add in `year` to close the sum of its catchment shortfalls
/// (plus demand of zones in no catchment that the town's other seats cannot take) by the
/// target year (Standards::targetYear), evenly from the base year, and keep it closed after.
struct BuildRow {
    std::string countyCode;
    Level level = Level::Primary;
    Variant variant = Variant::Medium;
    int year = 0;
    double seatsToBuild = 0;
    int classesToBuild = 0;
    double cumulativeSeats = 0;
    double landNeededM2 = 0; ///< seats x land per student (non-city-centre standard)
};

/// Projected children and public-seat demand of one zone, level, year and variant.
struct ZoneDemandRow {
    std::string zoneId;
    Level level = Level::Primary;
    Variant variant = Variant::Medium;
    int year = 0;
    double children = 0; ///< school-age children living in the zone
    double publicDemand = 0; ///< local x enrolment x (1 - private) + migrant x public share
};

/// A planning finding (data, never an error), citing the rule behind it.
struct Flag {
    std::string ruleId; ///< stable id, e.g. "class.large" (README lists them)
    std::string citation; ///< the document and clause, e.g. "教督〔2017〕6号; MOE 大班额 56-65"
    Scope scope = Scope::School; ///< subject kind; developments and plots use Scope::Town
    std::string subjectKind; ///< "school", "catchment", "town", "county", "development", "plot"
    std::string subjectId;
    std::optional<int> year; ///< nullopt = about the base data, not one projected year
    std::optional<Variant> variant;
    std::optional<Level> level;
    double value = 0; ///< the measured value (students, class size, share, ...)
    double limit = 0; ///< the standard it was compared with
    std::string message; ///< English, one sentence; the app translates by ruleId
};

/// One line of the assumptions ledger: every parameter, its value and its source.
struct LedgerEntry {
    std::string key;
    std::string value;
    std::string unit;
    std::string source;
};

/// Seats, classes and land a residential project calls for (STANDARDS.md 5).
struct DevelopmentResult {
    std::string developmentId;
    double floorAreaM2 = 0; ///< residential floor area used
    double dwellings = 0;
    double residents = 0;
    std::array<double, kLevelCount> seats {}; ///< residents x 千人指标 / 1000
    std::array<int, kLevelCount> classes {}; ///< ceil(seats / class size)
    std::array<int, kLevelCount> standardSize {}; ///< smallest standard size >= classes (0 none)
    std::array<double, kLevelCount> landNeededM2 {}; ///< standard size x class size x m2/student
    std::array<double, kLevelCount> extraSeatsFromFar {}; ///< seats added by farOld -> farNew
    std::string plotId; ///< reserved plot, empty = none
    double plotAreaM2 = 0;
    bool plotAdequate = false; ///< a plot exists and its area >= total land needed
};

/// A reserved plot against the land its planned school needs (STANDARDS.md 4.3).
struct PlotResult {
    std::string plotId;
    double areaM2 = 0;
    double landNeededM2 = 0; ///< planned classes x class size x land per student (0 = unknown)
    bool adequate = false;
    PlotStatus status = PlotStatus::Planned; ///< in the scenario (PlotStatusEdit)
    std::string note; ///< the planner's note on the status
};

/// One school's 优质均衡 indicators at one level (after the 1 : 1.1 split).
struct SchoolQualityRow {
    std::string schoolId;
    std::string countyCode;
    Level level = Level::Primary;
    double students = 0;
    std::array<double, kQualityIndicatorCount> value {}; ///< indicator values (see units)
    std::array<double, kQualityIndicatorCount> ratio {}; ///< value / threshold
    int indicatorsMet = 0;
    bool passes = false; ///< >= min_met met and every indicator >= min_ratio of its threshold
};

/// The enrolment-weighted coefficient of variation of one indicator in one county and level.
struct CountyCvRow {
    std::string countyCode;
    Level level = Level::Primary;
    QualityIndicator indicator = QualityIndicator::QualifiedTeachers;
    double mean = 0; ///< ratio of totals (the enrolment-weighted mean)
    double cv = 0;
    double limit = 0;
    bool passes = false;
    int schools = 0; ///< schools in scope (teaching points under the minimum excluded)
};

/// One work-plan target for one county: measured or derived value against the target.
struct WorkPlanRow {
    std::string countyCode;
    std::string targetKey; ///< Standards key of the target, e.g. "workplan.edu_groups_per_county"
    std::optional<double> value; ///< nullopt = not reported
    double target = 0;
    bool met = false;
};

/// Everything analyze() returns for one scenario.
struct Results {
    std::string scenario;
    int firstYear = 0;
    int lastYear = 0;
    std::vector<Variant> variants;
    std::vector<BalanceRow> schools; ///< ordered by school, level, variant, year
    std::vector<BalanceRow> catchments;
    std::vector<BalanceRow> towns;
    std::vector<BalanceRow> counties;
    std::vector<BuildRow> buildPlan;
    std::vector<ZoneDemandRow> zoneDemand; ///< empty unless AnalysisOptions::zoneDemand
    std::vector<Flag> flags; ///< base-data flags, then land flags, then balance flags
    std::vector<LedgerEntry> ledger;
    std::vector<DevelopmentResult> developments;
    std::vector<PlotResult> plots;
    std::vector<SchoolQualityRow> quality;
    std::vector<CountyCvRow> qualityCv;
    std::vector<WorkPlanRow> workPlan;
};

} // namespace seatplan::core
