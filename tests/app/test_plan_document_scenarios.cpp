#include "seatplan/gis/project_lock.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"
#include "seatplan/ui/scenario_dock.h"

#include "test_paths.h"

#include <QAbstractItemModel>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QUndoView>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace seatplan;

namespace {

/// Copies the bundled sample (and its raster) into `dir`; returns the project path.
QString copySample(const seatplan::test::TempDir& dir)
{
    const auto data = seatplan::test::sourceDir() / "data";
    std::filesystem::copy_file(data / "meizhou.gpkg", dir / "meizhou.gpkg");
    std::filesystem::copy_file(data / "meizhou.population.tif", dir / "meizhou.population.tif");
    return QString::fromStdString((dir / "meizhou.gpkg").string());
}

/// Sum of the demand of every catchment row (a fingerprint of the catchment results).
double catchmentDemand(const core::Results& results, const std::string& id)
{
    double sum = 0;
    for (const core::BalanceRow& row : results.catchments)
        if (row.id == id)
            sum += row.demand;
    return sum;
}

} // namespace

TEST_CASE("A catchment edit pushed on the document is journalled, re-analysed and undone exactly",
    "[app][plan_document]")
{
    seatplan::test::TempDir dir;
    const QString path = copySample(dir);
    ui::PlanDocument document;
    QSignalSpy failures(&document, &ui::PlanDocument::failed);
    document.reset(ui::loadProject(path));
    REQUIRE(document.isOpen());
    REQUIRE_FALSE(document.readOnly());
    REQUIRE(document.inputs() != nullptr);
    REQUIRE(document.results() != nullptr);
    CHECK(document.scenario().name == "base");
    CHECK(document.scenarioNames().front() == QStringLiteral("base"));
    CHECK_FALSE(document.scenarioEditable());

    REQUIRE(document.createScenario(QStringLiteral("plan")));
    CHECK(document.scenarioNames().contains(QStringLiteral("plan")));
    document.setActiveScenario(QStringLiteral("plan"));
    REQUIRE(document.scenario().name == "plan");
    CHECK(document.scenarioEditable());
    document.waitForAnalysis();
    CHECK_FALSE(document.analysing());

    // Move every zone of the first catchment into the second one of the same level.
    const auto& catchments = document.inputs()->catchments;
    REQUIRE(catchments.size() >= 2);
    core::Catchment from = catchments[0];
    const auto to = std::find_if(catchments.begin() + 1, catchments.end(),
        [&](const core::Catchment& c) { return c.level == from.level; });
    REQUIRE(to != catchments.end());
    core::Catchment grown = *to;
    grown.zones.insert(grown.zones.end(), from.zones.begin(), from.zones.end());
    const double before = catchmentDemand(*document.results(), grown.id);
    const auto baseResults = document.results();

    document.pushEdit(core::CatchmentEdit { grown, false });
    CHECK(failures.isEmpty());
    // The journal is written at once; the results follow from the worker thread.
    CHECK(document.scenarioStore()->activeEdits("plan").size() == 1);
    CHECK(document.analysing());
    CHECK(document.results() == baseResults);
    document.waitForAnalysis();
    CHECK_FALSE(document.analysing());
    REQUIRE(document.results() != baseResults);
    CHECK(catchmentDemand(*document.results(), grown.id) > before);
    CHECK(document.scenario().edits.size() == 1);
    const auto journal = document.scenarioStore()->activeEdits("plan");
    REQUIRE(journal.size() == 1);
    CHECK(journal[0].kind == "catchment");

    document.undoStack()->undo();
    CHECK(document.scenario().edits.empty());
    CHECK(document.scenarioStore()->activeEdits("plan").empty());
    document.waitForAnalysis();
    REQUIRE(document.results()->catchments.size() == baseResults->catchments.size());
    for (std::size_t i = 0; i < baseResults->catchments.size(); ++i) {
        CHECK(document.results()->catchments[i].demand == baseResults->catchments[i].demand);
        CHECK(document.results()->catchments[i].capacity == baseResults->catchments[i].capacity);
    }
    CHECK(document.results()->flags.size() == baseResults->flags.size());

    // The active scenario is remembered: a second load opens it with its edits.
    document.undoStack()->redo();
    document.reset({});
    const ui::LoadedProject again = ui::loadProject(path);
    CHECK(again.scenario.name == "plan");
    CHECK(again.scenario.edits.size() == 1);
}

TEST_CASE(
    "A project locked by another process opens read-only and refuses edits", "[app][plan_document]")
{
    seatplan::test::TempDir dir;
    const QString path = copySample(dir);
    const gis::ProjectLock other(path.toStdString()); // this process holds it, like another app
    REQUIRE(other.held());
    // A second lock in the same process counts as another holder (the lock file exists).
    ui::LoadedProject loaded = ui::loadProject(path);
    REQUIRE(loaded.error.isEmpty());
    ui::PlanDocument document;
    QSignalSpy failures(&document, &ui::PlanDocument::failed);
    document.reset(std::move(loaded));
    CHECK(document.readOnly());
    CHECK_FALSE(document.readOnlyReason().isEmpty());
    CHECK_FALSE(document.createScenario(QStringLiteral("plan")));
    CHECK_FALSE(document.scenarioEditable());
    document.pushEdit(core::ClosureEdit { "S0001", 2026 });
    CHECK(failures.size() == 2);
}

TEST_CASE("The scenario dock creates and activates a scenario and shows its undo history",
    "[app][scenario_dock]")
{
    seatplan::test::TempDir dir;
    const QString path = copySample(dir);
    ui::PlanDocument document;
    document.reset(ui::loadProject(path));
    ui::ScenarioDock dock(&document);
    CHECK(dock.list()->count() == 1); // the base
    REQUIRE(dock.createNamed(QStringLiteral("east")));
    CHECK(dock.list()->count() == 2);
    CHECK(document.scenario().name == "east");
    document.pushEdit(core::ClosureEdit { document.inputs()->schools.front().id, 2026 });
    CHECK(dock.history()->model()->rowCount() == 2); // "<no edits>" and the edit
    REQUIRE(dock.renameTo(QStringLiteral("east"), QStringLiteral("east2")));
    CHECK(document.scenario().name == "east2");
    CHECK(document.scenarioStore()->activeEdits("east2").size() == 1);
    REQUIRE(dock.duplicateAs(QStringLiteral("east2"), QStringLiteral("copy")));
    CHECK(document.scenario().name == "copy");
    CHECK(document.scenario().edits.size() == 1);
}

TEST_CASE("Opening after a crash reports the journalled edits per scenario", "[app][plan_document]")
{
    seatplan::test::TempDir dir;
    const QString path = copySample(dir);
    {
        ui::PlanDocument document;
        document.reset(ui::loadProject(path));
        REQUIRE(document.createScenario(QStringLiteral("plan")));
        document.setActiveScenario(QStringLiteral("plan"));
        document.pushEdit(core::ClosureEdit { document.inputs()->schools.front().id, 2026 });
        document.pushEdit(core::ClosureEdit { document.inputs()->schools.back().id, 2027 });
    }
    // A lock left by a process of this host that no longer runs, as after kill -9.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    REQUIRE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    REQUIRE(gone.waitForFinished());
    std::ofstream(gis::lockFilePath(path.toStdString()))
        << pid << ' ' << QSysInfo::machineHostName().toStdString() << " 2026-01-01T00:00:00Z\n";
    const ui::LoadedProject loaded = ui::loadProject(path);
    CHECK(loaded.readOnlyReason.isEmpty());
    REQUIRE(loaded.recovered.size() == 1);
    CHECK(loaded.recovered[0].scenario == QStringLiteral("plan"));
    CHECK(loaded.recovered[0].edits == 2);
    CHECK(loaded.scenario.name == "plan");
    CHECK(loaded.scenario.edits.size() == 2);
}

TEST_CASE("Reloading the open project after releasing it keeps it writable", "[app][plan_document]")
{
    seatplan::test::TempDir dir;
    const QString path = copySample(dir);
    if (path.isEmpty()) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    ui::PlanDocument document;
    document.reset(ui::loadProject(path));
    REQUIRE_FALSE(document.readOnly());
    // Loading it again while the document holds it finds our own lock: read-only.
    CHECK(ui::loadProject(path).readOnlyReason.size() > 0);
    // What the window does after an import: release, then load again.
    document.releaseProject();
    CHECK(document.readOnly());
    CHECK_FALSE(document.scenarioEditable());
    document.reset(ui::loadProject(path));
    CHECK_FALSE(document.readOnly());
    CHECK(document.createScenario(QStringLiteral("after-import")));
}
