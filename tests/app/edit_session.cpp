#include "edit_session.h"

#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/edit_toolbar.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

namespace seatplan::test {

bool Session::open(const char* scenario)
{
    const std::filesystem::path source(SEATPLAN_SOURCE_DIR "/data");
    if (!std::filesystem::exists(source / "meizhou.gpkg"))
        return false;
    std::filesystem::copy_file(source / "meizhou.gpkg", dir / "meizhou.gpkg");
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    document = window.document();
    canvas = window.canvas();
    tools = window.editToolBar();
    QSignalSpy opened(&window, &ui::MainWindow::projectOpened);
    REQUIRE(window.openProject(QString::fromStdString((dir / "meizhou.gpkg").string())));
    REQUIRE(opened.wait(60000));
    REQUIRE(opened.first().first().toBool());
    REQUIRE(document->inputs() != nullptr);
    // The base is read-only: the tools wait for a scenario of the planner's own.
    CHECK_FALSE(tools->drawAction()->isEnabled());
    REQUIRE(document->scenarioStore() != nullptr);
    document->scenarioStore()->create(scenario, "made by the edit tool tests");
    document->setActiveScenario(QString::fromLatin1(scenario));
    REQUIRE(document->scenarioEditable());
    CHECK(tools->drawAction()->isEnabled());
    REQUIRE(waitForResults());
    return true;
}

bool Session::waitForResults()
{
    for (int i = 0; i < 600; ++i) {
        const auto& r = document->results();
        if (r && r->scenario == document->scenario().name && !document->analysing())
            return true;
        QTest::qWait(20);
    }
    return false;
}

bool waitForNewResults(ui::PlanDocument& document, const std::shared_ptr<const core::Results>& old)
{
    for (int i = 0; i < 1500; ++i) {
        const auto& r = document.results();
        if (r && r != old && r->scenario == document.scenario().name)
            return true;
        QTest::qWait(20);
    }
    return false;
}

gis::Geometry polygonOf(const QPolygonF& ring)
{
    std::vector<gis::Coord> coords;
    for (const QPointF& q : ring)
        coords.push_back({ q.x(), q.y() });
    if (!ring.isClosed())
        coords.push_back(coords.front());
    gis::Geometry g;
    g.addPolygon({ coords });
    return g;
}

std::set<std::string> majorityIn(
    const gis::VectorLayer& zones, const QPolygonF& inside, const QPolygonF& outside)
{
    const gis::Geometry in = polygonOf(inside);
    const gis::Geometry out = outside.isEmpty() ? gis::Geometry() : polygonOf(outside);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < zones.features.size(); ++i) {
        const gis::Geometry& g = zones.features[i].geometry;
        const double a = gis::area(g);
        if (a > 0 && gis::intersectionArea(g, in) / a > 0.5
            && (outside.isEmpty() || gis::intersectionArea(g, out) / a <= 0.5))
            ids.insert(gis::toText(zones.value(i, "id")));
    }
    return ids;
}

std::vector<core::Catchment> Session::catchments() const
{
    return ui::effectiveCatchments(*document->inputs(), document->scenario());
}

QPoint Session::screen(QPointF map) const
{
    return canvas->transform().toScreen(map.x(), map.y()).toPoint();
}

const core::BalanceRow* balance(
    const core::Results& r, core::Scope scope, const std::string& id, int year)
{
    for (const core::BalanceRow& row : scope == core::Scope::School ? r.schools : r.catchments)
        if (row.id == id && row.year == year && row.level == core::Level::Primary
            && row.variant == core::Variant::Medium)
            return &row;
    return nullptr;
}

std::vector<std::pair<core::Catchment, std::string>> soleSchoolCatchments(
    const core::PlanningInputs& in)
{
    std::map<std::string, int> memberships;
    for (const core::Catchment& c : in.catchments)
        if (c.level == core::Level::Primary)
            for (const core::SchoolShare& s : c.schools)
                ++memberships[s.schoolId];
    std::vector<std::pair<core::Catchment, std::string>> out;
    for (const core::Catchment& c : in.catchments)
        if (c.level == core::Level::Primary && !c.locked && c.schools.size() == 1
            && memberships[c.schools[0].schoolId] == 1 && c.zones.size() >= 2)
            out.push_back({ c, c.schools[0].schoolId });
    return out;
}

std::pair<core::Catchment, std::string> soleSchoolCatchment(const core::PlanningInputs& in)
{
    const auto all = soleSchoolCatchments(in);
    if (all.empty())
        FAIL("the sample has no primary catchment with a school of its own");
    return all.front();
}

} // namespace seatplan::test
