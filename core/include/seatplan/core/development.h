#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/results.h"
#include "seatplan/core/standards.h"

#include <vector>

namespace seatplan::core {

/**
 * Floor area -> dwellings -> residents -> seats per level (千人指标) -> classes -> standard
 * school size -> land (STANDARDS.md 5.2), and the FAR uplift in proportion (5.3):
 * extra seats = seats at F0 x (F1 - F0) / F0. `plot` is the development's reserved plot or
 * nullptr. Throws InvalidInput for negative areas or ratios.
 */
DevelopmentResult evaluateDevelopment(
    const Development& development, const Plot* plot, const Standards& standards);

/// Returns the smallest standard size (classes) of `type` >= `classes`, or 0 if none is.
int standardSchoolSize(SchoolType type, int classes, const Standards& standards);

/// Land a plot's planned school needs: classes x class size x land per student per stage
/// (nine-year: two thirds primary classes, one third junior); 0 when classes are unknown.
double plotLandNeeded(const Plot& plot, const Standards& standards);

} // namespace seatplan::core
