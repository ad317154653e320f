#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace seatplan::render {

/// One column of an annex table. Numeric columns are right-aligned and written as numbers to
/// the spreadsheets; `group` gives a second header level spanning adjacent columns with the
/// same group (e.g. 新增学位(个) over 小学 | 初中).
struct AnnexColumn {
    QString header; ///< e.g. "小学"
    QString group; ///< e.g. "新增学位(个)"; empty = the header spans both header rows
    bool numeric = false;
    int decimals = 0; ///< digits after the point for numeric cells
    double width = 1.0; ///< relative width; the composer scales columns to the page
    bool small = false; ///< printed smaller: reference texts such as parameter keys
};

/// One cell: display text, and the number behind it for numeric cells (nullopt = blank/text).
struct AnnexCell {
    QString text;
    std::optional<double> number;
};

/// What a row is: printed bold and kept in the spreadsheet as the first/group rows.
enum class AnnexRowKind { Data, Subtotal, Total };

/// One row of an annex table; `cells` has one cell per column.
struct AnnexRow {
    AnnexRowKind kind = AnnexRowKind::Data;
    std::vector<AnnexCell> cells;
};

/**
 * A numbered annex table (附表N): title, units line, two-level header and rows, with 合计 and
 * 小计 rows marked. The composer paginates it (header repeated, "(续)" on continued pages) and
 * the spreadsheet writer exports the same rows. A plain value type.
 */
struct AnnexTable {
    QString number; ///< "附表1" (or "Table 1"); also the spreadsheet sheet and file name
    QString title; ///< e.g. "梅县区“十四五”义务教育学校建设项目表"
    QString units; ///< e.g. "单位：个、㎡、亩、万元"; printed right-aligned above the table
    QString note; ///< printed below the table (sources, 口径); may be empty
    std::vector<AnnexColumn> columns;
    std::vector<AnnexRow> rows;

    /// Returns a cell with `value` rounded to `decimals` digits, printed with thousands
    /// separators; the cell's number is the rounded value.
    static AnnexCell numberCell(double value, int decimals = 0);
    /// Returns a text cell.
    static AnnexCell textCell(const QString& text);
    /// Returns the header of column `index` as one line: "group/header" or "header".
    QString flatHeader(std::size_t index) const;
};

} // namespace seatplan::render
