#pragma once

#include "seatplan/core/levels.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace seatplan::core {

/// Describes one number of Standards: its key, unit and source (for the ledger and the UI).
struct StandardInfo {
    std::string key; ///< stable key, e.g. "class_size.primary" (project table seatplan_standards)
    std::string unit; ///< e.g. "students/class", "m2/student", "share (0-1)"
    std::string source; ///< document and clause, with STANDARDS.md's verification mark
    bool isList = false; ///< true for lists (standard school sizes), written "12,18,24"
};

/**
 * Every policy number the planning rules use, with Guangdong defaults (../shared/STANDARDS.md).
 * No rule in core uses a number that is not here. A project overrides any of them by key
 * (set() / setFromText()); validate() checks the whole set for contradictions.
 *
 * Value type; immutable use is safe to share between threads. Values are plain members so
 * that hot loops read them directly; catalogue() lists key, unit and source of each.
 * Shares are fractions 0-1, rates per mille are marked "_per_mille", areas are m2.
 */
struct Standards {
    // --- School system (STANDARDS.md 6.1) ---
    int entryAge = 6; ///< system.entry_age: age at grade 1 (义务教育法 第十一条)
    int primaryGrades = 6; ///< system.primary_grades: 6 in Guangdong's 6+3 (5 under 5+4)
    int juniorGrades = 3; ///< system.junior_grades: 3 under 6+3 (4 under 5+4)
    int cutoffMonth = 8; ///< system.cutoff_month: children born up to 31 August enter that year

    // --- Class size (STANDARDS.md 2) ---
    std::array<double, kLevelCount> classSize { 45, 50 }; ///< class_size.primary/junior
    std::array<double, kLevelCount> ruralLongTermClassSize { 40,
        45 }; ///< class_size.rural_long_term.primary/junior (建标109-2008 远期)
    bool useRuralLongTermClassSize = false; ///< class_size.use_rural_long_term (0/1)
    double largeClass = 56; ///< class_size.large: 大班额 from this size up
    double oversizedClass = 66; ///< class_size.oversized: 超大班额 from this size up

    // --- School size (STANDARDS.md 0, 1.3 item 4) ---
    std::array<double, kLevelCount> schoolCap { 2000, 2000 }; ///< school_cap.primary/junior
    double nineYearCap = 2500; ///< school_cap.nine_year (compulsory stage)
    double twelveYearCap = 2500; ///< school_cap.twelve_year (compulsory stage)
    double ruralSmallSchool = 100; ///< school.rural_small_below: 乡村小规模学校 below this
    double maxClassesPerSchool = 36; ///< school.max_classes (GB 50180-2018 附录C, M)
    std::vector<double> standardSizesPrimary { 12, 18, 24, 30, 36 }; ///< school_sizes.primary
    std::vector<double> standardSizesJunior { 12, 18, 24, 30, 36 }; ///< school_sizes.junior
    std::vector<double> standardSizesNineYear { 18, 27, 36, 45 }; ///< school_sizes.nine_year

    // --- Land (STANDARDS.md 4.3) ---
    std::array<double, kLevelCount> landPerStudent { 18, 23 }; ///< land.per_student.*, m2
    std::array<double, kLevelCount> landPerStudentCityCentre { 9.4,
        10.1 }; ///< land.per_student_city_centre.*, m2

    // --- Service radius (STANDARDS.md 3) ---
    std::array<double, kLevelCount> serviceRadius { 500, 1000 }; ///< service_radius.*, m

    // --- Siting clearances (STANDARDS.md 9.7; GB 50099-2011 4.1.6) ---
    double railwayClearance = 300; ///< siting.railway_clearance, m from railway tracks
    double arterialClearance = 80; ///< siting.arterial_clearance, m from expressways/arterials

    // --- Construction estimate for the annex (STANDARDS.md 4.2; ANNEX.md "Unit costs") ---
    /// construction.floor_area_per_student.primary/junior, m2: 建标102-2002 表4-1 planning
    /// floor area of a 24-class school (7.8 primary, 9.8 junior; nine-year schools 7.9).
    std::array<double, kLevelCount> floorAreaPerStudent { 7.8, 9.8 };
    /// construction.unit_cost_yuan_per_m2: total cost per m2 of floor area, land excluded
    /// (Guangdong county schools 2022-2025: 5,000-5,600 yuan/m2 in total, ANNEX.md).
    double unitCostYuanPerM2 = 5000;
    /// construction.cost_share.works/other/contingency: shares of 工程费, 工程建设其他费用 and
    /// 预备费 in the total (郁南县南都学校 approval: 13,892 / 2,538 / 520 万元, ANNEX.md); sum 1.
    double costShareWorks = 0.82;
    double costShareOther = 0.15;
    double costShareContingency = 0.03;
    /// construction.duration_years: years from start of works to the first intake (typical
    /// county school build, M); sets the start year of proposed projects.
    int constructionYears = 2;

    // --- Teachers for new classes (annex 需新增教师, ANNEX.md 附表2) ---
    /// staffing.students_per_teacher.primary/junior: students per teaching post under the
    /// national staffing standard for urban and rural schools (中央编办发〔2014〕72号: 小学
    /// 1:19, 初中 1:13.5). Not in STANDARDS.md (I): check against the county's own 编制
    /// rules. Teachers for a class = class size / this ratio.
    std::array<double, kLevelCount> studentsPerTeacher { 19, 13.5 };

    // --- Development, 千人指标 (STANDARDS.md 5) ---
    double devBirthRatePerMille = 8.69; ///< development.birth_rate_per_mille (Meizhou 2021)
    std::array<double, kLevelCount> thousandIndexCohorts { 6,
        3 }; ///< development.cohorts.*: single-year cohorts per level (6b, 3b)
    double thousandIndexAdjustment = 1.0; ///< development.adjustment k
    std::array<double, kLevelCount> thousandIndexOverride { 0,
        0 }; ///< development.seats_per_1000.*: explicit 千人指标; 0 = derive from the birth rate
    double personsPerHousehold = 3.0; ///< development.persons_per_household
    double floorAreaPerDwelling = 100; ///< development.floor_area_per_dwelling, m2

    // --- Demand (STANDARDS.md 6, work plan) ---
    double enrolmentRate = 1.0; ///< demand.enrolment_rate of local children
    double migrantPublicShare = 0.85; ///< demand.migrant_public_share (>= workplan minimum)
    double privateShare = 0.0; ///< demand.private_share of local children in private schools
    double migrantShare = 0.0; ///< demand.migrant_share: default share of migrant children
    std::array<double, kVariantCount> birthRatePerMille { 7.34, 8.69,
        10.0 }; ///< projection.birth_rate_per_mille.low/medium/high
    std::array<double, kVariantCount> fertilityPerMille { 50, 58,
        66 }; ///< projection.general_fertility_per_mille.*: births per 1000 women 15-49 a year
    std::array<double, kVariantCount> netMigrationRate { -0.01, 0.0,
        0.01 }; ///< projection.net_migration_rate.*: per year, share of children
    std::array<double, kVariantCount> urbanisationShift {
        0.005, 0.01, 0.015
    }; ///< projection.urbanisation_shift.*: share of rural children moving to town per year

    // --- 优质均衡 (STANDARDS.md 1.1, 1.2) ---
    /// quality.threshold.<indicator>.primary/junior, indexed by QualityIndicator then Level.
    std::array<std::array<double, kLevelCount>, kQualityIndicatorCount> qualityThreshold {
        { { 4.2, 5.3 }, { 1, 1 }, { 0.9, 0.9 }, { 4.5, 5.8 }, { 7.5, 10.2 }, { 2000, 2500 },
            { 2.3, 2.4 } }
    };
    double qualityMinMet = 6; ///< quality.min_met: indicators a school must meet
    double qualityMinRatio = 0.85; ///< quality.min_ratio: the rest at least this share
    std::array<double, kLevelCount> cvLimit { 0.50, 0.45 }; ///< quality.cv_limit.*
    double juniorWeight = 1.1; ///< quality.split.junior_weight (primary = 1)
    double seniorWeight = 1.32; ///< quality.split.senior_weight (twelve-year schools)
    double teachingPointExcludedBelow = 50; ///< quality.teaching_point_min_students

    // --- Work plan county targets (Meizhou 2021 work plan; STANDARDS.md 1.4, 7, 9) ---
    double targetEnrolmentRate = 1.0; ///< workplan.enrolment_rate
    double targetConsolidationRate = 0.96; ///< workplan.consolidation_rate
    double targetMigrantPublicShare = 0.85; ///< workplan.migrant_public_share
    double targetDisabledEnrolment = 0.98; ///< workplan.disabled_enrolment
    double resourceRoomMinDisabled = 5; ///< workplan.resource_room_min_disabled
    double boardingSchoolsPerTown = 1; ///< workplan.boarding_schools_per_town
    double eduGroupsPerCounty = 2; ///< workplan.edu_groups_per_county
    int targetYear = 2025; ///< workplan.target_year: shortfall closed by this year

    /// Returns the class size used for capacity at `level` (rural long-term when set and rural).
    double standardClassSize(Level level, bool rural) const;
    /// Returns the compulsory-stage cap on students for a school of `type`.
    double schoolCapFor(SchoolType type) const;
    /// Returns seats per 1000 residents (千人指标) at `level`: override or cohorts x b x k.
    double seatsPer1000(Level level) const;
    /// Returns the share of grade-1 entrants of year Y born in Y-7 (4/12 with a 31 August cut-off).
    double entryShareOlderBirths() const;
    /// Returns the number of grades of `level` and the first grade (1-based) of it.
    int gradeCount(Level level) const;
    int firstGrade(Level level) const;
    /// Total compulsory grades (9).
    int totalGrades() const { return primaryGrades + juniorGrades; }

    /// Returns key, unit and source of every number, in a stable order.
    static const std::vector<StandardInfo>& catalogue();
    /// Returns the value of `key` as text ("45", "12,18,24"); throws InvalidInput if unknown.
    std::string valueText(std::string_view key) const;
    /// Sets a number by key; throws InvalidInput for an unknown key or a list key.
    void set(std::string_view key, double value);
    /// Sets a number or list ("12,18,24") from text; throws InvalidInput naming key and text.
    void setFromText(std::string_view key, std::string_view text);
    /**
     * Checks the whole set and throws InvalidInput with a planner-readable message on the
     * first contradiction: a non-positive class size, a cap below one class, 大班额 above
     * 超大班额, a share outside 0-1, a migrant public share below the work plan's minimum, ...
     */
    void validate() const;
};

} // namespace seatplan::core
