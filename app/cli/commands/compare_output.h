#pragma once

#include "seatplan/core/scenario_compare.h"

#include <QByteArray>

namespace seatplan::cli {

/// How `seatplan-cli compare` writes a comparison.
enum class CompareFormat { Table, Csv, Json };

/**
 * Formats `comparison` (README.md "compare output"): a text table per section, one CSV table
 * (kind, id, level, variant, year, the A and B values and the change; flags and zones with
 * their text in `note`), or one JSON object. `changedOnly` drops balance rows that did not
 * change. UTF-8; numbers with one decimal in the table, full precision in CSV and JSON.
 */
QByteArray formatComparison(
    const core::ScenarioComparison& comparison, CompareFormat format, bool changedOnly);

} // namespace seatplan::cli
