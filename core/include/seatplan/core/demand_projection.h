#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/results.h"

#include <string>
#include <vector>

namespace seatplan::core {

/**
 * Children per zone, grade (1-9), year and variant, projected from the base year
 * (STANDARDS.md 6.2):
 * - base-year single-year ages are aged one year per year (age a in the base year is in
 *   grade a + k - entryAge + 1 in year base + k);
 * - grade-1 entrants of year Y come from births: share s of births of Y-7 plus 1-s of Y-6
 *   (s = 4/12 with the 31 August cut-off), times (1 + net migration)^entryAge, births of an
 *   area shared among its zones by
 *   population; years without births use the aged base cohort, and past the last known
 *   year, women 15-49 x the variant's general fertility rate (when the zone has them) or
 *   population x the variant's crude birth rate;
 * - progression grade g -> g+1 uses the county's grade-progression ratio from the enrolment
 *   history when there is one, otherwise 1 + the zone's (or variant's) net migration rate;
 * - each year a share (variant's urbanisation shift) of rural children of a county moves to its
 *   urban zones, in proportion to their population;
 * - developments completed by year Y add residents x 千人指标 / 1000 children per level,
 *   spread evenly over its grades.
 * Public demand = children x ((1 - m) x enrolment x (1 - private) + m x migrant public share).
 *
 * Value type, immutable after construction, safe to share between threads.
 */
class DemandProjection {
public:
    /// Projects `inputs` with `developments` (the scenario's) for `variants`.
    /// Throws InvalidInput for negative cohorts, births or rates.
    DemandProjection(const PlanningInputs& inputs, const std::vector<Development>& developments,
        const std::vector<Variant>& variants);

    int baseYear() const { return m_baseYear; }
    int lastYear() const { return m_lastYear; }
    const std::vector<Variant>& variants() const { return m_variants; }
    /// Zones in the order of PlanningInputs::zones.
    std::size_t zoneCount() const { return m_zoneCount; }

    /// Children in `grade` (1-based) of zone `zoneIndex` in `year`, for the variant at
    /// position `variantIndex` of variants().
    double children(std::size_t variantIndex, std::size_t zoneIndex, int year, int grade) const;
    /// Children at `level` (sum of its grades).
    double children(std::size_t variantIndex, std::size_t zoneIndex, int year, Level level) const;
    /// Public-seat demand at `level` (precomputed: called in the balance's inner loops).
    double publicDemand(
        std::size_t variantIndex, std::size_t zoneIndex, int year, Level level) const
    {
        return m_public[((variantIndex * m_zoneCount + zoneIndex) * m_years
                            + static_cast<std::size_t>(year - m_baseYear))
                * kLevelCount
            + static_cast<std::size_t>(level)];
    }

    /// Grade-progression ratios per county (index grade-1 = g -> g+1), empty if none derived.
    const std::vector<std::pair<std::string, std::vector<double>>>& progressionRatios() const
    {
        return m_progression;
    }

private:
    std::size_t index(std::size_t variantIndex, std::size_t zoneIndex, int year) const;

    int m_baseYear = 0;
    int m_lastYear = 0;
    int m_grades = 0;
    int m_primaryGrades = 0;
    std::size_t m_zoneCount = 0;
    std::vector<Variant> m_variants;
    std::vector<double> m_children; ///< [variant][zone][year][grade]
    std::vector<double> m_publicFactor; ///< [zone][level]: public demand per child
    std::vector<double> m_levelTotals; ///< [variant][zone][year][level]: children per level
    std::vector<double> m_public; ///< [variant][zone][year][level]: public-seat demand
    std::size_t m_years = 0;
    std::vector<std::pair<std::string, std::vector<double>>> m_progression;
};

} // namespace seatplan::core
