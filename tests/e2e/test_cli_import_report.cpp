#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

using seatplan::test::runCli;
using seatplan::test::TempDir;

namespace {

// Two land-use parcels in lon/lat, the first a bow-tie (self-intersecting): GeoJSON declares
// WGS84, so only the repair is reported.
const char* const kBowTie = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"地类名称":"耕地"},"geometry":{"type":"Polygon","coordinates":[[[116.10,24.30],[116.11,24.31],[116.11,24.30],[116.10,24.31],[116.10,24.30]]]}},
{"type":"Feature","properties":{"地类名称":"教育用地"},"geometry":{"type":"Polygon","coordinates":[[[116.12,24.30],[116.13,24.30],[116.13,24.31],[116.12,24.30]]]}}]})";

} // namespace

TEST_CASE("The import report of the CLI speaks Chinese: repairs and the CRS guess",
    "[e2e][import_report]")
{
    TempDir dir;
    const std::string project = (dir / "p.gpkg").string();
    REQUIRE(runCli({ "new", project, "--crs", "EPSG:4548" }).exitCode == 0);
    std::ofstream(dir / "parcels.geojson") << kBowTie;
    std::ofstream(dir / "schools.csv")
        << "学校名称,学段,班级数,经度,纬度\n梅州市实验小学,小学,24,116.12,24.30\n";

    SECTION("--lang zh: the repair of a self-intersection")
    {
        const auto result = runCli({ "--lang", "zh", "import", project,
            (dir / "parcels.geojson").string(), "--as", "landuse" });
        INFO(result.out << result.err);
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.find("要素：读取 2 个，写入 2 个") != std::string::npos);
        CHECK(result.out.find("修复：要素 0：自相交，位于 (x ") != std::string::npos);
        // In the project CRS (EPSG:4548, metres), in fixed point: never "2.68936e+06".
        const auto at = result.out.find("位于 (x ");
        REQUIRE(at != std::string::npos);
        const std::string where = result.out.substr(at, result.out.find('\n', at) - at);
        INFO(where);
        CHECK(where.find("e+") == std::string::npos);
        CHECK(where.find(") m") != std::string::npos);
        CHECK(where.find(", y ") != std::string::npos);
        CHECK(result.out.find("已用 GEOS MakeValid（structure 方法）修复") != std::string::npos);
        CHECK(result.out.find("Self-intersection") == std::string::npos);
        CHECK(result.err.find("100% 完成") != std::string::npos);
    }
    SECTION("Chinese by default (SEATPLAN_LANG=zh): the CRS guess of a CSV with lon/lat")
    {
        const auto result
            = runCli({ "import", project, (dir / "schools.csv").string(), "--as", "schools" },
                { { "SEATPLAN_LANG", "zh" } });
        INFO(result.out << result.err);
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.find("源坐标系：EPSG:4326（推测）") != std::string::npos);
        CHECK(result.out.find(
                  "坐标系为推测：坐标范围 x 116.12..116.12，y 24.3..24.3 像中国境内的经纬度")
            != std::string::npos);
        CHECK(result.out.find("字段 name <- 学校名称") != std::string::npos);
        CHECK(result.out.find("说明：点坐标取自 经度 / 纬度 列") != std::string::npos);
        CHECK(result.out.find("look like") == std::string::npos);
    }
    SECTION("--lang en keeps English, and target= leaves a field empty")
    {
        const auto result = runCli({ "--lang", "en", "import", project,
            (dir / "schools.csv").string(), "--as", "schools", "--field", "name=" });
        INFO(result.out << result.err);
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.find("look like longitude/latitude in China") != std::string::npos);
        CHECK(result.out.find("name <- ") == std::string::npos);
        CHECK(result.out.find("not found in the source (left empty): id, name,")
            != std::string::npos);
    }
}
