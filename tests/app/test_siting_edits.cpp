#include "seatplan/core/analyze.h"
#include "seatplan/gis/polygon_index.h"
#include "seatplan/gis/project.h"
#include "seatplan/render/siting_edits.h"
#include "seatplan/render/siting_run.h"

#include "test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

using namespace seatplan;

TEST_CASE("A siting proposal becomes new schools and catchments that analyze serves",
    "[app][siting_edits]")
{
    const auto sample = seatplan::test::sourceDir() / "data" / "meizhou.gpkg";
    if (!std::filesystem::exists(sample)) {
        WARN("no data/meizhou.gpkg; skipped");
        return;
    }
    seatplan::test::TempDir dir;
    std::filesystem::copy_file(sample, dir / "meizhou.gpkg");
    gis::SitingRequest request;
    request.level = core::Level::Primary;
    request.budget.maxNewSchools = 2;
    core::HeuristicSitingOptions options;
    options.timeLimitSeconds = 0.5;
    const render::SitingRun run
        = render::runSiting((dir / "meizhou.gpkg").string(), "base", request, options);
    REQUIRE(!run.explanations.empty());
    CHECK(static_cast<int>(run.explanations.size()) <= 2);

    const std::vector<core::ScenarioEdit> edits = render::sitingEdits(run);
    // Each new school stands inside its plot.
    const gis::VectorLayer plots = gis::readVectorLayer((dir / "meizhou.gpkg").string(), "plots");
    const gis::PolygonIndex plotIndex(plots);
    for (const core::ScenarioEdit& edit : edits)
        if (const auto* school = std::get_if<core::NewSchoolEdit>(&edit)) {
            REQUIRE(school->location.has_value());
            const auto plot = plotIndex.locate(school->location->x, school->location->y);
            REQUIRE(plot.has_value());
            CHECK("site-" + gis::toText(plots.value(*plot, "id")) == school->school.id);
        }
    std::map<std::string, int> classes;
    std::map<std::string, std::size_t> zonesOf;
    for (const core::ScenarioEdit& edit : edits) {
        if (const auto* school = std::get_if<core::NewSchoolEdit>(&edit)) {
            CHECK(school->school.id.rfind("site-", 0) == 0);
            CHECK(!school->school.countyCode.empty());
            CHECK(school->school.openingYear == run.setup.year);
            classes[school->school.id] = school->school.classes[0];
        } else if (const auto* catchment = std::get_if<core::CatchmentEdit>(&edit)) {
            CHECK(!catchment->remove);
            CHECK(catchment->catchment.level == core::Level::Primary);
            if (catchment->catchment.schools.size() == 1)
                zonesOf[catchment->catchment.schools[0].schoolId]
                    = catchment->catchment.zones.size();
        }
    }
    REQUIRE(classes.size() == run.explanations.size());

    // The JSON result lists the same sites.
    const QJsonObject json = QJsonDocument::fromJson(render::sitingJson(run)).object();
    CHECK(json[QStringLiteral("sites")].toArray().size()
        == static_cast<qsizetype>(run.explanations.size()));

    // Analysed under the edits, each new school has its seats and children from its zones.
    core::Scenario scenario;
    scenario.name = "proposal";
    scenario.edits = edits;
    core::AnalysisOptions analysis;
    analysis.firstYear = run.setup.year;
    analysis.lastYear = run.setup.year;
    analysis.variants = { core::Variant::Medium };
    const core::Results results = core::analyze(run.loaded.inputs, scenario, analysis);
    for (const auto& [id, count] : classes) {
        bool found = false;
        for (const core::BalanceRow& row : results.schools) {
            if (row.id != id || row.level != core::Level::Primary)
                continue;
            found = true;
            CHECK(row.capacity == Approx(count * run.loaded.inputs.standards.classSize[0]));
            CHECK(row.demand > 0);
        }
        CHECK(found);
        CHECK(zonesOf[id] > 0);
    }
}
