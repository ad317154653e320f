#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_lock.h"
#include "seatplan/gis/scenario_store.h"

#include "test_paths.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace seatplan::gis;
using seatplan::test::TempDir;

namespace {

std::vector<std::string> names(const ScenarioStore& store)
{
    std::vector<std::string> out;
    for (const ScenarioRow& row : store.list())
        out.push_back(row.name);
    return out;
}

std::vector<std::string> payloads(const std::vector<JournalRow>& rows)
{
    std::vector<std::string> out;
    for (const JournalRow& row : rows)
        out.push_back(row.payload);
    return out;
}

} // namespace

TEST_CASE("Scenarios are created, duplicated, renamed and deleted with their journals",
    "[gis][scenario_store]")
{
    TempDir dir;
    const std::string path = (dir / "p.gpkg").string();
    Project project = Project::create(path);
    ScenarioStore store(project);
    CHECK(names(store) == std::vector<std::string> { "base" });

    store.create("A", "new primary school in the east");
    store.appendEdit("A", "closure", R"({"school":"S1"})");
    store.appendEdit("A", "expansion", R"({"school":"S2"})");
    store.duplicate("A", "B");
    CHECK(names(store) == std::vector<std::string> { "base", "A", "B" });
    CHECK(payloads(store.activeEdits("B")) == payloads(store.activeEdits("A")));
    CHECK(store.list()[2].parent == "A");

    store.rename("A", "A2");
    CHECK_FALSE(store.exists("A"));
    CHECK(store.activeEdits("A2").size() == 2);
    CHECK(store.list()[2].parent == "A2");

    store.remove("A2");
    CHECK(names(store) == std::vector<std::string> { "base", "B" });
    CHECK(store.journal("A2").empty());
    CHECK(store.list()[1].parent == "base");
    CHECK(project.check().empty());
}

TEST_CASE("The base scenario is read-only and names must be new", "[gis][scenario_store]")
{
    TempDir dir;
    Project project = Project::create((dir / "p.gpkg").string());
    ScenarioStore store(project);
    store.create("A");
    CHECK_THROWS_AS(store.appendEdit("base", "closure", "{}"), GisError);
    CHECK_THROWS_AS(store.rename("base", "x"), GisError);
    CHECK_THROWS_AS(store.remove("base"), GisError);
    CHECK_THROWS_AS(store.create("A"), GisError);
    CHECK_THROWS_AS(store.create(""), GisError);
    CHECK_THROWS_AS(store.duplicate("missing", "C"), GisError);
    CHECK_THROWS_WITH(store.rename("A", "base"), Catch::Contains("exists already"));
    CHECK(store.journal("base").empty());
}

TEST_CASE("Undo and redo mark journal entries and a new edit ends the redo branch",
    "[gis][scenario_store]")
{
    TempDir dir;
    Project project = Project::create((dir / "p.gpkg").string());
    ScenarioStore store(project);
    store.create("A");
    const auto first = store.appendEdit("A", "k", "1");
    const auto second = store.appendEdit("A", "k", "2");
    store.setUndone(second, true);
    CHECK(payloads(store.activeEdits("A")) == std::vector<std::string> { "1" });
    store.setUndone(second, false);
    CHECK(payloads(store.activeEdits("A")) == std::vector<std::string> { "1", "2" });
    store.setUndone(second, true);
    store.appendEdit("A", "k", "3");
    CHECK(payloads(store.journal("A")) == std::vector<std::string> { "1", "3" });
    CHECK(store.journal("A").front().seq == first);
    CHECK_THROWS_AS(store.setUndone(9999, true), GisError);
}

TEST_CASE("Duplicating a scenario copies its own catchment rows", "[gis][scenario_store]")
{
    TempDir dir;
    Project project = Project::create((dir / "p.gpkg").string());
    VectorLayer catchments = project.readLayer(layers::kCatchments);
    Feature feature;
    feature.geometry.addPolygon({ { { 0, 0 }, { 100, 0 }, { 100, 100 }, { 0, 0 } } });
    feature.values.resize(catchments.fields.size());
    feature.values[static_cast<std::size_t>(catchments.fieldIndex("id"))] = std::string("C1");
    feature.values[static_cast<std::size_t>(catchments.fieldIndex("scenario"))] = std::string("A");
    feature.values[static_cast<std::size_t>(catchments.fieldIndex("level"))]
        = std::string("primary");
    catchments.features = { feature };
    project.writeLayer(catchments);
    ScenarioStore store(project);
    store.create("A");
    store.create("E");
    CHECK(store.catchmentScenario("A") == "A");
    CHECK(store.catchmentScenario("E") == "base");
    store.duplicate("A", "B");
    CHECK(store.catchmentScenario("B") == "B");
    CHECK(project.readLayer(layers::kCatchments).features.size() == 2);
    store.remove("A");
    CHECK(project.readLayer(layers::kCatchments).features.size() == 1);
    CHECK(project.check().empty());
}

TEST_CASE("Every committed edit survives a kill -9 in the middle of edits", "[gis][scenario_store]")
{
    TempDir dir;
    const std::string path = (dir / "p.gpkg").string();
    {
        Project project = Project::create(path);
        ScenarioStore(project).create("A");
    }
    int pipeFds[2];
    REQUIRE(pipe(pipeFds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The child edits without end, reporting each seq after its commit returned.
        close(pipeFds[0]);
        try {
            Project project = Project::open(path);
            ScenarioStore store(project);
            for (int i = 0;; ++i) {
                const std::string payload = R"({"edit":)" + std::to_string(i) + "}";
                const long long seq = store.appendEdit("A", "test", payload);
                const std::string line = std::to_string(seq) + "\n";
                if (write(pipeFds[1], line.data(), line.size()) < 0)
                    _exit(2);
            }
        } catch (...) {
            _exit(1);
        }
    }
    close(pipeFds[1]);
    std::vector<long long> committed;
    std::string buffer;
    char chunk[256];
    while (committed.size() < 40) {
        const ssize_t n = read(pipeFds[0], chunk, sizeof chunk);
        if (n <= 0)
            break;
        buffer.append(chunk, static_cast<std::size_t>(n));
        std::size_t end;
        while ((end = buffer.find('\n')) != std::string::npos) {
            committed.push_back(std::stoll(buffer.substr(0, end)));
            buffer.erase(0, end + 1);
        }
    }
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    close(pipeFds[0]);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(committed.size() >= 40);

    Project project = Project::open(path);
    CHECK(project.check().empty());
    const std::vector<JournalRow> journal = ScenarioStore(project).activeEdits("A");
    REQUIRE(journal.size() >= committed.size());
    for (std::size_t i = 0; i < committed.size(); ++i) {
        CHECK(journal[i].seq == committed[i]);
        CHECK(journal[i].payload == R"({"edit":)" + std::to_string(i) + "}");
    }
}

TEST_CASE(
    "A project lock is exclusive, released, and taken over when stale", "[gis][scenario_store]")
{
    TempDir dir;
    const std::string path = (dir / "p.gpkg").string();
    {
        ProjectLock first(path);
        REQUIRE(first.held());
        CHECK_FALSE(first.tookOverStale());
        ProjectLock second(path);
        CHECK_FALSE(second.held());
        REQUIRE(second.otherHolder());
        CHECK(second.otherHolder()->pid == static_cast<long>(getpid()));
    }
    CHECK_FALSE(std::filesystem::exists(lockFilePath(path)));

    // A lock left by a process that is gone (a child that exited) is stale.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0)
        _exit(0);
    waitpid(child, nullptr, 0);
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    if (FILE* file = std::fopen(lockFilePath(path).c_str(), "w")) {
        std::fprintf(file, "%d %s 2026-01-01T00:00:00Z\n", static_cast<int>(child), host);
        std::fclose(file);
    }
    ProjectLock third(path);
    CHECK(third.held());
    CHECK(third.tookOverStale());

    // A lock from another host cannot be checked and counts as held.
    third.release();
    if (FILE* file = std::fopen(lockFilePath(path).c_str(), "w")) {
        std::fprintf(file, "1 other-host.example 2026-01-01T00:00:00Z\n");
        std::fclose(file);
    }
    ProjectLock fourth(path);
    CHECK_FALSE(fourth.held());
    CHECK(fourth.otherHolder()->host == "other-host.example");
}

TEST_CASE(
    "A project in a local temp folder is not on a network file system", "[gis][scenario_store]")
{
    TempDir dir;
    CHECK_FALSE(networkFileSystem((dir / "new.gpkg").string()));
}
