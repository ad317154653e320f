#pragma once

#include "seatplan/core/results.h"

#include <QByteArray>

namespace seatplan::cli {

/// Output formats of `seatplan-cli analyze`.
enum class AnalyzeFormat { Table, Json, Csv };

/**
 * Writes `results` as UTF-8 text in `format` (README "analyze output"):
 * - Table: aligned text, one titled section per table (counties, towns, catchments, schools,
 *   build plan, flags, developments, plots, 优质均衡 schools and CVs, work plan, ledger);
 *   levels, variants, plot statuses and yes/no in the current language (render::CodeLabels);
 * - Csv: the same sections, each a line "# <table>", a header row and its rows (RFC 4180
 *   quoting), sections separated by a blank line;
 * - Json: one object with a key per table (snake_case fields).
 */
QByteArray formatResults(const core::Results& results, AnalyzeFormat format);

} // namespace seatplan::cli
