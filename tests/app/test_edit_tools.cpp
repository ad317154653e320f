// The scenario edit tools driven like a planner drives them: QTest mouse events on the map
// canvas of a main window showing a copy of the sample project.
#include "seatplan/core/analyze.h"
#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/feature_picker.h"
#include "seatplan/ui/main_window.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/edit_context.h"
#include "seatplan/ui/tools/edit_toolbar.h"
#include "seatplan/ui/tools/school_place_tool.h"

#include "edit_session.h"
#include "test_paths.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

using namespace seatplan;
using test::balance;
using test::Session;
using test::soleSchoolCatchment;

namespace {

QRectF zonesExtent(const gis::VectorLayer& zones, const core::Catchment& c)
{
    QRectF box;
    for (std::size_t i = 0; i < zones.features.size(); ++i) {
        const std::string id = gis::toText(zones.value(i, "id"));
        if (std::none_of(c.zones.begin(), c.zones.end(),
                [&](const core::ZoneShare& z) { return z.zoneId == id; }))
            continue;
        const gis::Extent e = zones.features[i].geometry.extent();
        const QRectF r(QPointF(e.minX, e.minY), QPointF(e.maxX, e.maxY));
        box = box.isNull() ? r : box.united(r);
    }
    return box;
}

} // namespace

TEST_CASE("Drawing a catchment over zones assigns them, updates demand and utilisation, and "
          "undoes in one step",
    "[app][edit_tools]")
{
    Session s;
    if (!s.open()) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    const core::PlanningInputs& in = *s.document->inputs();
    const auto [target, school] = soleSchoolCatchment(in);
    const gis::VectorLayer& zones = s.document->findLayer("zones")->data->layer();
    const int year = s.document->year();
    const auto before = s.document->results();
    const core::BalanceRow* catchmentBefore
        = balance(*before, core::Scope::Catchment, target.id, year);
    const core::BalanceRow* schoolBefore = balance(*before, core::Scope::School, school, year);
    REQUIRE(catchmentBefore);
    REQUIRE(schoolBefore);
    const double demandBefore = catchmentBefore->demand;
    const double utilisationBefore = schoolBefore->utilisation;

    // Show the catchment with room around it, and draw a box over its right-hand neighbours.
    const QRectF box = zonesExtent(zones, target);
    s.canvas->zoomToExtent(box.adjusted(-box.width(), -box.height(), box.width(), box.height()));
    QTest::qWait(50);
    const QRectF drawnMap(
        QPointF(box.center().x(), box.top()), QPointF(box.right() + box.width() / 2, box.bottom()));
    const std::vector<QPoint> corners { s.screen(drawnMap.topLeft()), s.screen(drawnMap.topRight()),
        s.screen(drawnMap.bottomRight()), s.screen(drawnMap.bottomLeft()) };

    // The zones expected: more than half their area inside the drawn polygon (exact overlay
    // of every zone, no index), except those a locked catchment holds.
    gis::Geometry polygon;
    std::vector<gis::Coord> ring;
    for (const QPoint& p : corners) {
        const QPointF m = s.canvas->transform().toMap(QPointF(p));
        ring.push_back({ m.x(), m.y() });
    }
    ring.push_back(ring.front());
    polygon.addPolygon({ ring });
    std::set<std::string> lockedZones;
    for (const core::Catchment& c : in.catchments)
        if (c.locked && c.level == core::Level::Primary)
            for (const core::ZoneShare& z : c.zones)
                lockedZones.insert(z.zoneId);
    std::set<std::string> expected;
    for (std::size_t i = 0; i < zones.features.size(); ++i) {
        const gis::Geometry& g = zones.features[i].geometry;
        const double a = gis::area(g);
        const std::string id = gis::toText(zones.value(i, "id"));
        if (a > 0 && gis::intersectionArea(g, polygon) / a > 0.5 && !lockedZones.count(id))
            expected.insert(id);
    }
    std::set<std::string> added = expected;
    for (const core::ZoneShare& z : target.zones)
        if (z.share >= 1.0)
            added.erase(z.zoneId);
    REQUIRE_FALSE(added.empty());

    // Pick the catchment by clicking its school, then click the corners and double-click.
    s.tools->drawAction()->trigger();
    REQUIRE(s.canvas->mapTool() == s.tools->toolOf(s.tools->drawAction()));
    const auto schoolAt = s.tools->context()->schoolPosition(QString::fromStdString(school));
    REQUIRE(schoolAt);
    QTest::mouseClick(s.canvas, Qt::LeftButton, {}, s.screen(*schoolAt));
    REQUIRE(s.tools->context()->targetCatchment() == QString::fromStdString(target.id));
    const int steps = s.document->undoStack()->count();
    for (const QPoint& p : corners)
        QTest::mouseClick(s.canvas, Qt::LeftButton, {}, p);
    QTest::mouseDClick(s.canvas, Qt::LeftButton, {}, corners.back());
    REQUIRE(s.waitForResults());

    // One undo step; the target has the zones, and no other primary catchment keeps them.
    CHECK(s.document->undoStack()->count() == steps + 1);
    const auto after = s.catchments();
    const core::Catchment* grown = ui::findCatchment(after, target.id);
    REQUIRE(grown);
    std::map<std::string, double> shares;
    for (const core::ZoneShare& z : grown->zones)
        shares[z.zoneId] = z.share;
    for (const std::string& id : expected)
        CHECK(shares[id] == 1.0);
    for (const core::Catchment& c : after)
        if (c.id != target.id && c.level == core::Level::Primary)
            for (const core::ZoneShare& z : c.zones)
                CHECK_FALSE(expected.count(z.zoneId));

    // The catchment's demand is its zones' public demand (a full analysis, zone by zone).
    core::AnalysisOptions options;
    options.variants = { core::Variant::Medium };
    options.zoneDemand = true;
    const core::Results zoneResults = core::analyze(in, core::Scenario {}, options);
    std::map<std::string, double> zoneDemand;
    for (const core::ZoneDemandRow& r : zoneResults.zoneDemand)
        if (r.year == year && r.level == core::Level::Primary && r.variant == core::Variant::Medium)
            zoneDemand[r.zoneId] = r.publicDemand;
    double expectedDemand = 0;
    for (const auto& [id, share] : shares)
        expectedDemand += share * zoneDemand[id];
    const auto results = s.document->results();
    const core::BalanceRow* catchmentAfter
        = balance(*results, core::Scope::Catchment, target.id, year);
    const core::BalanceRow* schoolAfter = balance(*results, core::Scope::School, school, year);
    REQUIRE(catchmentAfter);
    REQUIRE(schoolAfter);
    CHECK(catchmentAfter->demand == Approx(expectedDemand).epsilon(1e-6));
    CHECK(catchmentAfter->demand > demandBefore);
    CHECK(schoolAfter->utilisation
        == Approx(catchmentAfter->demand / schoolAfter->capacity).epsilon(1e-6));
    CHECK(schoolAfter->utilisation > utilisationBefore);

    // Undo restores the catchments, the demand and the utilisation.
    s.document->undoStack()->undo();
    REQUIRE(s.waitForResults());
    CHECK(s.document->scenario().edits.empty());
    CHECK(s.catchments() == in.catchments);
    const auto undone = s.document->results();
    CHECK(balance(*undone, core::Scope::Catchment, target.id, year)->demand
        == Approx(demandBefore).epsilon(1e-9));
    CHECK(balance(*undone, core::Scope::School, school, year)->utilisation
        == Approx(utilisationBefore).epsilon(1e-9));
}

TEST_CASE(
    "Painting with the brush moves the zones passed over into the target", "[app][edit_tools]")
{
    Session s;
    if (!s.open()) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    const core::PlanningInputs& in = *s.document->inputs();
    const auto [target, school] = soleSchoolCatchment(in);
    const auto& zonesData = *s.document->findLayer("zones")->data;
    const QRectF box = zonesExtent(zonesData.layer(), target);
    s.canvas->zoomToExtent(box.adjusted(-box.width(), -box.height(), box.width(), box.height()));
    QTest::qWait(50);
    s.tools->brushAction()->trigger();
    s.tools->context()->setTargetCatchment(QString::fromStdString(target.id));

    // A stroke from the catchment's centre to the right, past its edge.
    const QPoint from = s.screen(box.center());
    const QPoint to = s.screen(QPointF(box.right() + box.width() / 2, box.center().y()));
    std::vector<QPoint> path;
    for (int k = 0; k <= 10; ++k)
        path.push_back(from + (to - from) * k / 10);
    std::set<std::string> expected;
    for (const QPoint& p : path) {
        const QPointF m = s.canvas->transform().toMap(QPointF(p));
        for (std::size_t i = 0; i < zonesData.layer().features.size(); ++i)
            if (render::picker::contains(zonesData, static_cast<long>(i), m))
                expected.insert(gis::toText(zonesData.layer().value(i, "id")));
    }
    REQUIRE(expected.size() >= 2);
    const int steps = s.document->undoStack()->count();
    QTest::mousePress(s.canvas, Qt::LeftButton, {}, path.front());
    for (const QPoint& p : path)
        QTest::mouseMove(s.canvas, p);
    QTest::mouseRelease(s.canvas, Qt::LeftButton, {}, path.back());
    REQUIRE(s.waitForResults());

    CHECK(s.document->undoStack()->count() == steps + 1);
    const auto after = s.catchments();
    const core::Catchment* grown = ui::findCatchment(after, target.id);
    REQUIRE(grown);
    for (const std::string& id : expected) {
        const core::Catchment* owner = ui::catchmentOfZone(after, id, core::Level::Primary);
        REQUIRE(owner);
        CHECK(owner->id == target.id);
    }
    CHECK(grown->zones.size() >= target.zones.size());
}

TEST_CASE("A locked catchment refuses the tools until it is unlocked", "[app][edit_tools]")
{
    Session s;
    if (!s.open()) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    const core::PlanningInputs& in = *s.document->inputs();
    const auto [target, school] = soleSchoolCatchment(in);
    const QRectF box = zonesExtent(s.document->findLayer("zones")->data->layer(), target);
    s.canvas->zoomToExtent(box.adjusted(-box.width(), -box.height(), box.width(), box.height()));
    QTest::qWait(50);
    s.tools->context()->setTargetCatchment(QString::fromStdString(target.id));
    REQUIRE(s.tools->lockAction()->isEnabled());
    s.tools->lockAction()->trigger();
    REQUIRE(s.waitForResults());
    REQUIRE(ui::findCatchment(s.catchments(), target.id)->locked);
    CHECK(s.document->undoStack()->undoText().contains(QString::fromStdString(target.id)));

    // Brushing a neighbour into the locked catchment changes nothing and says why.
    s.tools->brushAction()->trigger();
    QSignalSpy messages(s.tools, &ui::EditToolbar::message);
    const int steps = s.document->undoStack()->count();
    const std::size_t edits = s.document->scenario().edits.size();
    const QPoint outside = s.screen(QPointF(box.right() + box.width() / 3, box.center().y()));
    QTest::mouseClick(s.canvas, Qt::LeftButton, {}, outside);
    CHECK(s.document->undoStack()->count() == steps);
    CHECK(s.document->scenario().edits.size() == edits);
    REQUIRE_FALSE(messages.isEmpty());
    CHECK(messages.last().first().toString().contains(QStringLiteral("locked")));

    // Unlocking is one more undo step, and then the brush works.
    s.tools->lockAction()->trigger();
    REQUIRE(s.waitForResults());
    CHECK_FALSE(ui::findCatchment(s.catchments(), target.id)->locked);
    QTest::mouseClick(s.canvas, Qt::LeftButton, {}, outside);
    REQUIRE(s.waitForResults());
    CHECK(s.document->undoStack()->count() == steps + 2);
}

TEST_CASE(
    "Placing a school adds it to its zone's catchment as one named undo step", "[app][edit_tools]")
{
    Session s;
    if (!s.open()) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    const core::PlanningInputs& in = *s.document->inputs();
    const auto [target, school] = soleSchoolCatchment(in);
    const QRectF box = zonesExtent(s.document->findLayer("zones")->data->layer(), target);
    s.canvas->zoomToExtent(box);
    QTest::qWait(50);
    s.tools->placeSchoolAction()->trigger();
    auto* tool = qobject_cast<ui::SchoolPlaceTool*>(s.tools->toolOf(s.tools->placeSchoolAction()));
    REQUIRE(tool);
    core::School proposed;
    tool->setPrompt([&](const core::School& proposal) {
        proposed = proposal;
        core::School placed = proposal;
        placed.name = "新城小学";
        placed.classes = { 24, 0 };
        return std::optional<core::School>(placed);
    });
    // Click inside the zone the catchment holds most of (a zone may be shared between two).
    const auto whole = std::max_element(target.zones.begin(), target.zones.end(),
        [](const core::ZoneShare& a, const core::ZoneShare& b) { return a.share < b.share; });
    const auto zone = s.tools->context()->zones()->indexOf(whole->zoneId);
    REQUIRE(zone);
    const QPoint click = s.screen(s.tools->context()->zones()->interiorPoint(*zone));
    QTest::mouseClick(s.canvas, Qt::LeftButton, {}, click);
    REQUIRE(s.waitForResults());

    CHECK(proposed.id == "N1");
    CHECK(proposed.type == core::SchoolType::Primary);
    CHECK(s.document->undoStack()->undoText() == QStringLiteral("Add school N1"));
    const auto& edits = s.document->scenario().edits;
    REQUIRE_FALSE(edits.empty());
    const auto* added = std::get_if<core::NewSchoolEdit>(&edits.front());
    REQUIRE(added);
    CHECK(added->school.name == "新城小学");
    // The school stands where it was clicked (unless the click fell on a reserved plot, which
    // moves it inside the plot) and the tools find it there.
    REQUIRE(added->location.has_value());
    const QPointF clicked = s.canvas->transform().toMap(QPointF(click));
    if (s.tools->context()->featureAt("plots", clicked).isEmpty()) {
        CHECK(added->location->x == Approx(clicked.x()));
        CHECK(added->location->y == Approx(clicked.y()));
    }
    CHECK(s.tools->context()->schoolPosition("N1").has_value());
    const auto inEffect = s.catchments(); // alive: findCatchment points into it
    const core::Catchment* joined = ui::findCatchment(inEffect, target.id);
    REQUIRE(joined);
    CHECK(std::any_of(joined->schools.begin(), joined->schools.end(),
        [](const core::SchoolShare& sh) { return sh.schoolId == "N1"; }));
    CHECK(
        balance(*s.document->results(), core::Scope::School, "N1", s.document->year()) != nullptr);

    s.document->undoStack()->undo();
    REQUIRE(s.waitForResults());
    CHECK(s.document->scenario().edits.empty());
}

TEST_CASE("Clicking a school that serves no catchment of the level says so and picks nothing",
    "[app][edit_tools]")
{
    Session s;
    if (!s.open()) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    // A junior school while the document shows primary catchments.
    const core::PlanningInputs& in = *s.document->inputs();
    REQUIRE(s.document->level() == core::Level::Primary);
    std::set<std::string> primaryServing;
    for (const core::Catchment& c : in.catchments)
        if (c.level == core::Level::Primary)
            for (const core::SchoolShare& share : c.schools)
                primaryServing.insert(share.schoolId);
    std::optional<QPointF> at;
    QString school;
    for (const core::School& candidate : in.schools) {
        if (primaryServing.count(candidate.id))
            continue;
        school = QString::fromStdString(candidate.id);
        at = s.tools->context()->schoolPosition(school);
        if (at)
            break;
    }
    REQUIRE(at);
    s.canvas->zoomToExtent(QRectF(*at - QPointF(300, 300), QSizeF(600, 600)));
    QTest::qWait(50);

    s.tools->context()->setTargetCatchment(
        QString::fromStdString(soleSchoolCatchment(in).first.id));
    for (QAction* tool :
        { s.tools->brushAction(), s.tools->vertexAction(), s.tools->drawAction() }) {
        tool->trigger();
        QSignalSpy messages(s.tools, &ui::EditToolbar::message);
        QTest::mouseClick(s.canvas, Qt::LeftButton, {}, s.screen(*at));
        INFO(tool->text().toStdString());
        CHECK(s.tools->context()->targetCatchment().isEmpty());
        REQUIRE_FALSE(messages.isEmpty());
        CHECK(messages.last().first().toString().contains(school));
        CHECK(messages.last().first().toString().contains(QStringLiteral("serves no")));
    }
}
