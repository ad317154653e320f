#include "seatplan/core/errors.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/scenario_codec.h"
#include "seatplan/render/scenario_loader.h"

#include "test_paths.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace seatplan;

namespace {

std::vector<core::ScenarioEdit> everyKindOfEdit()
{
    core::School school;
    school.id = "N1";
    school.name = "梅州市新城小学";
    school.type = core::SchoolType::NineYear;
    school.isPublic = true;
    school.townCode = "441402001";
    school.countyCode = "441402";
    school.classes = { 24, 12 };
    school.students = { 1000.5, 480.25 };
    school.maxClassSize = 45;
    school.openingYear = 2027;
    core::SchoolResources resources;
    resources.qualifiedTeachers = { 4.2, 5.1 };
    resources.teachingAreaM2 = 0.1 + 0.2; // not exactly 0.3: doubles must round-trip exactly
    school.resources = resources;
    core::Catchment catchment { "C9", core::Level::Junior, { { "Z1", 1.0 }, { "Z2", 1.0 / 3 } },
        { { "S1", 0.6 }, { "S2", 0.4 } }, true };
    core::Development development;
    development.id = "D1";
    development.name = "江南新城";
    development.zoneId = "Z1";
    development.siteAreaM2 = 52000;
    development.farOld = 2.5;
    development.farNew = 3.2;
    development.completionYear = 2028;
    core::School unplaced = school;
    unplaced.id = "N2";
    return { core::NewSchoolEdit { school, core::PlanePoint { 412345.125, 2690001.0 / 3 } },
        core::NewSchoolEdit { unplaced, std::nullopt },
        core::ExpansionEdit { "S1", 2026, { 6, -2 } }, core::ClosureEdit { "S2", 2030 },
        core::ConversionEdit { "S3", 2027, core::SchoolType::NineYear, { 18, 9 } },
        core::CatchmentEdit { catchment, false },
        core::CatchmentEdit { { "C1", core::Level::Primary, {}, {}, false }, true },
        core::DevelopmentEdit { development, false },
        core::PlotStatusEdit { "P7", core::PlotStatus::Acquired, "征地完成 2025" } };
}

bool sameSchool(const core::School& a, const core::School& b)
{
    return a.id == b.id && a.name == b.name && a.type == b.type && a.classes == b.classes
        && a.students == b.students && a.openingYear == b.openingYear
        && a.closingYear == b.closingYear && a.resources.has_value() == b.resources.has_value()
        && (!a.resources
            || (a.resources->qualifiedTeachers == b.resources->qualifiedTeachers
                && a.resources->teachingAreaM2 == b.resources->teachingAreaM2));
}

bool sameEdit(const core::ScenarioEdit& a, const core::ScenarioEdit& b)
{
    if (a.index() != b.index())
        return false;
    if (const auto* x = std::get_if<core::NewSchoolEdit>(&a)) {
        const auto& y = std::get<core::NewSchoolEdit>(b);
        return sameSchool(x->school, y.school) && x->location.has_value() == y.location.has_value()
            && (!x->location
                || (x->location->x == y.location->x && x->location->y == y.location->y));
    }
    if (const auto* x = std::get_if<core::ExpansionEdit>(&a)) {
        const auto& y = std::get<core::ExpansionEdit>(b);
        return x->schoolId == y.schoolId && x->year == y.year && x->addClasses == y.addClasses;
    }
    if (const auto* x = std::get_if<core::ClosureEdit>(&a)) {
        const auto& y = std::get<core::ClosureEdit>(b);
        return x->schoolId == y.schoolId && x->year == y.year;
    }
    if (const auto* x = std::get_if<core::ConversionEdit>(&a)) {
        const auto& y = std::get<core::ConversionEdit>(b);
        return x->schoolId == y.schoolId && x->year == y.year && x->newType == y.newType
            && x->classes == y.classes;
    }
    if (const auto* x = std::get_if<core::CatchmentEdit>(&a)) {
        const auto& y = std::get<core::CatchmentEdit>(b);
        return x->catchment == y.catchment && x->remove == y.remove;
    }
    if (const auto* x = std::get_if<core::PlotStatusEdit>(&a)) {
        const auto& y = std::get<core::PlotStatusEdit>(b);
        return x->plotId == y.plotId && x->status == y.status && x->note == y.note;
    }
    const auto& x = std::get<core::DevelopmentEdit>(a);
    const auto& y = std::get<core::DevelopmentEdit>(b);
    return x.development == y.development && x.remove == y.remove;
}

} // namespace

TEST_CASE("Every kind of scenario edit survives a JSON round trip exactly", "[app][scenario_codec]")
{
    for (const core::ScenarioEdit& edit : everyKindOfEdit()) {
        const QByteArray json = render::encodeEdit(edit);
        INFO(json.toStdString());
        CHECK(json.contains(("\"kind\":\"" + render::editKind(edit) + "\"").c_str()));
        CHECK(sameEdit(render::decodeEdit(json), edit));
    }
}

TEST_CASE("Decoding text that is not an edit names the field", "[app][scenario_codec]")
{
    CHECK_THROWS_AS(render::decodeEdit("not json"), core::InvalidInput);
    CHECK_THROWS_WITH(render::decodeEdit(R"({"kind":"closure","school_id":"S1","year":"x"})"),
        Catch::Contains("year"));
    CHECK_THROWS_WITH(render::decodeEdit(R"({"kind":"teleport"})"), Catch::Contains("teleport"));
    CHECK_THROWS_WITH(
        render::decodeEdit(R"({"kind":"plot_status","plot_id":"P1","status":"sold"})"),
        Catch::Contains("status"));
    CHECK_THROWS_WITH(
        render::decodeEdit(R"({"kind":"catchment","catchment":{"id":"C","level":"senior"}})"),
        Catch::Contains("catchment.level"));
}

TEST_CASE("A new school's position is optional: older journals without x and y still read",
    "[app][scenario_codec]")
{
    const auto old
        = render::decodeEdit(R"({"kind":"new_school","school":{"id":"N1","level":"primary"}})");
    REQUIRE(std::holds_alternative<core::NewSchoolEdit>(old));
    CHECK_FALSE(std::get<core::NewSchoolEdit>(old).location.has_value());
    CHECK_FALSE(render::encodeEdit(old).contains("\"x\""));

    const auto placed = render::decodeEdit(
        R"({"kind":"new_school","school":{"id":"N1","level":"primary"},"x":400000.5,"y":2700000})");
    REQUIRE(std::get<core::NewSchoolEdit>(placed).location.has_value());
    CHECK(std::get<core::NewSchoolEdit>(placed).location->x == 400000.5);
    CHECK(std::get<core::NewSchoolEdit>(placed).location->y == 2700000.0);

    CHECK_THROWS_WITH(
        render::decodeEdit(R"({"kind":"new_school","school":{"id":"N1","level":"primary"},"x":1})"),
        Catch::Contains("y"));
}

TEST_CASE(
    "A scenario loads from the project with its journal edits in order", "[app][scenario_codec]")
{
    seatplan::test::TempDir dir;
    gis::Project project = gis::Project::create((dir / "p.gpkg").string());
    gis::ScenarioStore store(project);
    store.create("plan", "two edits, one undone");
    const auto edits = everyKindOfEdit();
    for (const core::ScenarioEdit& edit : edits)
        store.appendEdit("plan", render::editKind(edit), render::encodeEdit(edit).toStdString());
    store.setUndone(store.journal("plan").back().seq, true);

    const render::LoadedScenario loaded = render::loadScenario(project, "plan");
    CHECK(loaded.scenario.name == "plan");
    CHECK(loaded.scenario.parent == "base");
    CHECK(loaded.scenario.description == "two edits, one undone");
    REQUIRE(loaded.scenario.edits.size() == edits.size() - 1);
    for (std::size_t i = 0; i + 1 < edits.size(); ++i)
        CHECK(sameEdit(loaded.scenario.edits[i], edits[i]));
    CHECK(render::loadScenario(project, "base").scenario.edits.empty());
    CHECK_THROWS(render::loadScenario(project, "missing"));
}
