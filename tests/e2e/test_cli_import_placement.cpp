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
