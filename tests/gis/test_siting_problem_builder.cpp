#include "seatplan/core/errors.h"
#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_loader.h"
#include "seatplan/gis/siting_problem_builder.h"

#include "test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

using namespace seatplan;

namespace {

std::optional<std::filesystem::path> sampleCopy(const seatplan::test::TempDir& dir)
{
    const auto sample = seatplan::test::sourceDir() / "data" / "meizhou.gpkg";
    if (!std::filesystem::exists(sample))
        return std::nullopt;
    std::filesystem::copy_file(sample, dir / "meizhou.gpkg");
    return dir / "meizhou.gpkg";
}

bool excluded(const gis::SitingSetup& setup, const std::string& id, gis::PlotExclusion why)
{
    return std::any_of(setup.excluded.begin(), setup.excluded.end(),
        [&](const gis::ExcludedPlot& p) { return p.plotId == id && p.reason == why; });
}

/// Appends a line of `kind` from a to b to `roads`.
void addRoad(gis::VectorLayer& roads, const std::string& kind, gis::Coord a, gis::Coord b)
{
    gis::Feature feature;
    feature.geometry.kind = gis::GeometryKind::Line;
    feature.geometry.addLine({ a, b });
    feature.values.resize(roads.fields.size());
    roads.setValue(feature, "kind", kind);
    roads.features.push_back(std::move(feature));
}

} // namespace

TEST_CASE("The sample project becomes a siting problem with filtered plots and straight lines",
    "[gis][siting_builder]")
{
    seatplan::test::TempDir dir;
    const auto path = sampleCopy(dir);
    if (!path) {
        WARN("no data/meizhou.gpkg; skipped");
        return;
    }
    const gis::Project project = gis::Project::openReadOnly(path->string());
    const core::PlanningInputs inputs = gis::loadPlanningInputs(project);
    gis::SitingRequest request;
    request.level = core::Level::Primary;
    const gis::SitingSetup setup = gis::buildSitingProblem(project, inputs, {}, request);
    const core::SitingProblem& problem = setup.problem;

    CHECK(setup.year == inputs.standards.targetYear);
    REQUIRE(problem.zoneCount() > 1000);
    for (const core::DemandZone& zone : problem.zones)
        CHECK(zone.children > 0);
    REQUIRE(!problem.existing.empty());
    for (const core::ExistingSchool& school : problem.existing)
        CHECK(school.capacity <= inputs.standards.schoolCap[0]);
    REQUIRE(!problem.candidates.empty());
    for (const core::CandidateSite& site : problem.candidates) {
        const auto plot = std::find_if(inputs.plots.begin(), inputs.plots.end(),
            [&](const core::Plot& p) { return p.id == site.id; });
        REQUIRE(plot != inputs.plots.end());
        for (const core::SizeOption& size : site.sizes)
            CHECK(size.landM2 <= plot->areaM2);
    }
    CHECK(excluded(setup, "P0015", gis::PlotExclusion::NearArterial));
    CHECK(excluded(setup, "P0019", gis::PlotExclusion::Built));
    CHECK(excluded(setup, "P0002", gis::PlotExclusion::OtherLevel));
    CHECK(setup.notes.roadsLayer);
    CHECK(setup.notes.arterials);
    CHECK_FALSE(setup.notes.railways);
    CHECK_FALSE(setup.notes.walkingDistances);
    const core::PlanePoint& z = setup.zonePoints[0];
    const core::PlanePoint& f = setup.facilityPoints[0];
    CHECK(problem.distances.at(0, 0) == Approx(std::hypot(z.x - f.x, z.y - f.y)));

    SECTION("an area keeps its own zones; an unknown code is refused")
    {
        request.areaCode = inputs.counties.front().code;
        const gis::SitingSetup county = gis::buildSitingProblem(project, inputs, {}, request);
        CHECK(county.problem.zoneCount() < problem.zoneCount());
        CHECK(county.problem.zoneCount() > 0);
        request.areaCode = "999999";
        CHECK_THROWS_AS(gis::buildSitingProblem(project, inputs, {}, request), core::InvalidInput);
    }
    SECTION("a year outside the projection is refused")
    {
        request.year = inputs.lastYear + 1;
        CHECK_THROWS_AS(gis::buildSitingProblem(project, inputs, {}, request), core::InvalidInput);
    }
}

TEST_CASE("Local streets give walking distances and a railway rules out the plots beside it",
    "[gis][siting_builder]")
{
    seatplan::test::TempDir dir;
    const auto path = sampleCopy(dir);
    if (!path) {
        WARN("no data/meizhou.gpkg; skipped");
        return;
    }
    std::string railwayPlot;
    {
        gis::Project project = gis::Project::open(path->string());
        gis::VectorLayer roads = project.readLayer(gis::layers::kRoads);
        const gis::VectorLayer plots = project.readLayer(gis::layers::kPlots);
        // A railway through the first primary plot, and a few local streets across the city.
        const std::size_t first = 0;
        railwayPlot = gis::toText(plots.value(first, "id"));
        const gis::Coord c = *gis::centroid(plots.features[first].geometry);
        addRoad(roads, "railway", { c.x - 5000, c.y }, { c.x + 5000, c.y });
        const gis::Extent e = plots.extent();
        addRoad(roads, "local", { e.minX, e.minY }, { e.maxX, e.maxY });
        addRoad(roads, "local", { e.minX, e.maxY }, { e.maxX, e.minY });
        project.writeLayer(roads);
    }
    const gis::Project project = gis::Project::openReadOnly(path->string());
    const core::PlanningInputs inputs = gis::loadPlanningInputs(project);
    gis::SitingRequest request;
    request.level = core::Level::Primary;
    const gis::SitingSetup setup = gis::buildSitingProblem(project, inputs, {}, request);
    CHECK(setup.notes.railways);
    CHECK(excluded(setup, railwayPlot, gis::PlotExclusion::NearRailway));
    REQUIRE(setup.notes.walkingDistances);
    // Walking is never shorter than the straight line.
    const core::SitingProblem& problem = setup.problem;
    for (int z = 0; z < problem.zoneCount(); z += 97)
        for (int f = 0; f < problem.facilityCount(); f += 13) {
            const core::PlanePoint& a = setup.zonePoints[static_cast<std::size_t>(z)];
            const core::PlanePoint& b = setup.facilityPoints[static_cast<std::size_t>(f)];
            CHECK(problem.distances.at(z, f) >= std::hypot(a.x - b.x, a.y - b.y) - 1e-6);
        }
}
