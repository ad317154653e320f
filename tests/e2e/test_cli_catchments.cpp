// End-to-end tests of `seatplan-cli catchments` on the Meizhou sample project.
#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

using seatplan::test::runCli;
using seatplan::test::TempDir;

namespace {

std::filesystem::path sampleCopy(const TempDir& dir)
{
    const auto sample = seatplan::test::sourceDir() / "data" / "meizhou.gpkg";
    const auto copy = dir / "meizhou.gpkg";
    std::filesystem::copy_file(sample, copy);
    return copy;
}

/// Returns the school id of each row of table `table` in the GeoPackage `path`.
std::multiset<std::string> schoolIds(const std::filesystem::path& path, const std::string& table)
{
    std::multiset<std::string> ids;
    sqlite3* db = nullptr;
    REQUIRE(
        sqlite3_open_v2(path.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    const std::string sql = "SELECT school_ids, level, area_m2 FROM \"" + table + "\"";
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ids.insert(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1))) == "junior");
        CHECK(sqlite3_column_double(stmt, 2) > 0);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ids;
}

} // namespace

TEST_CASE(
    "catchments draws one Voronoi cell per school and writes a GeoPackage", "[e2e][catchments]")
{
    TempDir dir;
    const auto project = sampleCopy(dir);
    const auto out = dir / "junior.gpkg";
    const auto result
        = runCli({ "catchments", project.string(), "--level", "junior", "-o", out.string() });
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("Wrote") != std::string::npos);
    const auto ids = schoolIds(out, "junior");
    CHECK(ids.size() > 100);
    for (const auto& id : ids)
        CHECK(ids.count(id) == 1); // one cell per school

    // The summary without -o lists the same number of catchments.
    const auto summary = runCli({ "catchments", project.string(), "--level", "junior" });
    REQUIRE(summary.exitCode == 0);
    CHECK(summary.out.find(std::to_string(ids.size()) + " catchment") != std::string::npos);
}

TEST_CASE("catchments --method nearest assigns whole zones and writes GeoJSON", "[e2e][catchments]")
{
    TempDir dir;
    const auto project = sampleCopy(dir);
    const auto out = dir / "nearest.geojson";
    const auto result = runCli({ "catchments", project.string(), "--method", "nearest", "--level",
        "primary", "-o", out.string() });
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    std::ifstream in(out);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text.find("\"FeatureCollection\"") != std::string::npos);
    CHECK(text.find("\"zone_ids\"") != std::string::npos);
    CHECK(text.find("\"method\": \"nearest\"") != std::string::npos);
}

TEST_CASE("catchments rejects an unknown method or level with exit code 2", "[e2e][catchments]")
{
    TempDir dir;
    const auto project = sampleCopy(dir);
    CHECK(runCli({ "catchments", project.string(), "--method", "hexagons" }).exitCode == 2);
    CHECK(runCli({ "catchments", project.string(), "--level", "senior" }).exitCode == 2);
    CHECK(runCli({ "catchments", (dir / "missing.gpkg").string() }).exitCode == 3);
}
