#include "seatplan/gis/table_export.h"

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <set>
#include <stdexcept>
#include <type_traits>

namespace seatplan::gis {

namespace {

    struct DatasetCloser {
        void operator()(GDALDatasetH handle) const noexcept { GDALClose(handle); }
    };
    using DatasetPtr = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;

    struct FeatureDestroyer {
        void operator()(OGRFeatureH handle) const noexcept { OGR_F_Destroy(handle); }
    };
    using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;

    struct FieldDefnDestroyer {
        void operator()(OGRFieldDefnH handle) const noexcept { OGR_Fld_Destroy(handle); }
    };
    using FieldDefnPtr = std::unique_ptr<std::remove_pointer_t<OGRFieldDefnH>, FieldDefnDestroyer>;

    [[noreturn]] void fail(const std::string& path, const std::string& what)
    {
        std::string message = path + ": " + what;
        const char* gdalMessage = CPLGetLastErrorMsg();
        if (gdalMessage && *gdalMessage)
            message += " (" + std::string(gdalMessage) + ")";
        throw std::runtime_error(message);
    }

    bool isNumericColumn(const ExportTable& table, std::size_t column)
    {
        bool any = false;
        for (const auto& row : table.rows) {
            if (column >= row.size() || std::holds_alternative<std::monostate>(row[column]))
                continue;
            if (!std::holds_alternative<double>(row[column]))
                return false;
            any = true;
        }
        return any;
    }

    // Excel refuses sheet names longer than 31 characters (UTF-16 units) or with []:*?/\.
    std::string sheetName(const std::string& wanted, std::set<std::string>& used)
    {
        std::u32string chars;
        for (std::size_t i = 0; i < wanted.size();) {
            const auto byte = static_cast<unsigned char>(wanted[i]);
            const int length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
            char32_t code = length == 1 ? byte : byte & (0xFF >> (length + 1));
            for (int k = 1; k < length && i + k < wanted.size(); ++k)
                code = (code << 6) | (static_cast<unsigned char>(wanted[i + k]) & 0x3F);
            chars.push_back(
                std::u32string(U"[]:*?/\\").find(code) == std::u32string::npos ? code : U'_');
            i += length;
        }
        if (chars.empty())
            chars = U"Sheet";
        for (int suffix = 1;; ++suffix) {
            std::u32string candidate = chars;
            const std::u32string tail = suffix == 1 ? U"" : U"_" + [&] {
                std::u32string digits;
                for (char c : std::to_string(suffix))
                    digits.push_back(static_cast<char32_t>(c));
                return digits;
            }();
            if (candidate.size() + tail.size() > 31)
                candidate.resize(31 - tail.size());
            candidate += tail;
            std::string utf8;
            for (char32_t code : candidate) {
                if (code < 0x80) {
                    utf8.push_back(static_cast<char>(code));
                } else if (code < 0x800) {
                    utf8.push_back(static_cast<char>(0xC0 | (code >> 6)));
                    utf8.push_back(static_cast<char>(0x80 | (code & 0x3F)));
                } else if (code < 0x10000) {
                    utf8.push_back(static_cast<char>(0xE0 | (code >> 12)));
                    utf8.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
                    utf8.push_back(static_cast<char>(0x80 | (code & 0x3F)));
                } else {
                    utf8.push_back(static_cast<char>(0xF0 | (code >> 18)));
                    utf8.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
                    utf8.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
                    utf8.push_back(static_cast<char>(0x80 | (code & 0x3F)));
                }
            }
            if (used.insert(utf8).second)
                return utf8;
        }
    }

    std::string numberText(double value)
    {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.15g", value);
        return buffer;
    }

    void writeSheet(GDALDatasetH dataset, const std::string& path, const ExportTable& table,
        const std::string& name)
    {
        OGRLayerH layer = GDALDatasetCreateLayer(dataset, name.c_str(), nullptr, wkbNone, nullptr);
        if (!layer)
            fail(path, "cannot create sheet " + name);
        std::vector<bool> numeric(table.columns.size());
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            numeric[c] = isNumericColumn(table, c);
            FieldDefnPtr field(
                OGR_Fld_Create(table.columns[c].c_str(), numeric[c] ? OFTReal : OFTString));
            if (OGR_L_CreateField(layer, field.get(), TRUE) != OGRERR_NONE)
                fail(path, "sheet " + name + ": cannot create column " + table.columns[c]);
        }
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            FeaturePtr feature(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
            const auto& row = table.rows[r];
            for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
                const int field = static_cast<int>(c);
                if (const auto* number = std::get_if<double>(&row[c])) {
                    if (numeric[c])
                        OGR_F_SetFieldDouble(feature.get(), field, *number);
                    else
                        OGR_F_SetFieldString(feature.get(), field, numberText(*number).c_str());
                } else if (const auto* text = std::get_if<std::string>(&row[c])) {
                    OGR_F_SetFieldString(feature.get(), field, text->c_str());
                }
            }
            if (OGR_L_CreateFeature(layer, feature.get()) != OGRERR_NONE)
                fail(path, "sheet " + name + ": cannot write row " + std::to_string(r + 1));
        }
    }

    std::string csvField(const std::string& text)
    {
        if (text.find_first_of(",\"\r\n") == std::string::npos)
            return text;
        std::string quoted = "\"";
        for (char c : text) {
            if (c == '"')
                quoted += '"';
            quoted += c;
        }
        return quoted + '"';
    }

} // namespace

void writeXlsx(const std::string& path, const std::vector<ExportTable>& tables)
{
    GDALDriverH driver = GDALGetDriverByName("XLSX");
    if (!driver)
        fail(path, "GDAL has no XLSX driver");
    VSIUnlink(path.c_str());
    CPLErrorReset();
    DatasetPtr dataset(GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        fail(path, "cannot create the workbook");
    std::set<std::string> used;
    for (const auto& table : tables)
        writeSheet(dataset.get(), path, table, sheetName(table.name, used));
    // Closing writes the zip; a failure there is the last chance to report it.
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() >= CE_Failure)
        fail(path, "cannot finish the workbook");
}

void writeCsv(const std::string& path, const ExportTable& table)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw std::runtime_error(path + ": cannot open for writing");
    out << "\xEF\xBB\xBF";
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        out << (c ? "," : "") << csvField(table.columns[c]);
    out << "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c)
                out << ',';
            if (c >= row.size())
                continue;
            if (const auto* number = std::get_if<double>(&row[c]))
                out << numberText(*number);
            else if (const auto* text = std::get_if<std::string>(&row[c]))
                out << csvField(*text);
        }
        out << "\r\n";
    }
    out.flush();
    if (!out)
        throw std::runtime_error(path + ": write failed");
}

} // namespace seatplan::gis
