#pragma once

#include <string>
#include <variant>
#include <vector>

namespace seatplan::gis {

/// One cell of an exported table: empty, a number, or UTF-8 text.
using ExportCell = std::variant<std::monostate, double, std::string>;

/**
 * A plain table to hand to a spreadsheet: a sheet name, column headers and rows of cells.
 * A column whose non-empty cells are all numbers is written as a numeric column; any text
 * cell makes the whole column text. Rows shorter than `columns` are padded with empty cells.
 * A value type with no library handles; safe to share read-only between threads.
 */
struct ExportTable {
    std::string name; ///< sheet name, e.g. "附表1"; XLSX limits it to 31 characters
    std::vector<std::string> columns; ///< header of each column (UTF-8)
    std::vector<std::vector<ExportCell>> rows;
};

/**
 * Writes `tables` to the Excel workbook `path` through GDAL's XLSX driver, one sheet per table
 * in order, the headers in the first row. Replaces an existing file. Sheet names are cut to
 * 31 characters and characters Excel forbids ([]:*?/\) become '_'; duplicate names get a
 * suffix. Throws std::runtime_error naming the file, sheet and reason when GDAL fails.
 */
void writeXlsx(const std::string& path, const std::vector<ExportTable>& tables);

/**
 * Writes `table` to `path` as CSV (RFC 4180: comma separated, CRLF line ends, quotes where
 * needed), UTF-8 with a byte-order mark so that Excel opens the Chinese text correctly.
 * Numbers are written with up to 15 significant digits. Throws std::runtime_error naming the
 * file when it cannot be written.
 */
void writeCsv(const std::string& path, const ExportTable& table);

} // namespace seatplan::gis
