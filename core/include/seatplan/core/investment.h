#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/standards.h"

#include <array>

namespace seatplan::core {

/// Square metres in one 亩 (mu): 10,000 / 15 (a unit of measure, not a policy number).
inline constexpr double kSquareMetresPerMu = 10000.0 / 15.0;

/**
 * The investment estimate of a construction project as the annex prints it (ANNEX.md): floor
 * area from the per-student floor-area standard, cost from the unit cost, split into 工程费,
 * 工程建设其他费用 and 预备费. Land is not included (ANNEX.md "Land cost"). Amounts in 万元
 * (10,000 yuan), areas in m2. A plain value.
 */
struct InvestmentEstimate {
    double floorAreaM2 = 0;
    double totalWan = 0;
    double worksWan = 0; ///< 工程费
    double otherWan = 0; ///< 工程建设其他费用
    double contingencyWan = 0; ///< 预备费
};

/**
 * Estimates the investment for adding `seats` (per level, students) under `standards`:
 * floor area = sum of seats x construction.floor_area_per_student, total = floor area x
 * construction.unit_cost_yuan_per_m2 / 10,000, and the three parts by the cost shares.
 * Negative seats count as 0. Pure; never throws.
 */
InvestmentEstimate estimateInvestment(
    const std::array<double, kLevelCount>& seats, const Standards& standards);

/// Returns the land in m2 that `seats` need at the non-city-centre land standard
/// (land.per_student.*), or at the city-centre one when `cityCentre`.
double landNeededM2(
    const std::array<double, kLevelCount>& seats, const Standards& standards, bool cityCentre);

} // namespace seatplan::core
