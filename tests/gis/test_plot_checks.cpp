#include "seatplan/gis/plot_checks.h"

#include <catch2/catch.hpp>

using namespace seatplan::gis;

namespace {

Feature square(double x, double y, double side, std::vector<FieldValue> values)
{
    Feature f;
    f.geometry.addPolygon(
        { { { x, y }, { x + side, y }, { x + side, y + side }, { x, y + side } } });
    f.values = std::move(values);
    return f;
}

VectorLayer polygons(
    const std::string& name, std::vector<Field> fields, std::vector<Feature> features)
{
    VectorLayer layer;
    layer.name = name;
    layer.kind = GeometryKind::Polygon;
    layer.fields = std::move(fields);
    layer.features = std::move(features);
    return layer;
}

} // namespace

TEST_CASE("Plot checks give area, zones in reach, catchments and overlaps with land and roads",
    "[gis][plots]")
{
    const VectorLayer plots = polygons(
        "plots", { { "id", FieldType::Text } }, { square(0, 0, 100, { std::string("P1") }) });
    const VectorLayer zones = polygons("zones", { { "id", FieldType::Text } },
        { square(150, 0, 100, { std::string("near") }),
            square(5000, 0, 100, { std::string("far") }) });
    const VectorLayer catchments = polygons("catchments", { { "id", FieldType::Text } },
        { square(-1000, -1000, 1050, { std::string("C1") }),
            square(50, -900, 1000, { std::string("C2") }) });
    const VectorLayer landuse = polygons("landuse", { { "class", FieldType::Text } },
        { square(0, 0, 100, { std::string("教育用地") }) });
    // Only the western quarter of the plot lies in the farmland constraint.
    const VectorLayer farmland = polygons("farmland", {}, { square(-100, -100, 125, {}) });
    VectorLayer roads;
    roads.name = "roads";
    roads.kind = GeometryKind::Line;
    roads.fields = { { "kind", FieldType::Text } };
    Feature rail;
    rail.geometry.addLine({ { -500, 400 }, { 500, 400 } }); // 300 m away from the plot's top
    rail.values = { std::string("railway") };
    roads.features = { rail };

    PlotCheckOptions options;
    options.serviceRadius = 500;
    options.railwayBuffer = 350;
    options.arterialBuffer = 80;
    const auto checks = checkPlots(plots, zones, catchments, landuse, roads, { farmland }, options);
    REQUIRE(checks.size() == 1);
    const PlotCheck& c = checks[0];
    CHECK(c.id == "P1");
    CHECK(c.areaM2 == Approx(10000));
    CHECK(c.zonesInRadius == std::vector<std::size_t> { 0 });
    CHECK(c.catchments == std::vector<std::size_t> { 0, 1 });
    double education = 0, farm = 0, railway = 0;
    for (const PlotOverlap& o : c.overlaps) {
        if (o.category == "教育用地")
            education = o.share;
        if (o.source == "farmland")
            farm = o.share;
        if (o.source == "railway")
            railway = o.areaM2;
    }
    CHECK(education == Approx(1.0));
    CHECK(farm == Approx(0.0625));
    CHECK(railway == Approx(50 * 100).epsilon(0.01)); // the buffer reaches 50 m into the plot
}
