#include "seatplan/render/base_styles.h"
#include "seatplan/render/feature_picker.h"
#include "seatplan/render/geographic.h"
#include "seatplan/render/map_painter.h"
#include "seatplan/render/render_cache.h"
#include "seatplan/render/render_job.h"
#include "seatplan/render/thematic_styler.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <memory>

using namespace seatplan;

namespace {

/// A 1 km square at the origin of a GK grid and a school point in its middle.
std::shared_ptr<const render::LayerData> squareLayer()
{
    auto layer = std::make_shared<gis::VectorLayer>();
    layer->name = "towns";
    layer->kind = gis::GeometryKind::Polygon;
    layer->fields.push_back({ "name", gis::FieldType::Text });
    gis::Feature f;
    f.fid = 1;
    f.geometry.kind = gis::GeometryKind::Polygon;
    f.geometry.addPolygon({ { { 500000, 2700000 }, { 501000, 2700000 }, { 501000, 2701000 },
        { 500000, 2701000 }, { 500000, 2700000 } } });
    f.values.emplace_back(std::string("梅城镇"));
    layer->features.push_back(std::move(f));
    return std::make_shared<const render::LayerData>(layer);
}

} // namespace

TEST_CASE("The map transform maps map points to pixels and back", "[app][map_transform]")
{
    const render::MapTransform t
        = render::MapTransform::fitting(QRectF(500000, 2700000, 1000, 1000), QSize(200, 100), 0.0);
    CHECK(t.mapUnitsPerPixel() == Approx(10.0));
    const QPointF centre = t.toScreen(500500, 2700500);
    CHECK(centre.x() == Approx(100.0));
    CHECK(centre.y() == Approx(50.0));
    // North is up: a point further north is higher on the screen.
    CHECK(t.toScreen(500500, 2700900).y() < centre.y());
    const QPointF back = t.toMap(QPointF(17, 33));
    CHECK(t.toScreen(back.x(), back.y()).x() == Approx(17.0));
    // Zooming about a point keeps that point in place.
    const render::MapTransform z = t.zoomed(2.0, QPointF(40, 20));
    CHECK(z.mapUnitsPerPixel() == Approx(5.0));
    CHECK(z.toMap(QPointF(40, 20)).x() == Approx(t.toMap(QPointF(40, 20)).x()));
    CHECK(z.toMap(QPointF(40, 20)).y() == Approx(t.toMap(QPointF(40, 20)).y()));
    CHECK(t.scaleDenominator(96.0) == Approx(10.0 / (0.0254 / 96.0)));
}

TEST_CASE("The map painter fills a polygon where it lies and nowhere else", "[app][map_painter]")
{
    const auto data = squareLayer();
    render::LayerStyle style;
    style.fill = QColor(255, 0, 0);
    style.strokeWidth = 0;
    const render::MapTransform t
        = render::MapTransform::fitting(QRectF(499000, 2699000, 3000, 3000), QSize(300, 300), 0.0);
    QImage image(t.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    CHECK(render::MapPainter(t).paintLayer(painter, *data, style));
    painter.end();
    CHECK(image.pixelColor(150, 150) == QColor(255, 0, 0)); // inside the square
    CHECK(image.pixelColor(20, 20) == QColor(Qt::white)); // outside
}

TEST_CASE("A render job renders on a worker, fills the cache and reuses it", "[app][render_job]")
{
    render::MapSnapshot snapshot;
    snapshot.transform
        = render::MapTransform::fitting(QRectF(499000, 2699000, 3000, 3000), QSize(300, 300), 0.0);
    const auto data = squareLayer();
    auto style = std::make_shared<render::LayerStyle>(render::defaultStyle(data->layer()));
    style->fill = QColor(0, 0, 255);
    snapshot.layers.push_back({ QStringLiteral("towns"), 7, data, nullptr, style, 1.0 });

    render::RenderCache cache;
    render::RenderJob job(snapshot, &cache);
    QSignalSpy finished(&job, &render::RenderJob::finished);
    job.start();
    REQUIRE(finished.wait(10000));
    REQUIRE(job.result().error.isEmpty());
    CHECK(job.result().image.pixelColor(110, 110) == QColor(0, 0, 255)); // clear of the label
    CHECK(!cache.lookup(QStringLiteral("towns"), 7, snapshot.transform).isNull());
    // Another revision of the layer is not in the cache: it must be painted again.
    CHECK(cache.lookup(QStringLiteral("towns"), 8, snapshot.transform).isNull());
}

TEST_CASE("Status-bar lon/lat inverts the CGCS2000 Gauss-Kruger grid", "[app][geographic]")
{
    // PROJ (cs2cs EPSG:4326 -> EPSG:4548): 24.3N 117.5E is x 550757.682, y 2688607.912.
    const auto lonLat
        = render::toLonLat(QStringLiteral("EPSG:4548"), QPointF(550757.682, 2688607.912));
    REQUIRE(lonLat.has_value());
    CHECK(lonLat->x() == Approx(117.5).margin(1e-6));
    CHECK(lonLat->y() == Approx(24.3).margin(1e-6));
    CHECK(!render::toLonLat(QStringLiteral("EPSG:3857"), QPointF(0, 0)).has_value());
}

TEST_CASE("The picker finds the polygon under a point and features in a rectangle",
    "[app][feature_picker]")
{
    const auto data = squareLayer();
    CHECK(render::picker::pick(*data, QPointF(500500, 2700500), 1.0) == 0);
    CHECK(render::picker::pick(*data, QPointF(502000, 2700500), 1.0) == -1);
    CHECK(render::picker::inRectangle(*data, QRectF(500900, 2700900, 500, 500)).size() == 1);
    CHECK(render::picker::inRectangle(*data, QRectF(510000, 2700000, 100, 100)).empty());
}

TEST_CASE("Thematic styles colour towns by shortfall and schools by utilisation for the year",
    "[app][thematic_styler]")
{
    const auto towns = squareLayer();
    auto layer = std::make_shared<gis::VectorLayer>(towns->layer());
    layer->fields.push_back({ "code", gis::FieldType::Text });
    layer->features[0].values.emplace_back(std::string("441402001"));
    core::Results results;
    core::BalanceRow row;
    row.scope = core::Scope::Town;
    row.id = "441402001";
    row.year = 2025;
    row.demand = 1200;
    row.capacity = 900;
    row.shortfall = 300;
    results.towns.push_back(row);
    render::ThematicOptions options;
    options.year = 2025;
    const render::LayerStyle style
        = render::thematicStyle(*layer, render::defaultStyle(*layer), &results, options);
    REQUIRE(style.featureFill.size() == 1);
    const QColor fill = QColor::fromRgba(style.featureFill[0]);
    CHECK(fill.red() > fill.green()); // a shortfall is red
    // Another year has no row: the town stays unfilled.
    options.year = 2030;
    const render::LayerStyle other
        = render::thematicStyle(*layer, render::defaultStyle(*layer), &results, options);
    CHECK(qAlpha(other.featureFill[0]) == 0);
}
