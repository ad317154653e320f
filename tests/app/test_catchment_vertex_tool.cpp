// The vertex tool: the vertices of a catchment's boundary dragged, added and removed with
// QTest mouse and key events on a copy of the sample project, the vertex and zone chosen from
// the data.
#include "seatplan/gis/geometry_ops.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/catchment_reshape.h"
#include "seatplan/ui/tools/catchment_vertex_tool.h"
#include "seatplan/ui/tools/edit_context.h"
#include "seatplan/ui/tools/edit_toolbar.h"

#include "edit_session.h"

#include <QApplication>
#include <QLineF>
#include <QMenu>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <set>

using namespace seatplan;

namespace {

/// A vertex of a catchment's boundary to drag, where to, and the zone it should bring in.
struct Drag {
    core::Catchment target;
    std::string school;
    QPolygonF ring; ///< the boundary the tool shows
    int vertex = -1;
    QPointF to;
    std::string zone;
};

/// True when segments ab and cd cross (touching ends do not count).
bool crosses(QPointF a, QPointF b, QPointF c, QPointF d)
{
    auto side = [](QPointF p, QPointF q, QPointF r) {
        const double cross = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
        return (cross > 0) - (cross < 0);
    };
    return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/// True when vertex `i` of `ring` can move to `to` without the ring crossing itself.
bool staysSimple(const QPolygonF& ring, int i, QPointF to)
{
    const int n = static_cast<int>(ring.size());
    const QPointF prev = ring[(i - 1 + n) % n];
    const QPointF next = ring[(i + 1) % n];
    for (int k = 0; k < n; ++k) {
        const int k1 = (k + 1) % n;
        if (k == i || k1 == i)
            continue;
        if ((k1 != (i - 1 + n) % n && crosses(prev, to, ring[k], ring[k1]))
            || (k != (i + 1) % n && crosses(to, next, ring[k], ring[k1])))
            return false;
    }
    return true;
}

double shareInside(const gis::Geometry& zone, const QPolygonF& ring)
{
    return gis::intersectionArea(zone, test::polygonOf(ring)) / gis::area(zone);
}

/// Searches the sole-school catchments for a boundary vertex that, dragged past the middle of
/// a neighbouring zone of another unlocked catchment, takes in more than half of that zone.
std::optional<Drag> findDrag(test::Session& s, ui::CatchmentVertexTool& tool)
{
    ui::EditContext& context = *s.tools->context();
    const ui::ZoneLookup& lookup = *context.zones();
    const std::vector<core::Catchment> all = s.catchments();
    for (const auto& [c, school] : test::soleSchoolCatchments(*s.document->inputs())) {
        context.setTargetCatchment(QString::fromStdString(c.id));
        const QPolygonF ring = tool.boundary();
        if (ring.size() < 4)
            continue;
        const std::vector<std::string> own = ui::zoneIdsOf(c);
        for (const auto& [zone, list] : ui::zoneNeighbours(lookup, own))
            for (const std::string& n : list) {
                const core::Catchment* other = ui::catchmentOfZone(all, n, core::Level::Primary);
                if (!other || other->id == c.id || other->locked)
                    continue;
                const std::size_t index = *lookup.indexOf(n);
                const QPointF p = lookup.interiorPoint(index);
                if (ring.containsPoint(p, Qt::OddEvenFill))
                    continue;
                std::vector<int> order(ring.size());
                for (int i = 0; i < ring.size(); ++i)
                    order[i] = i;
                std::sort(order.begin(), order.end(), [&](int a, int b) {
                    return QLineF(ring[a], p).length() < QLineF(ring[b], p).length();
                });
                order.resize(std::min<std::size_t>(order.size(), 6));
                for (int i : order)
                    for (double k : { 0.5, 1.0, 2.0 }) {
                        const QPointF to = p + (p - ring[i]) * k;
                        if (!staysSimple(ring, i, to))
                            continue;
                        QPolygonF moved = ring;
                        moved[i] = to;
                        if (shareInside(lookup.layer().features[index].geometry, moved) > 0.6)
                            return Drag { c, school, ring, i, to, n };
                    }
            }
    }
    return std::nullopt;
}

double demandOf(const core::Results& r, const std::string& school, int year)
{
    const core::BalanceRow* row = test::balance(r, core::Scope::School, school, year);
    REQUIRE(row);
    return row->demand;
}

} // namespace

TEST_CASE("The vertex tool, driven with the mouse, moves a catchment's boundary vertex and the "
          "zones it takes in, in one undo step",
    "[app][catchment_vertex_tool]")
{
    test::Session s;
    if (!s.open("vertex-test")) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    ui::EditContext& context = *s.tools->context();
    s.tools->vertexAction()->trigger();
    auto* tool = qobject_cast<ui::CatchmentVertexTool*>(s.canvas->mapTool());
    REQUIRE(tool);
    const std::optional<Drag> found = findDrag(s, *tool);
    REQUIRE(found);
    const Drag& d = *found;
    context.setTargetCatchment(QString::fromStdString(d.target.id));
    REQUIRE(tool->boundary() == d.ring);
    REQUIRE(tool->ring() == d.ring);

    // Show the catchment and the zone with room around them.
    QRectF view = d.ring.boundingRect().united(QRectF(d.to, QSizeF(1, 1)));
    s.canvas->zoomToExtent(
        view.adjusted(-view.width() / 4, -view.height() / 4, view.width() / 4, view.height() / 4));
    QTest::qWait(50);
    const QPoint from = s.screen(d.ring[d.vertex]);
    const QPoint to = s.screen(d.to);
    const QPointF dropped = s.canvas->transform().toMap(QPointF(to));
    QPolygonF moved = d.ring;
    moved[d.vertex] = dropped;

    // What the planner should get: zones newly more than half inside, not the target's, not
    // of a locked catchment.
    const std::vector<core::Catchment> original = s.catchments();
    const gis::VectorLayer& zones = context.zones()->layer();
    std::set<std::string> expected = test::majorityIn(zones, moved, d.ring);
    for (const core::Catchment& c : original)
        if (c.level == core::Level::Primary && (c.locked || c.id == d.target.id))
            for (const core::ZoneShare& z : c.zones)
                expected.erase(z.zoneId);
    INFO("catchment " << d.target.id << " vertex " << d.vertex << " of " << d.ring.size()
                      << " zone " << d.zone);
    REQUIRE(expected.count(d.zone));

    const int year = s.document->year();
    const auto before = s.document->results();
    const double demandBefore = demandOf(*before, d.school, year);
    const int steps = s.document->undoStack()->count();

    // Escape during a drag puts the vertex back and changes nothing.
    QTest::mousePress(s.canvas, Qt::LeftButton, {}, from);
    CHECK(tool->selectedVertex() == d.vertex);
    QTest::mouseMove(s.canvas, (from + to) / 2);
    QTest::mouseMove(s.canvas, to);
    CHECK_FALSE(tool->joining().empty());
    QTest::keyClick(s.canvas, Qt::Key_Escape);
    CHECK(tool->ring() == d.ring);
    CHECK(tool->joining().empty());
    QTest::mouseRelease(s.canvas, Qt::LeftButton, {}, to);
    QTest::qWait(50);
    CHECK(s.document->undoStack()->count() == steps);
    CHECK(s.catchments() == original);

    // A double-click on an edge adds a vertex there (the shape stays, nothing moves).
    int edge = 0;
    for (int i = 0; i < d.ring.size(); ++i)
        if (QLineF(s.screen(d.ring[i]), s.screen(d.ring[(i + 1) % d.ring.size()])).length()
            > QLineF(s.screen(d.ring[edge]), s.screen(d.ring[(edge + 1) % d.ring.size()])).length())
            edge = i;
    const QPoint middle
        = (s.screen(d.ring[edge]) + s.screen(d.ring[(edge + 1) % d.ring.size()])) / 2;
    QTest::mouseDClick(s.canvas, Qt::LeftButton, {}, middle);
    CHECK(tool->ring().size() == d.ring.size() + 1);
    CHECK(tool->selectedVertex() == edge + 1);
    CHECK(tool->joining().empty());
    CHECK(tool->leaving().empty());
    QTest::keyClick(s.canvas, Qt::Key_Escape);
    CHECK(tool->ring() == d.ring);

    // Delete removes the selected vertex: the one whose corner is smallest moves no zone, so
    // the ring keeps the change and nothing is applied.
    int corner = -1;
    double smallest = 0;
    const int n = static_cast<int>(d.ring.size());
    for (int i = 0; i < n; ++i) {
        if (i == d.vertex)
            continue;
        const double a = ui::polygonArea(
            QPolygonF({ d.ring[(i - 1 + n) % n], d.ring[i], d.ring[(i + 1) % n] }));
        const double gap
            = std::min(QLineF(s.screen(d.ring[i]), s.screen(d.ring[(i + 1) % n])).length(),
                QLineF(s.screen(d.ring[i]), s.screen(d.ring[(i - 1 + n) % n])).length());
        if (gap > 8 && (corner < 0 || a < smallest)) {
            corner = i;
            smallest = a;
        }
    }
    REQUIRE(corner >= 0);
    QPolygonF cut = d.ring;
    cut.remove(corner);
    std::set<std::string> cutJoining = test::majorityIn(zones, cut, d.ring);
    for (const std::string& id : ui::zoneIdsOf(d.target))
        cutJoining.erase(id);
    const std::set<std::string> kept = test::majorityIn(zones, cut, QPolygonF());
    bool cutMoves = !cutJoining.empty();
    for (const std::string& id : test::majorityIn(zones, d.ring, QPolygonF()))
        if (!kept.count(id) && ui::catchmentOfZone(original, id, core::Level::Primary) != nullptr
            && ui::catchmentOfZone(original, id, core::Level::Primary)->id == d.target.id)
            cutMoves = true;
    REQUIRE_FALSE(cutMoves);
    QTest::mouseClick(s.canvas, Qt::LeftButton, {}, s.screen(d.ring[corner]));
    REQUIRE(tool->selectedVertex() == corner);
    QTest::keyClick(s.canvas, Qt::Key_Delete);
    CHECK(tool->ring().size() == d.ring.size() - 1);
    CHECK(tool->ring() == cut);
    CHECK(tool->selectedVertex() == -1);
    CHECK(s.document->undoStack()->count() == steps);
    QTest::keyClick(s.canvas, Qt::Key_Escape);
    CHECK(tool->ring() == d.ring);

    // The same through the handle's context menu (Remove vertex).
    QString offered;
    QTimer::singleShot(0, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu || menu->actions().isEmpty())
            return;
        offered = menu->actions().front()->text();
        menu->actions().front()->trigger();
        menu->close();
    });
    QTest::mouseClick(s.canvas, Qt::RightButton, {}, s.screen(d.ring[corner]));
    CHECK(offered == QStringLiteral("Remove vertex"));
    CHECK(tool->ring() == cut);
    CHECK(s.document->undoStack()->count() == steps);
    QTest::keyClick(s.canvas, Qt::Key_Escape);
    CHECK(tool->ring() == d.ring);

    // The drag: the preview names the zones that join before the release.
    QTest::mousePress(s.canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(s.canvas, (from + to) / 2);
    QTest::mouseMove(s.canvas, to);
    CHECK(std::set<std::string>(tool->joining().begin(), tool->joining().end()) == expected);
    CHECK(tool->ring()[d.vertex] == dropped);
    QTest::mouseRelease(s.canvas, Qt::LeftButton, {}, to);
    REQUIRE(test::waitForNewResults(*s.document, before));

    // One undo step; the zones now belong to the target (its school) and the school's
    // assigned population changed.
    CHECK(s.document->undoStack()->count() == steps + 1);
    const std::vector<core::Catchment> after = s.catchments();
    for (const std::string& id : expected) {
        const core::Catchment* owner = ui::catchmentOfZone(after, id, core::Level::Primary);
        REQUIRE(owner);
        CHECK(owner->id == d.target.id);
        REQUIRE(owner->schools.size() == 1);
        CHECK(owner->schools.front().schoolId == d.school);
    }
    const auto grown = s.document->results();
    CHECK(demandOf(*grown, d.school, year) > demandBefore);
    // The tool shows the new boundary, drawn by the zones.
    CHECK(tool->ring() == tool->boundary());
    CHECK(tool->boundary() != d.ring);

    // Undo restores the exact previous assignment, the population and the boundary.
    s.document->undoStack()->undo();
    REQUIRE(test::waitForNewResults(*s.document, grown));
    CHECK(s.catchments() == original);
    CHECK(demandOf(*s.document->results(), d.school, year) == Approx(demandBefore));
    CHECK(tool->boundary() == d.ring);
}
