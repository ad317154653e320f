// End-to-end tests of `seatplan-cli analyze` on the JSON input (tests/data/analyze_tiny.json:
// two zones of 100 children per age, schools of 540, 300 and 270 seats; see
// tests/core/planning_fixture.h for the same project worked by hand).
#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using seatplan::test::runCli;
using seatplan::test::testData;

namespace {

std::string project()
{
    return testData("analyze_tiny.json").string();
}

/// Returns the CSV rows (split at commas) of section `table` in `csv`.
std::vector<std::vector<std::string>> section(const std::string& csv, const std::string& table)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(csv);
    std::string line;
    bool inside = false;
    while (std::getline(in, line)) {
        if (line.rfind("# ", 0) == 0) {
            inside = line == "# " + table;
            continue;
        }
        if (!inside || line.empty())
            continue;
        std::vector<std::string> cells;
        std::istringstream cellStream(line);
        std::string cell;
        while (std::getline(cellStream, cell, ','))
            cells.push_back(cell);
        rows.push_back(cells);
    }
    return rows;
}

/// The balance row of `id`, `variant`, `year` in a CSV section (header first).
std::vector<std::string> balance(const std::vector<std::vector<std::string>>& rows,
    const std::string& id, const std::string& variant, const std::string& year)
{
    for (const auto& row : rows)
        if (row.size() > 4 && row[0] == id && row[3] == variant && row[4] == year)
            return row;
    return {};
}

} // namespace

TEST_CASE("analyze prints catchment shortfalls as a table", "[e2e][analyze]")
{
    const auto result = runCli({ "analyze", project(), "--years", "2021-2022" });
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("Scenario base, 2021-2022") != std::string::npos);
    CHECK(result.out.find("class.large") != std::string::npos); // s1's class of 57
    // 3 catchments x 3 variants x 2 years: only the years asked for.
    CHECK(result.out.find("catchments (18 rows)") != std::string::npos);
    // Levels and variants in words, in the user's language (CSV and JSON keep the codes).
    CHECK(result.out.find("Primary  Low") != std::string::npos);
    const auto zh
        = runCli({ "analyze", project(), "--years", "2021" }, { { "SEATPLAN_LANG", "zh" } });
    REQUIRE(zh.exitCode == 0);
    CHECK(zh.out.find("小学") != std::string::npos);
    CHECK(zh.out.find("中方案") != std::string::npos);
    CHECK(zh.out.find("  primary  ") == std::string::npos); // no level cell left as a code
    // Flags worded from their numbers in the user's language: s1's class of 57.
    CHECK(result.out.find("A class of 57 students (large: 56 or more).") != std::string::npos);
    CHECK(zh.out.find("有 57 人的班级（大班额：56 人及以上）") != std::string::npos);
}

TEST_CASE("analyze --format csv gives hand-checkable numbers", "[e2e][analyze]")
{
    const auto result = runCli({ "analyze", project(), "--format", "csv" });
    REQUIRE(result.exitCode == 0);
    const auto catchments = section(result.out, "catchments");
    REQUIRE(!catchments.empty());
    CHECK(catchments[0][0] == "id");
    // c1: 600 children against 12 x 45 = 540 seats: 60 short, 2 classes.
    const auto c1 = balance(catchments, "c1", "medium", "2021");
    REQUIRE(c1.size() == 12);
    CHECK(c1[5] == "600");
    CHECK(c1[6] == "540");
    CHECK(c1[7] == "60");
    CHECK(c1[9] == "2");
    // From 2024 the development (40000 m2 x FAR 2.5 / 100 m2 x 3 persons = 3000 residents)
    // adds 3000 x 52.14 / 1000 = 156.42 primary seats of demand.
    CHECK(balance(catchments, "c1", "medium", "2024")[5] == "756.42");
    const auto flags = section(result.out, "flags");
    bool resourceRoom = false;
    for (const auto& f : flags)
        resourceRoom = resourceRoom || (f[0] == "school.no_resource_room" && f[2] == "s1");
    CHECK(resourceRoom);
    const auto developments = section(result.out, "developments");
    REQUIRE(developments.size() == 2);
    CHECK(developments[1][0] == "d1");
    CHECK(section(result.out, "ledger").size() > 50);
}

TEST_CASE("analyze --scenario applies the scenario's and its parent's edits", "[e2e][analyze]")
{
    const auto result
        = runCli({ "analyze", project(), "--scenario", "expand-and-close", "--format", "csv" });
    REQUIRE(result.exitCode == 0);
    const auto schools = section(result.out, "schools");
    CHECK(balance(schools, "s1", "medium", "2022")[6] == "540");
    CHECK(balance(schools, "s1", "medium", "2023")[6] == "630"); // +2 classes (parent)
    CHECK(balance(schools, "s3", "medium", "2024")[6] == "0"); // closed
}

TEST_CASE("analyze --scenario applies a plot_status edit", "[e2e][analyze]")
{
    const auto base = section(runCli({ "analyze", project(), "--format", "csv" }).out, "plots");
    REQUIRE(base.size() == 2);
    CHECK(base[0][4] == "status");
    CHECK(base[1][4] == "planned");

    const auto result
        = runCli({ "analyze", project(), "--scenario", "plot-acquired", "--format", "csv" });
    REQUIRE(result.exitCode == 0);
    const auto plots = section(result.out, "plots");
    REQUIRE(plots.size() == 2);
    CHECK(plots[1][0] == "p1");
    CHECK(plots[1][4] == "acquired");
    CHECK(plots[1][5] == "land transferred");

    seatplan::test::TempDir dir;
    const auto bad = (dir / "bad.json").string();
    std::ofstream(bad) << R"({"counties":[],"towns":[],"zones":[],"schools":[],
        "scenarios":[{"name":"x","edits":[{"kind":"plot_status","plot_id":"p1","status":"sold"}]}]})";
    const auto rejected = runCli({ "analyze", bad, "--scenario", "x" });
    CHECK(rejected.exitCode == 3);
    CHECK(rejected.err.find("status") != std::string::npos);
}

TEST_CASE("analyze writes JSON to a file with -o", "[e2e][analyze]")
{
    seatplan::test::TempDir dir;
    const auto out = (dir / "results.json").string();
    const auto result = runCli({ "analyze", project(), "--format", "json", "-o", out });
    REQUIRE(result.exitCode == 0);
    std::ifstream file(out);
    const std::string json((std::istreambuf_iterator<char>(file)), {});
    CHECK(json.find("\"scenario\": \"base\"") != std::string::npos);
    CHECK(json.find("\"rule\": \"class.large\"") != std::string::npos);
    CHECK(json.find("\"build_plan\"") != std::string::npos);
}

TEST_CASE("analyze reports bad arguments with 2 and bad data with 3", "[e2e][analyze]")
{
    SECTION("unknown scenario")
    {
        const auto r = runCli({ "analyze", project(), "--scenario", "nope" });
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("expand-and-close") != std::string::npos);
    }
    SECTION("bad years and format")
    {
        CHECK(runCli({ "analyze", project(), "--years", "2021-20" }).exitCode == 2);
        CHECK(runCli({ "analyze", project(), "--format", "xml" }).exitCode == 2);
        CHECK(runCli({ "analyze", project(), "--years", "2040" }).exitCode == 3);
    }
    SECTION("a missing file")
    {
        const auto r = runCli({ "analyze", "/nonexistent/project.json" });
        CHECK(r.exitCode == 3);
        CHECK(r.err.find("/nonexistent/project.json") != std::string::npos);
    }
    SECTION("a bad value names the file and the field")
    {
        seatplan::test::TempDir dir;
        const auto path = (dir / "bad.json").string();
        std::ofstream(path)
            << R"({"counties":[{"code":"1"}],"towns":[{"code":"2","county_code":"1"}],
            "zones":[],"schools":[{"id":"s","level":"kindergarten","town_code":"2","county_code":"1"}]})";
        const auto r = runCli({ "analyze", path });
        CHECK(r.exitCode == 3);
        CHECK(r.err.find("schools[0].level") != std::string::npos);
        CHECK(r.err.find("kindergarten") != std::string::npos);
    }
}
