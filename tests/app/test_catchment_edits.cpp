#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/sketch.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace seatplan;

namespace {

core::Catchment catchment(const std::string& id, std::vector<std::string> zones,
    const std::string& school, bool locked = false)
{
    core::Catchment c;
    c.id = id;
    for (const std::string& z : zones)
        c.zones.push_back({ z, 1.0 });
    c.schools.push_back({ school, 0.0 });
    c.locked = locked;
    return c;
}

bool hasZone(const core::Catchment& c, const std::string& zone)
{
    return std::any_of(
        c.zones.begin(), c.zones.end(), [&](const core::ZoneShare& z) { return z.zoneId == zone; });
}

} // namespace

TEST_CASE("Assigning zones moves them out of their old catchment in the same change",
    "[app][catchment_edits]")
{
    const std::vector<core::Catchment> all { catchment("A", { "z1", "z2" }, "s1"),
        catchment("B", { "z3", "z4" }, "s2"), catchment("L", { "z5" }, "s3", true) };
    const ui::CatchmentChange change = ui::assignZones(all, "A", { "z3", "z5" });
    REQUIRE(change.edits.size() == 2);
    CHECK(change.edits[0].catchment.id == "A");
    CHECK(hasZone(change.edits[0].catchment, "z3"));
    CHECK_FALSE(hasZone(change.edits[0].catchment, "z5")); // kept by the locked catchment
    CHECK(change.edits[1].catchment.id == "B");
    CHECK_FALSE(hasZone(change.edits[1].catchment, "z3"));
    CHECK(change.lockedZones == std::vector<std::string> { "z5" });

    SECTION("a locked target refuses every change")
    {
        const ui::CatchmentChange refused = ui::assignZones(all, "L", { "z1" });
        CHECK(refused.targetLocked);
        CHECK(refused.edits.empty());
    }
    SECTION("zones the target has already change nothing")
    {
        CHECK(ui::assignZones(all, "A", { "z1" }).edits.empty());
    }
}

TEST_CASE("Split and merge keep every zone in exactly one catchment", "[app][catchment_edits]")
{
    const core::Catchment a = catchment("A", { "z1", "z2", "z3" }, "s1");
    const core::Catchment b = catchment("B", { "z4" }, "s2");
    const ui::CatchmentChange split = ui::splitCatchment(a, { "z3" }, "A-2", { { "s9", 0 } }, {});
    REQUIRE(split.edits.size() == 2);
    CHECK(split.edits[0].catchment.zones.size() == 2);
    CHECK(split.edits[1].catchment.id == "A-2");
    CHECK(split.edits[1].catchment.zones == std::vector<core::ZoneShare> { { "z3", 1.0 } });
    CHECK(split.edits[1].catchment.schools[0].schoolId == "s9");
    CHECK(ui::splitCatchment(a, { "z1", "z2", "z3" }, "A-2", {}, {}).edits.empty());

    const ui::CatchmentChange merged = ui::mergeCatchments(a, b);
    REQUIRE(merged.edits.size() == 2);
    CHECK(merged.edits[0].catchment.zones.size() == 4);
    CHECK(merged.edits[0].catchment.schools.size() == 2);
    CHECK(merged.edits[1].remove);
    CHECK(merged.edits[1].catchment.id == "B");
    core::Catchment locked = b;
    locked.locked = true;
    CHECK(ui::mergeCatchments(a, locked).edits.empty());
}

TEST_CASE("The catchments in effect follow the scenario's catchment edits in order",
    "[app][catchment_edits]")
{
    core::PlanningInputs in;
    in.catchments = { catchment("A", { "z1" }, "s1"), catchment("B", { "z2" }, "s2") };
    core::Scenario scenario;
    scenario.edits.push_back(core::CatchmentEdit { catchment("A", { "z1", "z2" }, "s1"), false });
    scenario.edits.push_back(core::CatchmentEdit { in.catchments[1], true });
    scenario.edits.push_back(core::CatchmentEdit { catchment("C", { "z3" }, "s3"), false });
    const auto all = ui::effectiveCatchments(in, scenario);
    REQUIRE(all.size() == 2);
    CHECK(all[0].zones.size() == 2);
    CHECK(all[1].id == "C");
    CHECK(ui::unusedCatchmentId(all, "A") == "A-2");
}

TEST_CASE("A point's side of a drawn line follows the nearest segment", "[app][catchment_edits]")
{
    const QPolygonF line { QPointF(0, 0), QPointF(10, 0), QPointF(10, 10) };
    CHECK(ui::sideOfLine(line, QPointF(5, 3)) > 0); // left of the first segment (y up)
    CHECK(ui::sideOfLine(line, QPointF(5, -3)) < 0);
    CHECK(ui::sideOfLine(line, QPointF(13, 8)) < 0); // right of the second segment
    CHECK(ui::sideOfLine(QPolygonF { QPointF(0, 0) }, QPointF(1, 1)) == 0);
}
