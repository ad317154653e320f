// End-to-end tests of `seatplan-cli plots` on the Meizhou sample project.
#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using seatplan::test::runCli;
using seatplan::test::TempDir;

namespace {

/// Splits a simple CSV line (no quoted commas in the cells read here).
std::vector<std::string> cells(const std::string& line)
{
    std::vector<std::string> out;
    std::istringstream in(line);
    std::string cell;
    while (std::getline(in, cell, ','))
        out.push_back(cell);
    return out;
}

} // namespace

TEST_CASE("plots writes the land, reach, land-use and clearance check of every plot as CSV",
    "[e2e][plots]")
{
    TempDir dir;
    const auto project = dir / "meizhou.gpkg";
    std::filesystem::copy_file(seatplan::test::sourceDir() / "data" / "meizhou.gpkg", project);
    const auto out = dir / "plots.csv";
    const auto result = runCli({ "plots", project.string(), "-o", out.string() });
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.find("fail the land or clearance check") != std::string::npos);

    std::ifstream in(out);
    std::string header;
    std::getline(in, header);
    CHECK(header.find("Railway distance (m)") != std::string::npos);
    std::map<std::string, std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const auto c = cells(line);
        if (!c.empty())
            rows[c[0]] = c;
    }
    REQUIRE(rows.size() == 19);
    // P0002: 12 junior classes need 13,800 m2; the plot has about 8,500 m2.
    const auto& p2 = rows.at("P0002");
    REQUIRE(p2.size() >= 17);
    CHECK(std::stod(p2[4]) == Approx(8524).margin(1));
    CHECK(std::stod(p2[5]) == Approx(13800));
    CHECK(p2[6] == "no");
    CHECK(std::stoi(p2[7]) > 0); // demand zones within the 1000 m junior radius
    CHECK(p2[10].find("C0311") != std::string::npos); // a shortfall catchment it touches
    CHECK(p2[16] == "yes"); // far from the arterial roads
}

TEST_CASE("plots prints Chinese headers with --lang zh and rejects other formats", "[e2e][plots]")
{
    TempDir dir;
    const auto project = dir / "meizhou.gpkg";
    std::filesystem::copy_file(seatplan::test::sourceDir() / "data" / "meizhou.gpkg", project);
    const auto zh = runCli({ "--lang", "zh", "plots", project.string() });
    INFO(zh.err);
    REQUIRE(zh.exitCode == 0);
    CHECK(zh.out.find("地块") != std::string::npos);
    CHECK(runCli({ "plots", project.string(), "-o", (dir / "x.pdf").string() }).exitCode == 2);
}
