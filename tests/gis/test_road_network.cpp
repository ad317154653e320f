#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/plot_clearance.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/road_network.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace seatplan;
using namespace seatplan::gis;

namespace {

VectorLayer roadsLayer(const std::vector<std::pair<std::string, std::vector<Coord>>>& lines)
{
    VectorLayer roads;
    roads.name = "roads";
    roads.kind = GeometryKind::Line;
    roads.fields = { { "kind", FieldType::Text } };
    for (const auto& [kind, coords] : lines) {
        Feature f;
        f.geometry.kind = GeometryKind::Line;
        f.geometry.addLine(coords);
        f.values = { kind };
        roads.features.push_back(std::move(f));
    }
    return roads;
}

} // namespace

TEST_CASE("A road network joins lines at shared vertices within the snap tolerance",
    "[gis][road_network]")
{
    // An L of two local roads whose corner is digitised 0.3 m apart, a railway that is not
    // walkable, and a road crossing the first without a shared vertex (a bridge).
    const VectorLayer roads = roadsLayer({
        { "local", { { 0, 0 }, { 300, 0 }, { 1000, 0 } } },
        { "local", { { 1000.3, 0 }, { 1000, 400 } } },
        { "railway", { { 0, -50 }, { 1000, -50 } } },
        { "local", { { 500, -200 }, { 500, 200 } } },
    });
    const RoadGraph graph = buildRoadNetwork(roads, 0.5);
    CHECK(graph.nodes.size() == 6); // 3 + 1 (snapped corner) + 2 of the bridge
    CHECK(graph.edgeCount == 4);
    CHECK(graph.featuresUsed == 3);
    CHECK(graph.featuresSkipped == 1);

    const auto access = networkAccess(graph, { { 0, 10 }, { 1000, 390 }, { 500, 190 } });
    REQUIRE(access.size() == 3);
    CHECK(access[0].node == 0);
    CHECK(access[0].offsetM == Approx(10));
    CHECK(access[1].offsetM == Approx(10));
    const auto d = core::networkDistances(graph.network, { access[0] }, { access[1], access[2] });
    CHECK(d.at(0, 0) == Approx(10 + 1000 + 400 + 10)); // along the L, through the snapped corner
    CHECK(std::isinf(d.at(0, 1))); // the bridge does not connect

    const RoadGraph strict = buildRoadNetwork(roads, 0.0);
    CHECK(strict.nodes.size() == 7); // the corner no longer snaps
}

TEST_CASE("A road network rejects a negative tolerance and a polygon layer", "[gis][road_network]")
{
    const VectorLayer roads = roadsLayer({ { "local", { { 0, 0 }, { 1, 0 } } } });
    CHECK_THROWS_AS(buildRoadNetwork(roads, -1.0), GisError);
    VectorLayer polygons = roads;
    polygons.kind = GeometryKind::Polygon;
    CHECK_THROWS_AS(buildRoadNetwork(polygons, 1.0), GisError);
    CHECK_THROWS_AS(networkAccess(buildRoadNetwork(VectorLayer {}, 1.0), { { 0, 0 } }), GisError);
}

TEST_CASE("Plot clearances measure railways and arterials against the rules", "[gis][road_network]")
{
    VectorLayer plots;
    plots.name = "plots";
    plots.kind = GeometryKind::Polygon;
    plots.fields = { { "id", FieldType::Text } };
    Feature p;
    p.geometry.addPolygon({ { { 0, 0 }, { 100, 0 }, { 100, 100 }, { 0, 100 } } });
    p.values = { std::string("P1") };
    plots.features = { p };
    VectorLayer roads = roadsLayer({
        { "铁路", { { -500, 350 }, { 500, 350 } } }, // 250 m north of the plot
        { "主干路", { { 200, -500 }, { 200, 500 } } }, // 100 m east
        { "local", { { 0, -10 }, { 100, -10 } } },
    });
    roads.fields = { { "class", FieldType::Text } }; // the `class` field works as well

    const auto c = plotClearances(plots, roads, { 300, 80 });
    REQUIRE(c.size() == 1);
    CHECK(c[0].id == "P1");
    REQUIRE(c[0].railwayDistanceM);
    CHECK(*c[0].railwayDistanceM == Approx(250));
    CHECK_FALSE(c[0].railwayOk);
    REQUIRE(c[0].arterialDistanceM);
    CHECK(*c[0].arterialDistanceM == Approx(100));
    CHECK(c[0].arterialOk);

    const auto none = plotClearances(plots, roadsLayer({}), { 300, 80 });
    CHECK_FALSE(none[0].railwayDistanceM);
    CHECK(none[0].railwayOk);
}

TEST_CASE("The Meizhou project's roads build a connected arterial network", "[gis][road_network]")
{
    const auto path = test::sourceDir() / "data" / "meizhou.gpkg";
    REQUIRE(std::filesystem::exists(path));
    const VectorLayer roads = readVectorLayer(path.string(), "roads");
    const RoadGraph graph = buildRoadNetwork(roads, 1.0);
    REQUIRE(graph.nodes.size() > 1);
    CHECK(graph.featuresUsed == roads.features.size());
    // Every node is reachable from the first (the schematic roads all meet at the city seat).
    const auto d = graph.network.distancesFrom(0);
    for (const double v : d)
        CHECK(std::isfinite(v));
}
