// End-to-end tests of the bundled Meizhou sample (data/meizhou.gpkg) and `seatplan-cli sample`.
#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using seatplan::test::runCli;
using seatplan::test::runProcess;
using seatplan::test::sourceDir;

namespace {

// A read-only SQLite connection to a GeoPackage, closed on scope exit.
class Gpkg {
public:
    explicit Gpkg(const std::filesystem::path& path)
    {
        if (sqlite3_open_v2(path.string().c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr)
            != SQLITE_OK)
            FAIL("cannot open " << path);
    }
    ~Gpkg() { sqlite3_close_v2(m_db); }
    Gpkg(const Gpkg&) = delete;
    Gpkg& operator=(const Gpkg&) = delete;

    // Returns every row of `sql` as text, one string per row (blobs as hex, NULL as \N).
    std::vector<std::string> rows(const std::string& sql) const
    {
        sqlite3_stmt* statement = nullptr;
        std::vector<std::string> out;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
            FAIL(sql << ": " << sqlite3_errmsg(m_db));
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            std::string row;
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                if (c)
                    row += '|';
                if (sqlite3_column_type(statement, c) == SQLITE_NULL) {
                    row += "\\N";
                } else if (sqlite3_column_type(statement, c) == SQLITE_BLOB) {
                    const auto* bytes
                        = static_cast<const unsigned char*>(sqlite3_column_blob(statement, c));
                    static const char* hex = "0123456789abcdef";
                    for (int i = 0; i < sqlite3_column_bytes(statement, c); ++i) {
                        row += hex[bytes[i] >> 4];
                        row += hex[bytes[i] & 15];
                    }
                } else {
                    row += reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
                }
            }
            out.push_back(std::move(row));
        }
        sqlite3_finalize(statement);
        return out;
    }

    std::string value(const std::string& sql) const
    {
        const auto all = rows(sql);
        return all.empty() ? std::string() : all.front();
    }

private:
    sqlite3* m_db = nullptr;
};

std::filesystem::path committedSample()
{
    return sourceDir() / "data" / "meizhou.gpkg";
}

// The census 2020 population per county code, read from the real source file.
std::map<std::string, long long> censusPopulation(const std::filesystem::path& csv)
{
    std::map<std::string, long long> out;
    std::ifstream in(csv);
    std::string line;
    std::getline(in, line); // header (with BOM)
    while (std::getline(in, line)) {
        const auto first = line.find(',');
        const auto second = line.find(',', first + 1);
        const auto third = line.find(',', second + 1);
        out[line.substr(0, first)] = std::stoll(line.substr(second + 1, third - second - 1));
    }
    return out;
}

} // namespace

TEST_CASE("seatplan-cli sample reproduces the committed Meizhou project", "[e2e][sample]")
{
    REQUIRE(std::filesystem::exists(committedSample()));
    if (!seatplan::test::sharedData("data/real/SOURCES.md")) {
        WARN("../shared/data/real is absent: cannot rebuild the sample");
        return;
    }
    const seatplan::test::TempDir dir;
    const auto output = dir / "meizhou.gpkg";
    const auto result = runCli({ "sample", "-o", output.string() });
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("8 counties, 117 towns") != std::string::npos);

    // When the generator or the project store changes on purpose, rebuild the committed file:
    // build/bin/seatplan-cli sample -o data/meizhou.gpkg (see data/README.md).
    INFO("data/meizhou.gpkg is out of date if the code changed: rebuild it with "
         "build/bin/seatplan-cli sample -o data/meizhou.gpkg");
    const Gpkg committed(committedSample());
    const Gpkg rebuilt(output);
    const auto tables = committed.rows("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'rtree_%' AND name NOT LIKE 'sqlite_%' "
                                       "ORDER BY name");
    REQUIRE(tables.size() >= 10);
    CHECK(rebuilt.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'rtree_%' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        == tables);
    for (const auto& table : tables) {
        INFO("table " << table);
        // rowid order is the insertion order; every column, geometry blobs included.
        const std::string sql = "SELECT * FROM \"" + table + "\" ORDER BY rowid";
        CHECK(rebuilt.rows(sql) == committed.rows(sql));
    }
    // The population raster lives beside the project (gis store); it must match byte for byte.
    const auto readAll = [](const std::filesystem::path& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const auto committedRaster = sourceDir() / "data" / "meizhou.population.tif";
    REQUIRE(std::filesystem::exists(committedRaster));
    CHECK(readAll(dir / "meizhou.population.tif") == readAll(committedRaster));
}

TEST_CASE(
    "The sample's population matches the 2020 census in total and per county", "[e2e][sample]")
{
    const Gpkg sample(committedSample());
    CHECK(sample.value("SELECT CAST(SUM(population) AS INTEGER) FROM zones") == "3873239");
    CHECK(sample.value("SELECT SUM(population) FROM counties") == "3873239");
    CHECK(sample.value("SELECT CAST(SUM(persons) AS INTEGER) FROM seatplan_cohorts") == "3873239");
    const auto csv = seatplan::test::sharedData(
        "data/real/population/census2020_county/meizhou_population.csv");
    if (!csv) {
        WARN("the census file is absent: per-county check skipped");
        return;
    }
    const auto census = censusPopulation(*csv);
    REQUIRE(census.size() == 8);
    for (const auto& [code, population] : census) {
        INFO("county " << code);
        CHECK(
            sample.value("SELECT CAST(SUM(population) AS INTEGER) FROM zones WHERE county_code = '"
                + code + "'")
            == std::to_string(population));
        CHECK(sample.value("SELECT CAST(SUM(c.persons) AS INTEGER) FROM seatplan_cohorts c JOIN "
                           "zones z ON z.id = c.zone_id WHERE z.county_code = '"
                  + code + "'")
            == std::to_string(population));
    }
}

TEST_CASE("The sample has 8 counties, the 117 NBS townships and about 800 schools", "[e2e][sample]")
{
    const Gpkg sample(committedSample());
    CHECK(sample.value("SELECT COUNT(*) FROM counties") == "8");
    CHECK(sample.value("SELECT COUNT(DISTINCT code) FROM towns") == "117");
    CHECK(sample.value("SELECT COUNT(*) FROM towns WHERE code = '441402004' AND name = '江南街道'")
        == "1");
    const int schools = std::stoi(sample.value("SELECT COUNT(*) FROM schools"));
    CHECK(schools >= 700);
    CHECK(schools <= 900);
    const int zones = std::stoi(sample.value("SELECT COUNT(*) FROM zones"));
    CHECK(zones >= 1800);
    CHECK(zones <= 2300);
    // The real pattern: some urban schools over 2000 students and classes of 56 or more.
    CHECK(std::stoi(sample.value("SELECT COUNT(*) FROM schools WHERE "
                                 "students_primary + students_junior > 2000"))
        > 0);
    CHECK(std::stoi(sample.value("SELECT COUNT(*) FROM schools WHERE max_class_size >= 56")) > 0);
    CHECK(
        std::stoi(sample.value("SELECT COUNT(*) FROM schools WHERE level = 'teaching_point'")) > 0);
    CHECK(sample.value("SELECT COUNT(*) FROM developments WHERE far_new > far_old") == "1");
    CHECK(std::stoi(sample.value("SELECT COUNT(*) FROM developments WHERE school_plot_id IS NULL"))
        > 0);
    CHECK(sample.value("SELECT COUNT(*) FROM seatplan_births WHERE year = 2021") == "8");
    CHECK(sample.value("SELECT CAST(SUM(births) AS INTEGER) FROM seatplan_births WHERE year = 2021")
        == "49900");
    CHECK(sample.value("SELECT MIN(year) || '-' || MAX(year) FROM seatplan_enrolment")
        == "2016-2020");
    CHECK(
        sample.value("SELECT value FROM seatplan_metadata WHERE key = 'region_code'") == "441400");
}

TEST_CASE("The sample GeoPackage passes GDAL's validator", "[e2e][sample]")
{
    const std::filesystem::path validator
        = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";
    if (!std::filesystem::exists(validator)) {
        WARN("validate_gpkg.py is absent: " << validator);
        return;
    }
    const auto result
        = runProcess("/usr/bin/python3", { validator.string(), committedSample().string() });
    INFO(result.out << result.err);
    CHECK(result.exitCode == 0);
}

TEST_CASE("The sample's counties sit where the GCJ-02-corrected DataV boundaries put them",
    "[e2e][sample]")
{
    const auto datav
        = seatplan::test::sharedData("data/real/boundaries/datav_2021/441400_full.json");
    if (!datav) {
        WARN("the DataV boundaries are absent");
        return;
    }
    // The raw DataV polygon, read as if it were WGS84, projected; against the project's polygon.
    const std::string script = R"(
import sys
from osgeo import ogr, osr
ogr.UseExceptions()
src = osr.SpatialReference(); src.ImportFromEPSG(4326)
dst = osr.SpatialReference(); dst.ImportFromEPSG(4548)
for s in (src, dst): s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
ct = osr.CoordinateTransformation(src, dst)
raw_ds = ogr.Open(sys.argv[1]); raw = raw_ds.GetLayer(0)
project_ds = ogr.Open(sys.argv[2]); project = project_ds.GetLayer('counties')
for f in raw:
    code = str(f.GetField('adcode'))
    g = f.GetGeometryRef().Clone(); g.Transform(ct)
    project.SetAttributeFilter("code = '%s'" % code)
    feature = project.GetNextFeature()
    a, b = g.Centroid(), feature.GetGeometryRef().Centroid()
    print(code, round(a.GetX() - b.GetX(), 1), round(a.GetY() - b.GetY(), 1))
)";
    const auto result = runProcess(
        "/usr/bin/python3", { "-c", script, datav->string(), committedSample().string() });
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    std::istringstream lines(result.out);
    std::string code;
    double dx = 0;
    double dy = 0;
    int counties = 0;
    while (lines >> code >> dx >> dy) {
        INFO("county " << code << ": raw GCJ-02 minus project = " << dx << ", " << dy << " m");
        // GCJ-02 lies about 490 m east and 290 m south of WGS84 at Meizhou (SOURCES.md).
        const double shift = std::hypot(dx, dy);
        CHECK(shift > 450);
        CHECK(shift < 700);
        CHECK(dx > 350);
        CHECK(dy < -150);
        ++counties;
    }
    CHECK(counties == 8);
}

TEST_CASE("seatplan-cli sample refuses a scale below 1 as a usage error", "[e2e][sample]")
{
    const seatplan::test::TempDir dir;
    const auto result = runCli({ "sample", "--scale", "0", "-o", (dir / "x.gpkg").string() });
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("--scale") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "x.gpkg"));
}

TEST_CASE(
    "Analysing the sample shows urban shortfalls and rural surpluses in 2021-2025", "[e2e][sample]")
{
    const seatplan::test::TempDir dir;
    const auto csv = dir / "analysis.csv";
    const auto result = runCli({ "analyze", committedSample().string(), "--format", "csv",
        "--years", "2021-2025", "-o", csv.string() });
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    std::ifstream in(csv);
    std::string line;
    bool counties = false;
    // (county, level) -> years with a shortfall / a surplus, medium variant
    std::map<std::pair<std::string, std::string>, std::pair<int, int>> years;
    while (std::getline(in, line)) {
        if (line.rfind("# ", 0) == 0) {
            counties = line == "# counties";
            continue;
        }
        std::vector<std::string> f;
        std::stringstream fields(line);
        for (std::string field; std::getline(fields, field, ',');)
            f.push_back(field);
        // id,county,level,variant,year,demand,capacity,shortfall,surplus,...
        if (!counties || f.size() < 9 || f[3] != "medium")
            continue;
        auto& count = years[{ f[0], f[2] }];
        count.first += std::stod(f[7]) > 0 ? 1 : 0;
        count.second += std::stod(f[8]) > 0 ? 1 : 0;
    }
    // 梅江区 (the city centre) is short of primary and junior seats every year; 梅县区 of
    // junior seats; rural 五华县 and 大埔县 have empty primary seats every year.
    CHECK(years[{ "441402", "primary" }].first == 5);
    CHECK(years[{ "441402", "junior" }].first == 5);
    CHECK(years[{ "441403", "junior" }].first == 5);
    CHECK(years[{ "441424", "primary" }].second == 5);
    CHECK(years[{ "441422", "primary" }].second == 5);
}
