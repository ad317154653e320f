#include "seatplan/gis/table_export.h"

#include "test_paths.h"

#include <catch2/catch.hpp>
#include <gdal.h>
#include <ogr_api.h>

#include <fstream>
#include <iterator>
#include <string>

using namespace seatplan::gis;

namespace {

ExportTable sampleTable()
{
    ExportTable table;
    table.name = "附表1 建设项目表";
    table.columns = { "序号", "项目名称", "新增学位(个)" };
    table.rows = { { std::string("合计"), std::monostate {}, 2700.0 },
        { 1.0, std::string("梅江区第一小学, \"新建\""), 1350.0 },
        { 2.0, std::string("东山中学"), 1350.0 } };
    return table;
}

} // namespace

TEST_CASE("A table written to XLSX reads back with GDAL with its numbers", "[gis][table_export]")
{
    seatplan::test::TempDir dir;
    const std::string path = (dir / "annex.xlsx").string();
    ExportTable second = sampleTable();
    second.name = "附表1 建设项目表"; // the same name again gets a suffix
    writeXlsx(path, { sampleTable(), second });

    GDALDatasetH dataset = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(dataset);
    CHECK(GDALDatasetGetLayerCount(dataset) == 2);
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    CHECK(std::string(OGR_L_GetName(layer)) == "附表1 建设项目表");
    CHECK(std::string(OGR_L_GetName(GDALDatasetGetLayer(dataset, 1))) != "附表1 建设项目表");
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    REQUIRE(OGR_FD_GetFieldCount(defn) == 3);
    CHECK(std::string(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, 2))) == "新增学位(个)");
    CHECK(OGR_L_GetFeatureCount(layer, TRUE) == 3);
    OGR_L_ResetReading(layer);
    double sum = 0;
    std::string firstName;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        if (firstName.empty() && OGR_F_IsFieldSetAndNotNull(feature, 1))
            firstName = OGR_F_GetFieldAsString(feature, 1);
        if (std::string(OGR_F_GetFieldAsString(feature, 0)) != "合计")
            sum += OGR_F_GetFieldAsDouble(feature, 2);
        OGR_F_Destroy(feature);
    }
    CHECK(sum == Approx(2700));
    CHECK(firstName == "梅江区第一小学, \"新建\"");
    GDALClose(dataset);
}

TEST_CASE(
    "A table written to CSV is UTF-8 with a BOM and quoted where needed", "[gis][table_export]")
{
    seatplan::test::TempDir dir;
    const std::string path = (dir / "annex.csv").string();
    writeCsv(path, sampleTable());
    std::ifstream in(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text.rfind("\xEF\xBB\xBF序号,项目名称,新增学位(个)\r\n", 0) == 0);
    CHECK(text.find("合计,,2700\r\n") != std::string::npos);
    CHECK(text.find("1,\"梅江区第一小学, \"\"新建\"\"\",1350\r\n") != std::string::npos);
}

TEST_CASE(
    "Writing a workbook to a folder that does not exist names the file", "[gis][table_export]")
{
    CHECK_THROWS_WITH(writeXlsx("/nonexistent/dir/a.xlsx", { sampleTable() }),
        Catch::Contains("/nonexistent/dir/a.xlsx"));
}
