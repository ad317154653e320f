// The map's scenario overlay: the active scenario's catchments dissolved from their zones and
// its new schools where they were placed, on the sample project.
#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/scenario_layers.h"
#include "seatplan/ui/main_window.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"
#include "seatplan/ui/scenario_overlay.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/edit_context.h"
#include "seatplan/ui/tools/edit_toolbar.h"
#include "seatplan/ui/tools/school_place_tool.h"

#include "test_paths.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

using namespace seatplan;

namespace {

/// Copies the sample project into `dir`; returns its path, or "" when the sample is absent.
QString copySample(const test::TempDir& dir)
{
    const auto source = test::sourceDir() / "data" / "meizhou.gpkg";
    if (!std::filesystem::exists(source))
        return {};
    std::filesystem::copy_file(source, dir / "meizhou.gpkg");
    return QString::fromStdString((dir / "meizhou.gpkg").string());
}

/// The feature of `layer` whose "id" is `id`, or -1.
long featureOf(const gis::VectorLayer& layer, const std::string& id)
{
    for (std::size_t i = 0; i < layer.features.size(); ++i)
        if (gis::toText(layer.value(i, "id")) == id)
            return static_cast<long>(i);
    return -1;
}

double zonesArea(const gis::VectorLayer& zones, const core::Catchment& c)
{
    double sum = 0.0;
    for (const core::ZoneShare& z : c.zones) {
        const long i = featureOf(zones, z.zoneId);
        if (i >= 0)
            sum += gis::area(zones.features[static_cast<std::size_t>(i)].geometry);
    }
    return sum;
}

/// Opens the sample in a main window, in an editable scenario `name`.
bool openWindow(ui::MainWindow& window, const QString& path, const char* name, bool create)
{
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &ui::MainWindow::projectOpened);
    REQUIRE(window.openProject(path));
    REQUIRE(opened.wait(60000));
    REQUIRE(opened.first().first().toBool());
    ui::PlanDocument* document = window.document();
    REQUIRE(document->inputs() != nullptr);
    if (create)
        document->scenarioStore()->create(name, "made by the overlay tests");
    document->setActiveScenario(QString::fromLatin1(name));
    return document->scenarioEditable();
}

} // namespace

TEST_CASE("Under a scenario the map draws its catchments dissolved from their zones and "
          "redraws only the catchments an edit changes",
    "[app][scenario_overlay]")
{
    test::TempDir dir;
    const QString path = copySample(dir);
    if (path.isEmpty()) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    ui::PlanDocument document;
    ui::ScenarioOverlay overlay(&document);
    document.reset(ui::loadProject(path));
    REQUIRE(document.inputs());
    CHECK_FALSE(overlay.catchments()); // the base: the project's own layer is drawn
    document.scenarioStore()->create("overlay", "");
    QSignalSpy changed(&overlay, &ui::ScenarioOverlay::changed);
    document.setActiveScenario(QStringLiteral("overlay"));
    // Back in the event loop before the dissolve is delivered: nothing of it drawn yet.
    CHECK(overlay.dissolving());
    CHECK_FALSE(overlay.catchments());
    REQUIRE(changed.wait(60000)); // the event loop runs while the worker dissolves
    overlay.waitForDissolve();
    CHECK_FALSE(overlay.dissolving());
    document.waitForAnalysis(); // the colours follow the scenario's results
    REQUIRE(overlay.catchments());
    const gis::VectorLayer& zones = document.findLayer("zones")->data->layer();

    // Every primary catchment is drawn once, as the union of its zones.
    const auto all = ui::effectiveCatchments(*document.inputs(), document.scenario());
    const core::Catchment* target = nullptr;
    int primary = 0;
    for (const core::Catchment& c : all)
        if (c.level == core::Level::Primary) {
            ++primary;
            if (!target && !c.locked && c.zones.size() >= 3)
                target = &c;
        }
    REQUIRE(target);
    const gis::VectorLayer& drawn = overlay.catchments()->vector->layer();
    CHECK(static_cast<int>(drawn.features.size()) == primary);
    long i = featureOf(drawn, target->id);
    REQUIRE(i >= 0);
    const double before = gis::area(drawn.features[static_cast<std::size_t>(i)].geometry);
    CHECK(before == Approx(zonesArea(zones, *target)).epsilon(1e-6));
    // Coloured by the scenario's results when catchments are the shortfall scope.
    CHECK(qAlpha(overlay.catchments()->style->fillOf(static_cast<std::size_t>(i))) == 0);
    document.setShortfallScope(ui::ShortfallScope::Catchments);
    CHECK(qAlpha(overlay.catchments()->style->fillOf(static_cast<std::size_t>(i))) > 0);

    // A catchment edit that drops a zone shrinks the drawn polygon by that zone's area, and
    // only that catchment is dissolved again.
    const int dissolved = overlay.dissolvedCount();
    core::Catchment smaller = *target;
    const std::string dropped = smaller.zones.back().zoneId;
    smaller.zones.pop_back();
    document.pushEdit(core::CatchmentEdit { smaller, false });
    overlay.waitForDissolve();
    document.waitForAnalysis(); // the contiguity check takes the same dissolve
    CHECK(overlay.dissolvedCount() == dissolved + 1);
    const gis::VectorLayer& redrawn = overlay.catchments()->vector->layer();
    i = featureOf(redrawn, target->id);
    REQUIRE(i >= 0);
    const double after = gis::area(redrawn.features[static_cast<std::size_t>(i)].geometry);
    CHECK(after == Approx(zonesArea(zones, smaller)).epsilon(1e-6));
    const long zone = featureOf(zones, dropped);
    REQUIRE(zone >= 0);
    CHECK(before - after
        == Approx(gis::area(zones.features[static_cast<std::size_t>(zone)].geometry))
               .epsilon(1e-6));

    // An edit that changes no catchment and no new school dissolves nothing.
    const std::string school = target->schools.front().schoolId;
    document.pushEdit(core::ExpansionEdit { school, document.year(), { 6, 0 } });
    CHECK_FALSE(overlay.dissolving());
    document.waitForAnalysis();
    CHECK(overlay.dissolvedCount() == dissolved + 1);
    // Undo restores the drawn catchment.
    document.undoStack()->undo();
    document.undoStack()->undo();
    overlay.waitForDissolve();
    i = featureOf(overlay.catchments()->vector->layer(), target->id);
    REQUIRE(i >= 0);
    CHECK(gis::area(
              overlay.catchments()->vector->layer().features[static_cast<std::size_t>(i)].geometry)
        == Approx(before).epsilon(1e-9));
}

TEST_CASE("A school placed with the tool is on the map where it was placed after the project "
          "is reopened",
    "[app][scenario_overlay]")
{
    test::TempDir dir;
    const QString path = copySample(dir);
    if (path.isEmpty()) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    QPointF placedAt;
    {
        ui::MainWindow window;
        REQUIRE(openWindow(window, path, "placed", true));
        ui::EditToolbar* tools = window.editToolBar();
        ui::MapCanvas* canvas = window.canvas();
        tools->placeSchoolAction()->trigger();
        auto* tool = qobject_cast<ui::SchoolPlaceTool*>(tools->toolOf(tools->placeSchoolAction()));
        REQUIRE(tool);
        tool->setPrompt([](const core::School& proposal) {
            core::School s = proposal;
            s.name = "新城小学";
            return std::optional<core::School>(s);
        });
        // Click in the middle of a zone far from any reserved plot: the school stays there.
        const ui::ZoneLookup* zones = tools->context()->zones();
        REQUIRE(zones);
        std::optional<QPointF> target;
        for (std::size_t z = 0; z < zones->layer().features.size() && !target; ++z) {
            const QPointF p = zones->interiorPoint(z);
            if (tools->context()->featureAt("plots", p).isEmpty())
                target = p;
        }
        REQUIRE(target);
        canvas->zoomToExtent(QRectF(*target - QPointF(1500, 1500), QSizeF(3000, 3000)));
        QTest::qWait(50);
        const QPoint click = canvas->transform().toScreen(target->x(), target->y()).toPoint();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, click);
        placedAt = canvas->transform().toMap(QPointF(click));
        REQUIRE(window.document()->scenario().edits.size() >= 1);
        // Drawn at once, with the "new" ring, in this session...
        const auto& schools = canvas->overlay()->schools();
        REQUIRE(schools);
        const long n = featureOf(schools->vector->layer(), "N1");
        REQUIRE(n >= 0);
        CHECK(schools->style->markersOf(static_cast<std::size_t>(n))
            & static_cast<std::uint8_t>(render::MarkerFlag::New));
        window.close();
    }
    // ... and after reopening the project, from the journal.
    ui::MainWindow again;
    REQUIRE(openWindow(again, path, "placed", false));
    const auto& schools = again.canvas()->overlay()->schools();
    REQUIRE(schools);
    const gis::VectorLayer& layer = schools->vector->layer();
    const long n = featureOf(layer, "N1");
    REQUIRE(n >= 0);
    CHECK(gis::toText(layer.value(static_cast<std::size_t>(n), "name")) == "新城小学");
    CHECK(gis::toInt64(layer.value(static_cast<std::size_t>(n), render::kNewSchoolField)) == 1);
    const gis::Coord& at = layer.features[static_cast<std::size_t>(n)].geometry.coords.front();
    CHECK(at.x == Approx(placedAt.x()).margin(0.01));
    CHECK(at.y == Approx(placedAt.y()).margin(0.01));
    // The project's schools are all there too.
    CHECK(layer.features.size()
        == again.document()->findLayer("schools")->data->layer().features.size() + 1);
}
