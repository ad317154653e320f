#include "process.h"
#include "test_paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

using seatplan::test::runCli;

namespace {

/// A copy of the committed sample project (never write to data/meizhou.gpkg itself).
std::optional<std::filesystem::path> sampleCopy(const seatplan::test::TempDir& dir)
{
    const auto sample = seatplan::test::sourceDir() / "data" / "meizhou.gpkg";
    if (!std::filesystem::exists(sample))
        return std::nullopt;
    std::filesystem::copy_file(sample, dir / "meizhou.gpkg");
    return dir / "meizhou.gpkg";
}

std::set<std::string> plotIds(const std::filesystem::path& project)
{
    std::set<std::string> ids;
    sqlite3* db = nullptr;
    REQUIRE(
        sqlite3_open_v2(project.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT id FROM plots", -1, &statement, nullptr) == SQLITE_OK);
    while (sqlite3_step(statement) == SQLITE_ROW)
        ids.insert(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return ids;
}

QJsonObject readJson(const std::filesystem::path& path)
{
    QFile file(QString::fromStdString(path.string()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    REQUIRE(document.isObject());
    return document.object();
}

/// Runs `site` on the project and returns its JSON result.
QJsonObject site(const std::filesystem::path& project, const seatplan::test::TempDir& dir,
    const std::string& objective, const std::string& maxNew)
{
    const auto out = dir / (objective + maxNew + ".json");
    const auto result = runCli({ "site", project.string(), "--level", "primary", "--objective",
        objective, "--max-new", maxNew, "--time-limit", "1", "-o", out.string() });
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("Proposed") != std::string::npos);
    return readJson(out);
}

/// Checks what must hold of every answer: each zone assigned once, no school over its
/// capacity, sites are real plots within the budget and match the assignments.
void checkConsistent(const QJsonObject& r, const std::set<std::string>& plots, int maxNew)
{
    std::map<QString, double> capacity;
    for (const QJsonValue s : r[QStringLiteral("schools")].toArray())
        capacity[s[QStringLiteral("school_id")].toString()]
            = s[QStringLiteral("capacity")].toDouble();
    std::set<QString> sites;
    for (const QJsonValue s : r[QStringLiteral("sites")].toArray()) {
        const QString id = s[QStringLiteral("plot_id")].toString();
        CHECK(plots.count(id.toStdString()) == 1);
        CHECK(capacity.count(id) == 1);
        CHECK(s[QStringLiteral("seats")].toDouble() > 0);
        sites.insert(id);
    }
    CHECK(static_cast<int>(sites.size()) == r[QStringLiteral("new_schools")].toInt());
    CHECK(static_cast<int>(sites.size()) <= maxNew);

    std::set<QString> zones;
    std::map<QString, double> load;
    double unserved = 0;
    for (const QJsonValue a : r[QStringLiteral("assignments")].toArray()) {
        CHECK(zones.insert(a[QStringLiteral("zone_id")].toString()).second); // assigned once
        const double children = a[QStringLiteral("children")].toDouble();
        CHECK(children > 0);
        if (a[QStringLiteral("school_id")].isNull()) {
            unserved += children;
            continue;
        }
        const QString school = a[QStringLiteral("school_id")].toString();
        REQUIRE(capacity.count(school) == 1); // an existing school or a chosen site
        CHECK(a[QStringLiteral("new")].toBool() == (sites.count(school) == 1));
        load[school] += children;
    }
    CHECK(static_cast<int>(zones.size()) == r[QStringLiteral("zones")].toInt());
    for (const auto& [school, children] : load)
        CHECK(children <= capacity[school] + 1e-6);
    CHECK(unserved == Approx(r[QStringLiteral("children_unserved")].toDouble()).margin(1e-6));
    CHECK(r[QStringLiteral("violations")].toArray().isEmpty());
}

} // namespace

TEST_CASE("seatplan-cli site proposes consistent sites for the Meizhou sample", "[e2e][site]")
{
    seatplan::test::TempDir dir;
    const auto project = sampleCopy(dir);
    if (!project) {
        WARN("no data/meizhou.gpkg; skipped");
        return;
    }
    const std::set<std::string> plots = plotIds(*project);
    REQUIRE(!plots.empty());

    const QJsonObject pmedian = site(*project, dir, "pmedian", "3");
    checkConsistent(pmedian, plots, 3);
    CHECK(pmedian[QStringLiteral("new_schools")].toInt() >= 1);
    CHECK(pmedian[QStringLiteral("level")].toString() == QStringLiteral("primary"));
    // The sample's roads are arterials only: no walking network, straight-line distances.
    CHECK(pmedian[QStringLiteral("distances")].toString() == QStringLiteral("straight"));

    // Coverage never leaves more children beyond walking distance than building nothing.
    const QJsonObject none = site(*project, dir, "coverage", "0");
    checkConsistent(none, plots, 0);
    const QJsonObject coverage = site(*project, dir, "coverage", "3");
    checkConsistent(coverage, plots, 3);
    CHECK(coverage[QStringLiteral("children_within_radius")].toDouble()
        >= none[QStringLiteral("children_within_radius")].toDouble() - 1e-6);

    // Each objective does best on its own measure (1 % slack for the heuristic).
    const auto meanTrip = [](const QJsonObject& r) {
        return r[QStringLiteral("weighted_distance_m")].toDouble()
            / r[QStringLiteral("children_served")].toDouble();
    };
    CHECK(meanTrip(pmedian) <= meanTrip(coverage) * 1.01);
    CHECK(coverage[QStringLiteral("children_within_radius")].toDouble()
        >= pmedian[QStringLiteral("children_within_radius")].toDouble() * 0.99);

    // MinCount covers as many children as it can with no more schools than Coverage opens.
    const QJsonObject mincount = site(*project, dir, "mincount", "3");
    checkConsistent(mincount, plots, 3);
    CHECK(mincount[QStringLiteral("new_schools")].toInt()
        <= coverage[QStringLiteral("new_schools")].toInt());
    CHECK(mincount[QStringLiteral("children_within_radius")].toDouble()
        >= none[QStringLiteral("children_within_radius")].toDouble() - 1e-6);
}

TEST_CASE("seatplan-cli site maps bad arguments to 2 and bad data to 3", "[e2e][site]")
{
    seatplan::test::TempDir dir;
    const auto project = sampleCopy(dir);
    if (!project) {
        WARN("no data/meizhou.gpkg; skipped");
        return;
    }
    const std::string path = project->string();
    CHECK(runCli({ "site", path, "--level", "senior" }).exitCode == 2);
    CHECK(runCli({ "site", path }).exitCode == 2);
    CHECK(runCli({ "site", path, "--level", "junior", "--objective", "fastest" }).exitCode == 2);
    CHECK(runCli({ "site", path, "--level", "junior", "--max-new", "-1" }).exitCode == 2);
    CHECK(runCli({ "site", path, "--level", "junior", "--scenario", "nope" }).exitCode == 2);
    const auto area = runCli({ "site", path, "--level", "junior", "--area", "999999" });
    CHECK(area.exitCode == 3);
    CHECK(area.err.find("999999") != std::string::npos);
    CHECK(runCli({ "site", (dir / "missing.gpkg").string(), "--level", "junior" }).exitCode == 3);
}
