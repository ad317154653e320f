#include "seatplan/render/annex/annex_spreadsheets.h"

#include "seatplan/gis/table_export.h"

namespace seatplan::render {

namespace {

    gis::ExportTable exportTable(const AnnexTable& table)
    {
        gis::ExportTable out;
        out.name = table.number.toStdString();
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            out.columns.push_back(table.flatHeader(c).toStdString());
        for (const AnnexRow& row : table.rows) {
            std::vector<gis::ExportCell> cells;
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                if (c >= row.cells.size()) {
                    cells.emplace_back(std::monostate {});
                } else if (row.cells[c].number) {
                    cells.emplace_back(*row.cells[c].number);
                } else if (row.cells[c].text.isEmpty()) {
                    cells.emplace_back(std::monostate {});
                } else {
                    cells.emplace_back(row.cells[c].text.toStdString());
                }
            }
            out.rows.push_back(std::move(cells));
        }
        return out;
    }

} // namespace

QStringList writeAnnexSpreadsheets(const AnnexDocument& document, const QString& base)
{
    std::vector<gis::ExportTable> tables;
    for (const AnnexTable* table : document.tables())
        tables.push_back(exportTable(*table));
    QStringList files;
    const QString workbook = base + QStringLiteral(".xlsx");
    gis::writeXlsx(workbook.toStdString(), tables);
    files << workbook;
    for (const auto& table : tables) {
        const QString csv
            = base + QLatin1Char('-') + QString::fromStdString(table.name) + QStringLiteral(".csv");
        gis::writeCsv(csv.toStdString(), table);
        files << csv;
    }
    return files;
}

} // namespace seatplan::render
