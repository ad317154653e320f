// End-to-end tests of `seatplan-cli annex` on the bundled Meizhou sample project: the PDF's
// text, fonts and pages, its figures against `seatplan-cli analyze`, and the spreadsheets.
#include "pdf_tools.h"
#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace seatplan::test;

namespace {

// A fixed cover date (2025-01-01) makes two runs comparable byte for byte.
const std::vector<std::pair<std::string, std::string>> kEnvironment { { "SOURCE_DATE_EPOCH",
    "1735689600" } };

std::string sampleProject()
{
    return (sourceDir() / "data" / "meizhou.gpkg").string();
}

std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

std::string compact(std::string text)
{
    std::erase(text, ' ');
    return text;
}

std::string thousands(double value)
{
    return QLocale(QLocale::English).toString(value, 'f', 0).toStdString();
}

/// Rows of a CSV without quotes inside (the tables' text has no commas).
std::vector<std::vector<std::string>> csvRows(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(text.rfind("\xEF\xBB\xBF", 0) == 0 ? text.substr(3) : text);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::vector<std::string> cells;
        std::istringstream fields(line);
        for (std::string cell; std::getline(fields, cell, ',');)
            cells.push_back(cell);
        rows.push_back(cells);
    }
    return rows;
}

} // namespace

TEST_CASE(
    "The annex of the sample project has its headings, figures, fonts and pages", "[e2e][annex]")
{
    TempDir dir;
    const auto pdf = dir / "annex.pdf";
    const auto result
        = runCli({ "annex", sampleProject(), "--lang", "zh", "-o", pdf.string() }, kEnvironment);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const std::string text = pdfText(pdf.string());
    const std::string flat = compact(text);

    SECTION("the Chinese headings and numbered tables are there, in order")
    {
        std::size_t at = 0;
        for (const char* heading : { "一、工作方案目标达成情况", "二、学位需求与供给",
                 "三、学位缺口片区及分年度建设需求", "四、学校建设项目", "五、超规模学校与大班额",
                 "六、教育用地保障", "七、假设与参数", "八、图集" }) {
            INFO(heading);
            const std::size_t found = flat.find(heading, at);
            CHECK(found != std::string::npos);
            at = found == std::string::npos ? at : found;
        }
        CHECK(flat.find("附表5“十四五”期间义务教育学校建设项目表") != std::string::npos);
        CHECK(flat.find("（续）") != std::string::npos);
        CHECK(flat.find("审图号") != std::string::npos);
        CHECK(flat.find("比例尺1:") != std::string::npos);
        CHECK(flat.find("2025年1月1日") != std::string::npos);
    }

    SECTION("a county's demand, supply and shortfall match seatplan-cli analyze")
    {
        const auto json = dir / "results.json";
        const auto analyzed = runCli({ "analyze", sampleProject(), "--years", "2021-2025",
            "--format", "json", "-o", json.string() });
        REQUIRE(analyzed.exitCode == 0);
        const QJsonObject results
            = QJsonDocument::fromJson(QByteArray::fromStdString(readText(json))).object();
        // 梅江区 (441402), medium variant: the county row of 附表2 lists, per year, demand,
        // supply and shortfall.
        for (const char* level : { "primary", "junior" }) {
            std::string expected
                = std::string("梅江区") + (level == std::string("primary") ? "小学" : "初中");
            int years = 0;
            for (const auto& value : results.value("counties").toArray()) {
                const QJsonObject row = value.toObject();
                if (row.value("county").toString() != "441402"
                    || row.value("variant").toString() != "medium"
                    || row.value("level").toString() != level)
                    continue;
                expected += thousands(row.value("demand").toDouble())
                    + thousands(row.value("capacity").toDouble())
                    + thousands(row.value("shortfall").toDouble());
                ++years;
            }
            INFO(expected);
            CHECK(years == 5);
            CHECK(flat.find(expected) != std::string::npos);
        }
    }

    SECTION("every font is embedded and every page has ink")
    {
        const auto fonts = pdfFonts(pdf.string());
        REQUIRE(fonts.size() >= 2);
        for (const auto& font : fonts) {
            INFO(font.name);
            CHECK(font.embedded);
        }
        TempDir pages;
        const auto ink = pdfInkPerPage(pdf.string(), pages.path().string(), 12);
        CHECK(int(ink.size()) == pdfPageCount(pdf.string()));
        for (std::size_t page = 0; page < ink.size(); ++page) {
            INFO("page " << page + 1);
            CHECK(ink[page] > 0.0005);
        }
    }

    SECTION("the atlas is vector: one primary and one junior map per county, no images")
    {
        CHECK(flat.find("梅江区小学学位缺口分区图") != std::string::npos);
        CHECK(flat.find("梅江区初中学位缺口分区图") != std::string::npos);
        CHECK(flat.find("图例（初中招生片区2025年学位缺口）") != std::string::npos);
        // pdfimages lists a header of two lines and then one line per image: the maps are
        // drawn as paths and text, not as pictures.
        const auto images = runProcess("/usr/bin/pdfimages", { "-list", pdf.string() });
        REQUIRE(images.exitCode == 0);
        CHECK(std::count(images.out.begin(), images.out.end(), '\n') == 2);
    }

    SECTION("the build plan gives the teachers the new classes need")
    {
        CHECK(flat.find("需新增") != std::string::npos);
        CHECK(flat.find("教职工编制标准（小学1:19、初中1:13.5）") != std::string::npos);
        CHECK(flat.find("县级财政+上级补助") != std::string::npos);
    }

    SECTION("a table spanning pages keeps every row (附表3, catchments short of seats)")
    {
        const auto rows = csvRows(readText(dir / "annex-附表3.csv"));
        REQUIRE(rows.size() > 40); // header, 合计 and the catchments: several pages
        CHECK(rows[1][0] == "合计");
        for (std::size_t r = 2; r < rows.size(); ++r) {
            // Each row is printed as its number followed by its county, town and catchment.
            const std::string printed = rows[r][0] + rows[r][1] + rows[r][2] + rows[r][3];
            INFO(printed);
            CHECK(flat.find(printed) != std::string::npos);
        }
    }

    SECTION("the assumptions ledger names every parameter in Chinese, with its key beside it")
    {
        const auto rows = csvRows(readText(dir / "annex-附表9.csv"));
        REQUIRE(rows.size() > 100);
        CHECK(rows[0][1] == "参数名称");
        CHECK(rows[0].back() == "参数键");
        bool classSize = false;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const std::string& name = rows[r][1];
            const std::string& key = rows[r].back();
            INFO(key << " -> " << name);
            CHECK_FALSE(key.empty());
            // No raw key and no English word in the name column.
            CHECK(std::none_of(name.begin(), name.end(),
                [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; }));
            classSize = classSize || (key == "class_size.primary" && name == "标准班额（小学）");
        }
        CHECK(classSize);
        CHECK(flat.find("标准班额（小学）") != std::string::npos);
        CHECK(flat.find("核验：V＝已在原文件中核实") != std::string::npos);
    }

    SECTION("the cover has no nested brackets and the PDF stays small")
    {
        const auto cover
            = runProcess("/usr/bin/pdftotext", { "-f", "1", "-l", "1", pdf.string(), "-" });
        REQUIRE(cover.exitCode == 0);
        const std::string page = compact(cover.out);
        INFO(page);
        CHECK(page.find("梅州市“十四五”义务教育学位建设规划附表") != std::string::npos);
        CHECK(page.find("））") == std::string::npos);
        CHECK(page.find("）（") == std::string::npos);
        // Map labels are text over a natively stroked halo (not outlines): the whole annex,
        // 16 atlas pages included, was 17 MB before.
        CHECK(std::filesystem::file_size(pdf) < 8'000'000);
    }

    SECTION("the workbook opens with GDAL and holds the PDF's numbers")
    {
        const auto sheet = runProcess("/usr/bin/ogr2ogr",
            { "-f", "CSV", "/vsistdout/", (dir / "annex.xlsx").string(), "附表5" });
        INFO(sheet.err);
        REQUIRE(sheet.exitCode == 0);
        const auto rows = csvRows(sheet.out);
        REQUIRE(rows.size() > 2);
        // The 合计 row: its investment total (万元, column 总投资/合计) is printed in the PDF.
        const auto& header = rows[0];
        const auto column = std::find(header.begin(), header.end(), "总投资（万元）/合计");
        REQUIRE(column != header.end());
        const double total = std::stod(rows[1][column - header.begin()]);
        CHECK(total > 0);
        CHECK(flat.find(QLocale(QLocale::English).toString(total, 'f', 1).toStdString())
            != std::string::npos);
        CHECK(std::filesystem::exists(dir / "annex-附表1.csv"));
    }
}

TEST_CASE(
    "The annex of one county is reproducible and --split writes it per county", "[e2e][annex]")
{
    TempDir dir;
    const auto first = dir / "a.pdf";
    const auto second = dir / "b.pdf";
    REQUIRE(
        runCli({ "annex", sampleProject(), "--county", "441427", "--split", "-o", first.string() },
            kEnvironment)
            .exitCode
        == 0);
    REQUIRE(runCli({ "annex", sampleProject(), "--county", "441427", "-o", second.string() },
                kEnvironment)
                .exitCode
        == 0);
    CHECK(readText(first) == readText(second));
    CHECK(std::filesystem::exists(dir / "a-441427.pdf"));
    CHECK(compact(pdfText(first.string())).find("蕉岭县") != std::string::npos);
}

TEST_CASE("The annex speaks English with --lang en and refuses bad options", "[e2e][annex]")
{
    TempDir dir;
    const auto pdf = dir / "annex.pdf";
    const auto result = runCli({ "annex", sampleProject(), "--county", "441427", "--lang", "en",
                                   "--paper", "a3", "-o", pdf.string() },
        kEnvironment);
    REQUIRE(result.exitCode == 0);
    const std::string text = pdfText(pdf.string());
    CHECK(text.find("Work-plan targets by county") != std::string::npos);
    CHECK(text.find("Table 1") != std::string::npos);
    CHECK(text.find("Standard class size, primary") != std::string::npos);
    CHECK(text.find("students per class") != std::string::npos);

    CHECK(
        runCli({ "annex", sampleProject(), "--years", "2025", "-o", pdf.string() }).exitCode == 2);
    CHECK(runCli({ "annex", sampleProject(), "--county", "999999", "-o", pdf.string() }).exitCode
        == 2);
    CHECK(runCli({ "annex", sampleProject() }).exitCode == 2);
    CHECK(runCli({ "annex", "/nonexistent.gpkg", "-o", pdf.string() }).exitCode != 0);
}
