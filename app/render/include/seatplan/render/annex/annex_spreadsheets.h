#pragma once

#include "seatplan/render/annex/annex_document.h"

#include <QString>
#include <QStringList>

namespace seatplan::render {

/**
 * Writes every table of `document` for the bureau to edit: one workbook `<base>.xlsx` with one
 * sheet per table named by its number (附表1, ...), and one `<base>-<number>.csv` per table.
 * Headers are flattened ("新增学位（个）/小学"); numeric cells are numbers, the rest text;
 * the rows are the PDF's rows (合计 and 小计 included), in the same order. Returns the files
 * written. Throws std::runtime_error naming the file when one cannot be written.
 */
QStringList writeAnnexSpreadsheets(const AnnexDocument& document, const QString& base);

} // namespace seatplan::render
