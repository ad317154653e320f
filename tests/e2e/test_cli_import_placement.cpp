// seatplan-cli import warns when a layer lands far from the project's counties.
#include "process.h"
#include "test_paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

#include <filesystem>

using seatplan::test::runCli;
using seatplan::test::TempDir;

namespace {

// About where the MCA map service puts Meizhou's outlines (../shared/data/real/SOURCES.md).
constexpr double kShiftLon = 0.1235;
constexpr double kShiftLat = 0.1320;

QJsonValue shifted(const QJsonValue& coordinates)
{
    QJsonArray in = coordinates.toArray();
    if (!in.isEmpty() && in.at(0).isDouble()) {
        in[0] = in.at(0).toDouble() + kShiftLon;
        in[1] = in.at(1).toDouble() + kShiftLat;
        return in;
    }
    QJsonArray out;
    for (const QJsonValue& v : in)
        out.append(shifted(v));
    return out;
}

} // namespace

TEST_CASE(
    "import warns about a boundary file that lies kilometres off the project", "[e2e][import]")
{
    const auto real
        = seatplan::test::sharedData("data/real/boundaries/datav_2021/441400_full.json");
    if (!real) {
        WARN("no ../shared/data/real/boundaries/datav_2021/441400_full.json");
        return;
    }
    TempDir dir;
    const auto project = dir / "meizhou.gpkg";
    std::filesystem::copy_file(seatplan::test::sourceDir() / "data" / "meizhou.gpkg", project);

    QFile source(QString::fromStdString(real->string()));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray features = doc.value("features").toArray();
    for (auto it = features.begin(); it != features.end(); ++it) {
        QJsonObject f = it->toObject();
        QJsonObject g = f.value("geometry").toObject();
        g["coordinates"] = shifted(g.value("coordinates"));
        f["geometry"] = g;
        *it = f;
    }
    doc["features"] = features;
    const auto copy = dir / "moved.json";
    QFile out(QString::fromStdString(copy.string()));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(doc).toJson());
    out.close();

    const auto moved = runCli({ "import", project.string(), copy.string(), "--as", "towns" });
    INFO(moved.err);
    CHECK(moved.exitCode == 0);
    CHECK(moved.err.find("warning: " + copy.string()) != std::string::npos);
    CHECK(moved.err.find("km off the project's counties") != std::string::npos);

    const auto gcj = runCli({ "import", project.string(), real->string(), "--as", "towns" });
    CHECK(gcj.err.find("--source-crs gcj02") != std::string::npos);
    const auto fixed = runCli(
        { "import", project.string(), real->string(), "--as", "towns", "--source-crs", "gcj02" });
    CHECK(fixed.exitCode == 0);
    CHECK(fixed.err.find("warning") == std::string::npos);
}

TEST_CASE("import warns about school points in GCJ-02 by their town codes in a new project",
    "[e2e][import]")
{
    TempDir dir;
    const std::string sample = (seatplan::test::sourceDir() / "data" / "meizhou.gpkg").string();
    for (const char* layer : { "counties", "towns", "schools" })
        REQUIRE(
            runCli({ "export", sample, layer, (dir / (std::string(layer) + ".geojson")).string() })
                .exitCode
            == 0);
    // A new project with the county and its towns, as a planner starts one.
    const auto newProject = [&](const std::string& name) {
        const std::string project = (dir / name).string();
        REQUIRE(runCli({ "new", project }).exitCode == 0);
        REQUIRE(runCli({ "import", project, (dir / "counties.geojson").string(), "--as", "county" })
                    .exitCode
            == 0);
        REQUIRE(runCli({ "import", project, (dir / "towns.geojson").string(), "--as", "towns" })
                    .exitCode
            == 0);
        return project;
    };
    // The schools (exported as lon/lat) moved by GCJ-02's offset at Meizhou, 489.6 m east and
    // 288.2 m south (what wgs84ToGcj02 gives at the city's centre; degrees at 24.3 N), as an
    // Amap POI export would place them.
    QFile exported(QString::fromStdString((dir / "schools.geojson").string()));
    REQUIRE(exported.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(exported.readAll()).object();
    QJsonArray features = doc.value("features").toArray();
    for (auto it = features.begin(); it != features.end(); ++it) {
        QJsonObject f = it->toObject();
        QJsonObject g = f.value("geometry").toObject();
        QJsonArray at = g.value("coordinates").toArray();
        at[0] = at.at(0).toDouble() + 0.004827;
        at[1] = at.at(1).toDouble() - 0.002603;
        g["coordinates"] = at;
        f["geometry"] = g;
        *it = f;
    }
    doc["features"] = features;
    const std::string amap = (dir / "schools_amap.geojson").string();
    QFile out(QString::fromStdString(amap));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(doc).toJson());
    out.close();

    const auto moved = runCli({ "import", newProject("en.gpkg"), amap, "--as", "schools" });
    INFO(moved.err);
    CHECK(moved.exitCode == 0);
    CHECK(moved.err.find("where their town codes put them") != std::string::npos);
    CHECK(moved.err.find("--source-crs gcj02") != std::string::npos);
    const auto chinese = runCli({ "import", newProject("zh.gpkg"), amap, "--as", "schools" },
        { { "SEATPLAN_LANG", "zh" } });
    INFO(chinese.err);
    CHECK(chinese.err.find("所指镇街") != std::string::npos);
    // The schools as they are: no warning.
    const auto plain = runCli({ "import", newProject("plain.gpkg"),
        (dir / "schools.geojson").string(), "--as", "schools" });
    CHECK(plain.exitCode == 0);
    CHECK(plain.err.find("warning") == std::string::npos);
}
