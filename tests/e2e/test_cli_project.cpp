#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using seatplan::test::runCli;
using seatplan::test::TempDir;

TEST_CASE("new, import, layers, validate and export work on a project", "[e2e][project]")
{
    TempDir dir;
    const std::string project = (dir / "p.gpkg").string();
    const auto created = runCli({ "new", project, "--crs", "EPSG:4548", "--title", "梅州" });
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.find("EPSG:4548") != std::string::npos);
    CHECK(runCli({ "new", project }).exitCode == 3); // exists already

    {
        std::ofstream csv(dir / "schools.csv");
        csv << "学校名称,学段,班级数,经度,纬度\n梅州市实验小学,小学,24,116.12,24.30\n";
    }
    const auto imported = runCli({ "import", project, (dir / "schools.csv").string(), "--as",
        "schools", "--source-crs", "gcj02", "--field", "edu_group=学段" });
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.find("GCJ-02") != std::string::npos);
    CHECK(imported.out.find("name <- 学校名称") != std::string::npos);
    CHECK(imported.err.find("100% done") != std::string::npos);

    const auto layers = runCli({ "layers", project });
    CHECK(layers.exitCode == 0);
    CHECK(layers.out.find("schools\tpoint\t1") != std::string::npos);

    CHECK(runCli({ "validate", project }).exitCode == 0);

    const std::string out = (dir / "schools.geojson").string();
    CHECK(runCli({ "export", project, "schools", out }).exitCode == 0);
    CHECK(std::filesystem::file_size(out) > 100);
    CHECK(runCli({ "export", project, "schools", (dir / "x.abc").string() }).exitCode == 3);
}

TEST_CASE("import reports usage errors and bad files with the right exit codes", "[e2e][project]")
{
    TempDir dir;
    const std::string project = (dir / "p.gpkg").string();
    REQUIRE(runCli({ "new", project }).exitCode == 0);
    CHECK(runCli({ "import", project, "x.shp" }).exitCode == 2); // --as missing
    CHECK(runCli({ "import", project, "x.shp", "--as", "moon" }).exitCode == 2);
    const auto missing = runCli({ "import", project, (dir / "x.shp").string(), "--as", "zones" });
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.find("x.shp") != std::string::npos);
    CHECK(runCli({ "validate", (dir / "nothing.gpkg").string() }).exitCode == 3);
}

TEST_CASE("analyze accepts a project GeoPackage", "[e2e][project]")
{
    const auto sample = seatplan::test::sourceDir() / "data" / "meizhou.gpkg";
    if (!std::filesystem::exists(sample)) {
        WARN("no data/meizhou.gpkg");
        return;
    }
    TempDir dir;
    const auto copy = dir / "meizhou.gpkg";
    std::filesystem::copy_file(sample, copy);
    const auto result = runCli({ "analyze", copy.string() });
    INFO(result.err);
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("441402") != std::string::npos);
    CHECK(runCli({ "analyze", copy.string(), "--scenario", "no-such" }).exitCode == 2);
}
