// Never lose work: a process killed in the middle of edits leaves every journalled edit for the
// next open, and journal write errors on undo/redo are reported, never crash or diverge.
#include "seatplan/gis/project.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/scenario_loader.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"

#include "test_paths.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <variant>
#include <vector>

using namespace seatplan;

namespace {

QString copySample(const seatplan::test::TempDir& dir)
{
    const auto data = seatplan::test::sourceDir() / "data";
    std::filesystem::copy_file(data / "meizhou.gpkg", dir / "meizhou.gpkg");
    std::filesystem::copy_file(data / "meizhou.population.tif", dir / "meizhou.population.tif");
    return QString::fromStdString((dir / "meizhou.gpkg").string());
}

/// A closure as the child announced it ("push S0001 2027").
struct Closure {
    std::string school;
    int year = 0;
    friend bool operator==(const Closure&, const Closure&) = default;
};

std::vector<Closure> closures(const core::Scenario& scenario)
{
    std::vector<Closure> out;
    for (const core::ScenarioEdit& edit : scenario.edits)
        if (const auto* c = std::get_if<core::ClosureEdit>(&edit))
            out.push_back({ c->schoolId, c->year });
    return out;
}

/// Applies one announced step to the edits in effect.
void applyStep(std::vector<Closure>& edits, const std::string& step)
{
    std::istringstream in(step);
    std::string verb;
    in >> verb;
    if (verb == "undo") {
        if (!edits.empty())
            edits.pop_back();
        return;
    }
    Closure c;
    in >> c.school >> c.year;
    edits.push_back(c);
}

/// Runs `sql` on `path` through a second SQLite connection (as another program would).
void execSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toStdString().c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("A process killed in the middle of edits loses no journalled edit",
    "[app][plan_document][crash]")
{
    seatplan::test::TempDir dir;
    const QString path = copySample(dir);
    const std::string program = (seatplan::test::binaryDir() / "journal_writer").string();
    REQUIRE(std::filesystem::exists(program));
    const std::string project = path.toStdString();

    int pipeFds[2];
    REQUIRE(::pipe(pipeFds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) { // the child: only async-signal-safe calls until exec
        ::dup2(pipeFds[1], STDOUT_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY);
        if (devNull >= 0)
            ::dup2(devNull, STDERR_FILENO);
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        ::execl(program.c_str(), program.c_str(), project.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(pipeFds[1]);

    // Follow the child's steps; kill it once 30 are done, in the middle of a later one. The
    // child runs on meanwhile, so what it wrote before it died is read after the kill too: an
    // announced step it may have journalled is `pending`, an acknowledged one is expected.
    std::vector<Closure> expected;
    std::string pending; // announced, maybe journalled, not acknowledged
    std::string line;
    int done = 0;
    const auto follow = [&](bool untilThirty) {
        char c = 0;
        while ((!untilThirty || done < 30) && ::read(pipeFds[0], &c, 1) == 1) {
            if (c != '\n') {
                line += c;
                continue;
            }
            if (line == "ok") {
                applyStep(expected, pending);
                pending.clear();
                ++done;
            } else {
                pending = line;
            }
            line.clear();
        }
    };
    follow(true);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    follow(false); // the pipe's writer is gone: reads end at what it wrote
    ::close(pipeFds[0]);
    REQUIRE(done >= 30); // the child ran (else it exited early)
    CHECK(WIFSIGNALED(status));

    // The project file is intact and its journal holds every acknowledged edit.
    {
        const gis::Project file = gis::Project::open(project);
        CHECK(file.check().empty()); // PRAGMA integrity_check and the contract checks
    }
    ui::LoadedProject loaded = ui::loadProject(path);
    REQUIRE(loaded.error.isEmpty());
    CHECK(loaded.readOnlyReason.isEmpty()); // the killed process's lock is stale
    REQUIRE(loaded.recovered.size() == 1);
    CHECK(loaded.recovered[0].scenario == QStringLiteral("killed"));
    CHECK(loaded.scenario.name == "killed");
    std::vector<Closure> orPending = expected;
    if (!pending.empty())
        applyStep(orPending, pending);
    const std::vector<Closure> recovered = closures(loaded.scenario);
    const auto text = [](const std::vector<Closure>& edits) {
        std::string out;
        for (const Closure& c : edits)
            out += c.school + "@" + std::to_string(c.year) + " ";
        return out;
    };
    INFO("expected " << text(expected) << "\npending '" << pending << "'\nrecovered "
                     << text(recovered));
    CHECK((recovered == expected || recovered == orPending));
    CHECK(loaded.recovered[0].edits == static_cast<int>(recovered.size()));

    // Reopened in a document, editing goes on from the recovered state.
    ui::PlanDocument document;
    document.reset(std::move(loaded));
    REQUIRE(document.scenarioEditable());
    document.pushEdit(core::ClosureEdit { document.inputs()->schools.front().id, 2030 });
    CHECK(document.scenario().edits.size() == recovered.size() + 1);
    document.waitForAnalysis();
    CHECK(document.results() != nullptr);
}

TEST_CASE("Journal write errors on edit, undo and redo are reported and never diverge",
    "[app][plan_document]")
{
    seatplan::test::TempDir dir;
    const QString path = copySample(dir);
    ui::PlanDocument document;
    QSignalSpy failures(&document, &ui::PlanDocument::failed);
    document.reset(ui::loadProject(path));
    REQUIRE(document.createScenario(QStringLiteral("plan")));
    document.setActiveScenario(QStringLiteral("plan"));
    const auto& schools = document.inputs()->schools;
    document.pushEdit(core::ClosureEdit { schools.at(0).id, 2026 });
    document.pushEdit(core::ClosureEdit { schools.at(1).id, 2027 });
    REQUIRE(failures.isEmpty());
    REQUIRE(document.undoStack()->count() == 2);
    gis::ScenarioStore* store = document.scenarioStore();

    // Another program (or a failing disk) makes every journal update fail from now on.
    execSql(path,
        "CREATE TRIGGER test_fail_update BEFORE UPDATE ON seatplan_journal "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error (test)'); END;");

    SECTION("a failed undo is reported; the scenario is reloaded from the journal")
    {
        document.undoStack()->undo(); // must not throw through QUndoStack
        REQUIRE(failures.size() == 1);
        CHECK(failures.first().first().toString().contains(QStringLiteral("disk I/O error")));
        CHECK(document.scenario().edits.size() == 2); // memory still says what the file says
        QCoreApplication::processEvents(); // the queued reload
        document.waitForAnalysis();
        CHECK(document.undoStack()->count() == 0);
        CHECK(document.scenario().edits.size() == 2);
        CHECK(store->activeEdits("plan").size() == 2);
        CHECK(document.scenarioEditable());
        CHECK(document.results() != nullptr);
    }

    SECTION("a failed redo is reported; the undone edit stays undone in memory and file")
    {
        execSql(path, "DROP TRIGGER test_fail_update");
        document.undoStack()->undo();
        REQUIRE(failures.isEmpty());
        REQUIRE(store->activeEdits("plan").size() == 1);
        execSql(path,
            "CREATE TRIGGER test_fail_update BEFORE UPDATE ON seatplan_journal "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error (test)'); END;");
        document.undoStack()->redo();
        REQUIRE(failures.size() == 1);
        QCoreApplication::processEvents();
        CHECK(document.undoStack()->count() == 0);
        CHECK(document.scenario().edits.size() == 1);
        CHECK(store->activeEdits("plan").size() == 1);
    }

    SECTION("a failed push changes nothing and keeps the undo history")
    {
        execSql(path,
            "CREATE TRIGGER test_fail_insert BEFORE INSERT ON seatplan_journal "
            "BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END;");
        document.pushEdit(core::ClosureEdit { schools.at(2).id, 2028 });
        REQUIRE(failures.size() == 1);
        CHECK(failures.first().first().toString().contains(QStringLiteral("disk full")));
        CHECK(document.undoStack()->count() == 2);
        CHECK(document.scenario().edits.size() == 2);
        CHECK(store->activeEdits("plan").size() == 2);
    }
}
