#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/results.h"
#include "seatplan/core/standards.h"

#include <vector>

namespace seatplan::core {

/**
 * Enrolment-weighted coefficient of variation (差异系数, STANDARDS.md 1.2): mean = sum(P x) /
 * sum(P), S = sqrt(sum(P/sum P (x - mean)^2)), CV = S / mean. `values` and `weights` have the
 * same length; weights >= 0 with a positive sum. Returns 0 when the mean is 0.
 * Throws InvalidInput on mismatched lengths, negative weights or a zero total weight.
 */
double weightedCv(const std::vector<double>& values, const std::vector<double>& weights);

/// Unweighted population CV (every school counts once). Shown for comparison only: 优质均衡
/// requires weightedCv().
double unweightedCv(const std::vector<double>& values);

/**
 * Shares of a multi-stage school's shared resources by stage (1 : 1.1 : 1.32 weighting):
 * returns {primary share, junior share}; the senior share is the rest.
 * E.g. 600 primary and 300 junior students: 600/(600+330) and 330/(600+330).
 */
std::array<double, kLevelCount> stageShares(
    double primaryStudents, double juniorStudents, double seniorStudents, const Standards& s);

/// The school pass rule: at least qualityMinMet ratios >= 1 and every ratio >= qualityMinRatio.
bool schoolPasses(const std::array<double, kQualityIndicatorCount>& ratios, const Standards& s);

/// Indicator rows for every public school with resources (teaching points under the minimum
/// excluded) and the per-county, per-level, per-indicator weighted CVs.
void evaluateQuality(const std::vector<School>& schools, const Standards& standards,
    std::vector<SchoolQualityRow>& rows, std::vector<CountyCvRow>& cvs);

} // namespace seatplan::core
