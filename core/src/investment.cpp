#include "seatplan/core/investment.h"

#include <algorithm>

namespace seatplan::core {

InvestmentEstimate estimateInvestment(
    const std::array<double, kLevelCount>& seats, const Standards& standards)
{
    InvestmentEstimate estimate;
    for (int l = 0; l < kLevelCount; ++l)
        estimate.floorAreaM2 += std::max(0.0, seats[l]) * standards.floorAreaPerStudent[l];
    constexpr double kYuanPerWan = 10000;
    estimate.totalWan = estimate.floorAreaM2 * standards.unitCostYuanPerM2 / kYuanPerWan;
    estimate.worksWan = estimate.totalWan * standards.costShareWorks;
    estimate.otherWan = estimate.totalWan * standards.costShareOther;
    estimate.contingencyWan = estimate.totalWan * standards.costShareContingency;
    return estimate;
}

double landNeededM2(
    const std::array<double, kLevelCount>& seats, const Standards& standards, bool cityCentre)
{
    double land = 0;
    for (int l = 0; l < kLevelCount; ++l)
        land += std::max(0.0, seats[l])
            * (cityCentre ? standards.landPerStudentCityCentre[l] : standards.landPerStudent[l]);
    return land;
}

} // namespace seatplan::core
