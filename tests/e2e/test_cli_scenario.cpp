#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using seatplan::test::runCli;
using seatplan::test::TempDir;

namespace {

// A copy of the committed sample project (never edit data/meizhou.gpkg itself).
std::string copySample(const TempDir& dir)
{
    const auto sample = seatplan::test::sourceDir() / "data" / "meizhou.gpkg";
    if (!std::filesystem::exists(sample))
        return {};
    const auto copy = dir / "meizhou.gpkg";
    std::filesystem::copy_file(sample, copy);
    return copy.string();
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

const char* kCloseS0001 = R"({"kind":"closure","school_id":"S0001","year":2022})";
const char* kRemoveC0001
    = R"({"kind":"catchment","remove":true,"catchment":{"id":"C0001","level":"primary"}})";

} // namespace

TEST_CASE("scenario creates, copies, renames, deletes and edits scenarios of a project",
    "[e2e][scenario]")
{
    TempDir dir;
    const std::string project = copySample(dir);
    if (project.empty()) {
        WARN("no data/meizhou.gpkg");
        return;
    }
    CHECK(runCli({ "scenario", "create", project, "plan", "--description", "close S0001" }).exitCode
        == 0);
    CHECK(runCli({ "scenario", "copy", project, "plan", "plan2" }).exitCode == 0);
    CHECK(runCli({ "scenario", "rename", project, "plan2", "alt" }).exitCode == 0);
    CHECK(runCli({ "scenario", "edit", project, "alt", kCloseS0001 }).exitCode == 0);
    CHECK(runCli({ "scenario", "delete", project, "alt" }).exitCode == 0);
    CHECK(runCli({ "scenario", "edit", project, "plan", kCloseS0001 }).exitCode == 0);
    CHECK(runCli({ "scenario", "edit", project, "plan", kRemoveC0001 }).exitCode == 0);

    const auto list = runCli({ "scenario", "list", project });
    INFO(list.err);
    REQUIRE(list.exitCode == 0);
    CHECK(contains(list.out, "base\t"));
    CHECK(contains(list.out, "plan\tbase\t2\t0\t"));
    CHECK(contains(list.out, "close S0001"));
    CHECK_FALSE(contains(list.out, "alt"));

    // The base is read-only; bad edits and unknown actions are refused.
    CHECK(runCli({ "scenario", "edit", project, "base", kCloseS0001 }).exitCode == 3);
    CHECK(runCli({ "scenario", "edit", project, "plan", R"({"kind":"teleport"})" }).exitCode == 3);
    CHECK(runCli({ "scenario", "frobnicate", project }).exitCode == 2);
    CHECK(runCli({ "scenario", "create", project, "plan" }).exitCode == 3);
    CHECK(runCli({ "validate", project }).exitCode == 0);
}

TEST_CASE("compare shows the closed school, the zones that lost it, and undo restores it",
    "[e2e][scenario]")
{
    TempDir dir;
    const std::string project = copySample(dir);
    if (project.empty()) {
        WARN("no data/meizhou.gpkg");
        return;
    }
    REQUIRE(runCli({ "scenario", "create", project, "plan" }).exitCode == 0);
    REQUIRE(runCli({ "scenario", "edit", project, "plan", kCloseS0001 }).exitCode == 0);
    REQUIRE(runCli({ "scenario", "edit", project, "plan", kRemoveC0001 }).exitCode == 0);

    const auto csv
        = runCli({ "compare", project, "base", "plan", "--year", "2025", "--format", "csv" });
    INFO(csv.err);
    REQUIRE(csv.exitCode == 0);
    CHECK(contains(csv.out, "kind,id,level,variant,year,demand_a,demand_b"));
    // S0001 has no seats in 2025 in the plan, and its catchment's zones lost it.
    CHECK(contains(csv.out, "\nschool,S0001,primary,medium,2025,"));
    CHECK(contains(csv.out, "\nzone,"));
    CHECK(contains(csv.out, "S0001 -> "));

    const auto table = runCli({ "compare", project, "base", "plan", "--year", "2025" });
    REQUIRE(table.exitCode == 0);
    CHECK(contains(table.out, "base -> plan"));
    CHECK(contains(table.out, "Zones that changed school"));

    const auto jsonFile = dir / "diff.json";
    REQUIRE(
        runCli({ "compare", project, "base", "plan", "--format", "json", "-o", jsonFile.string() })
            .exitCode
        == 0);
    std::ifstream in(jsonFile);
    std::stringstream json;
    json << in.rdbuf();
    CHECK(contains(json.str(), R"("scenario_b": "plan")"));

    // Undo the catchment edit: no zone changes school any more; redo brings them back.
    REQUIRE(runCli({ "scenario", "undo", project, "plan" }).exitCode == 0);
    const auto undone
        = runCli({ "compare", project, "base", "plan", "--year", "2025", "--format", "csv" });
    CHECK_FALSE(contains(undone.out, "\nzone,"));
    CHECK(contains(undone.out, "\nschool,S0001,"));
    REQUIRE(runCli({ "scenario", "redo", project, "plan" }).exitCode == 0);
    CHECK(runCli({ "compare", project, "base", "plan", "--year", "2025", "--format", "csv" }).out
        == csv.out);

    // analyze --scenario replays the journal too.
    const auto analyzed = runCli({ "analyze", project, "--scenario", "plan", "--format", "csv" });
    CHECK(analyzed.exitCode == 0);

    CHECK(runCli({ "compare", project, "base", "nope" }).exitCode == 2);
    CHECK(runCli({ "compare", project, "base", "plan", "--format", "xml" }).exitCode == 2);
}

TEST_CASE("scenario refuses to edit a project open in another SeatPlan", "[e2e][scenario]")
{
    TempDir dir;
    const std::string project = copySample(dir);
    if (project.empty()) {
        WARN("no data/meizhou.gpkg");
        return;
    }
    // This test process is alive on this host: its lock is not stale.
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    {
        std::ofstream lock(project + ".lock");
        lock << getpid() << ' ' << host << " 2026-01-01T00:00:00Z\n";
    }
    const auto refused = runCli({ "scenario", "create", project, "plan" });
    CHECK(refused.exitCode == 3);
    CHECK(contains(refused.err, "open in another SeatPlan"));
    CHECK(runCli({ "scenario", "list", project }).exitCode == 0);
    // A lock left by a process that is gone is taken over.
    std::filesystem::remove(project + ".lock");
    {
        std::ofstream lock(project + ".lock");
        lock << 999999999 << ' ' << host << " 2026-01-01T00:00:00Z\n";
    }
    CHECK(runCli({ "scenario", "create", project, "plan" }).exitCode == 0);
    CHECK_FALSE(std::filesystem::exists(project + ".lock"));
}
