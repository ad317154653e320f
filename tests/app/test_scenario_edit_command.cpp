#include "seatplan/gis/project.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/ui/scenario_edit_command.h"

#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace seatplan;

TEST_CASE("Scenario edits on the undo stack keep memory and the journal in step",
    "[app][scenario_edit_command]")
{
    seatplan::test::TempDir dir;
    gis::Project project = gis::Project::create((dir / "p.gpkg").string());
    gis::ScenarioStore store(project);
    store.create("plan");
    core::Scenario scenario;
    scenario.name = "plan";
    int changes = 0;
    QUndoStack stack;
    const auto push = [&](core::ScenarioEdit edit) {
        stack.push(
            new ui::ScenarioEditCommand(store, scenario, std::move(edit), [&] { ++changes; }));
    };
    push(core::ClosureEdit { "S1", 2026 });
    push(core::ExpansionEdit { "S2", 2027, { 6, 0 } });
    CHECK(stack.text(0) == QStringLiteral("Close school S1"));
    CHECK(scenario.edits.size() == 2);
    CHECK(store.activeEdits("plan").size() == 2);

    stack.undo();
    CHECK(scenario.edits.size() == 1);
    REQUIRE(store.activeEdits("plan").size() == 1);
    CHECK(store.activeEdits("plan")[0].kind == "closure");
    stack.redo();
    CHECK(scenario.edits.size() == 2);
    CHECK(store.activeEdits("plan").size() == 2);

    // A new edit after an undo ends the redo branch in memory and in the journal.
    stack.undo();
    push(core::CatchmentEdit { { "C1", core::Level::Primary, {}, {}, false }, true });
    CHECK(stack.count() == 2);
    CHECK(scenario.edits.size() == 2);
    const auto journal = store.journal("plan");
    REQUIRE(journal.size() == 2);
    CHECK(journal[1].kind == "catchment");
    CHECK(changes == 6);
}
