#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/results.h"

#include <QHash>
#include <QString>

namespace seatplan::ui {

/**
 * The years in which each flag of a school or catchment appears over the whole plan period, for
 * the comparison's "flag years" columns: key "school/ID" or "catchment/ID" -> text such as
 * "class.large; school.over_capacity 2024-2027, 2030" (rules sorted, runs of years joined, so
 * the first year of each flag leads; core's balance flags carry the first year they appear, a
 * flag about the base data has no year). Only flags of `level` (or of no level) and `variant`
 * (or of no variant) count. Pure; any thread.
 */
QHash<QString, QString> flagYearsBySubject(
    const core::Results& results, core::Level level, core::Variant variant);

/// The key of flagYearsBySubject() for a subject kind ("school", "catchment") and id.
QString flagSubjectKey(const std::string& kind, const std::string& id);

} // namespace seatplan::ui
