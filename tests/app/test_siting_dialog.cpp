#include "seatplan/core/analyze.h"
#include "seatplan/gis/project.h"
#include "seatplan/render/scenario_loader.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"
#include "seatplan/ui/scenario_overlay.h"
#include "seatplan/ui/siting_dialog.h"
#include "seatplan/ui/siting_site_model.h"
#include "seatplan/ui/tools_menu.h"

#include "test_paths.h"

#include <QAction>
#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace seatplan;

namespace {

/// Copies the bundled sample (and its raster) into `dir`; returns the project path, or "".
QString copySample(const seatplan::test::TempDir& dir)
{
    const auto data = seatplan::test::sourceDir() / "data";
    if (!std::filesystem::exists(data / "meizhou.gpkg"))
        return {};
    std::filesystem::copy_file(data / "meizhou.gpkg", dir / "meizhou.gpkg");
    if (std::filesystem::exists(data / "meizhou.population.tif"))
        std::filesystem::copy_file(data / "meizhou.population.tif", dir / "meizhou.population.tif");
    return QString::fromStdString((dir / "meizhou.gpkg").string());
}

int newSchools(const core::Scenario& scenario)
{
    int n = 0;
    for (const core::ScenarioEdit& edit : scenario.edits)
        n += std::holds_alternative<core::NewSchoolEdit>(edit);
    return n;
}

bool hasSchoolRow(const core::Results& results, const std::string& id)
{
    for (const core::BalanceRow& row : results.schools)
        if (row.id == id && row.capacity > 0)
            return true;
    return false;
}

} // namespace

TEST_CASE("The siting dialog proposes plots, shows them and accepts them as one undoable edit",
    "[app][siting_dialog]")
{
    seatplan::test::TempDir dir;
    const QString path = copySample(dir);
    if (path.isEmpty()) {
        WARN("no data/meizhou.gpkg; skipped");
        return;
    }
    ui::PlanDocument document;
    ui::ScenarioOverlay overlay(&document);
    document.reset(ui::loadProject(path));
    REQUIRE(document.isOpen());

    ui::SitingDialog dialog(document);
    dialog.setOverlay(&overlay);
    gis::SitingRequest request;
    request.level = core::Level::Primary;
    request.budget.maxNewSchools = 2;
    dialog.setRequest(request);
    dialog.setSearchSeconds(0.5);
    CHECK(dialog.request().budget.maxNewSchools == 2);
    CHECK(dialog.request().level == core::Level::Primary);

    QSignalSpy finished(&dialog, &ui::SitingDialog::finished);
    dialog.run();
    CHECK(dialog.isRunning());
    REQUIRE(finished.wait(120000));
    INFO(dialog.lastError().toStdString());
    REQUIRE(dialog.lastError().isEmpty());
    const auto run = dialog.lastRun();
    REQUIRE(run);
    const int sites = static_cast<int>(run->explanations.size());
    REQUIRE(sites >= 1);
    CHECK(sites <= 2);

    // The table lists each site with its reason; the map highlights the proposed plots.
    ui::SitingSiteModel* model = dialog.siteModel();
    REQUIRE(model->rowCount() == sites);
    CHECK(model->index(0, ui::SitingSiteModel::Plot).data().toString().startsWith(u'P'));
    CHECK(model->index(0, ui::SitingSiteModel::Seats).data().toLongLong() > 0);
    CHECK(!model->index(0, ui::SitingSiteModel::Why).data().toString().isEmpty());
    CHECK(document.selectionLayer() == QStringLiteral("plots"));
    CHECK(document.selectedFids().size() == sites);
    // The map draws the proposal: a square per proposed school and its catchment.
    auto proposal = overlay.proposalLayers();
    REQUIRE(proposal.size() == 2);
    CHECK(proposal[0].id == QStringLiteral("proposal-catchments"));
    CHECK(static_cast<int>(proposal[0].vector->layer().features.size()) == sites);
    CHECK(static_cast<int>(proposal[1].vector->layer().features.size()) == sites);
    CHECK((sites == 1 || proposal[0].style->fillOf(0) != proposal[0].style->fillOf(sites - 1)));

    // Accepting from the read-only base creates a scenario and pushes ONE undo command.
    const int before = document.undoStack()->count();
    REQUIRE(dialog.acceptProposal(QStringLiteral("选址方案")));
    CHECK(dialog.scenario() == QStringLiteral("选址方案"));
    CHECK(document.undoStack()->count() == before + 1);
    const auto inScenario = [&] {
        gis::Project project = gis::Project::openReadOnly(path.toStdString());
        return render::loadScenario(project, "选址方案").scenario;
    };
    CHECK(newSchools(inScenario()) == sites);
    for (const core::ScenarioEdit& edit : inScenario().edits)
        if (const auto* added = std::get_if<core::NewSchoolEdit>(&edit))
            CHECK(added->location.has_value()); // accepted schools keep their plot's position
    // The scenario's new schools are on the map now.
    REQUIRE(overlay.schools());
    CHECK(overlay.schools()->vector->layer().fieldIndex(render::kNewSchoolField) >= 0);
    const std::string firstSchool = "site-" + run->explanations.front().siteId;
    core::AnalysisOptions year;
    year.firstYear = year.lastYear = run->setup.year;
    year.variants = { core::Variant::Medium };
    CHECK(hasSchoolRow(core::analyze(run->loaded.inputs, inScenario(), year), firstSchool));
    // The window follows: the new scenario is active and its results hold the new school.
    CHECK(document.scenario().name == "选址方案");
    document.waitForAnalysis();
    REQUIRE(document.results());
    CHECK(hasSchoolRow(*document.results(), firstSchool));

    document.undoStack()->undo();
    document.waitForAnalysis();
    REQUIRE(document.results());
    CHECK_FALSE(hasSchoolRow(*document.results(), firstSchool));
    CHECK(newSchools(inScenario()) == 0);
    CHECK(inScenario().edits.empty());
    CHECK_FALSE(hasSchoolRow(core::analyze(run->loaded.inputs, inScenario(), year), firstSchool));
    document.undoStack()->redo();
    CHECK(newSchools(inScenario()) == sites);

    // The scenario now holds those plots: a second run does not propose them again.
    finished.clear();
    dialog.run();
    REQUIRE(finished.wait(120000));
    REQUIRE(dialog.lastRun());
    for (const core::SiteExplanation& site : dialog.lastRun()->explanations)
        for (const core::SiteExplanation& old : run->explanations)
            CHECK(site.siteId != old.siteId);
    // Closing the dialog takes its proposal off the map.
    CHECK((dialog.lastRun()->explanations.empty() || !overlay.proposalLayers().empty()));
    dialog.reject();
    CHECK(overlay.proposalLayers().empty());
}

TEST_CASE(
    "A siting search can be stopped and the Tools menu opens the dialog", "[app][siting_dialog]")
{
    seatplan::test::TempDir dir;
    const QString path = copySample(dir);
    if (path.isEmpty()) {
        WARN("no data/meizhou.gpkg; skipped");
        return;
    }
    ui::PlanDocument document;
    document.reset(ui::loadProject(path));
    ui::ToolsMenu menu(document, nullptr);
    QAction* site = menu.findChild<QAction*>(QStringLiteral("siteSchoolsAction"));
    REQUIRE(site);
    CHECK(site->isEnabled());
    ui::SitingDialog* dialog = menu.openSitingDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->setSearchSeconds(120);
    QSignalSpy finished(dialog, &ui::SitingDialog::finished);
    dialog->run();
    dialog->cancel();
    REQUIRE(finished.wait(120000));
    // Stopped early: the best answer found so far, still a consistent one.
    INFO(dialog->lastError().toStdString());
    REQUIRE(dialog->lastRun());
    CHECK(dialog->lastRun()->result.cancelled);
    CHECK(dialog->lastRun()->result.evaluation.feasible());
    delete dialog;
}
