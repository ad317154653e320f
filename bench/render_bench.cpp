// Map render benchmark: the 300k-parcel land-use layer of make_bench_data.py drawn to 1920x1080,
// styled by class. Prints full-extent cold, 1/16 zoom, and a cached pan frame, in milliseconds.
// Usage: render_bench [BENCH_DATA_DIR]   (default: bench-data)
#include "ogr_reader.h"
#include "seatplan/gis/library.h"
#include "seatplan/render/base_styles.h"
#include "seatplan/render/render_cache.h"
#include "seatplan/render/render_job.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>

#include <cstdio>
#include <ctime>
#include <exception>
#include <memory>
#include <string>

using namespace seatplan;

namespace {

double millisecondsOf(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread, ms: stable when other jobs share the machine.
double threadCpuMilliseconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/// Renders `snapshot` and prints wall and CPU time under `label`.
render::RenderResult timedRender(
    const char* label, const render::MapSnapshot& snapshot, std::vector<QImage> cached = {})
{
    const double cpu0 = threadCpuMilliseconds();
    render::RenderResult result = render::RenderJob::renderNow(snapshot, std::move(cached));
    std::printf("%s: %.1f ms wall, %.1f ms CPU\n", label, result.milliseconds,
        threadCpuMilliseconds() - cpu0);
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    gis::initialize();
    const std::string dir = argc > 1 ? argv[1] : "bench-data";
    const std::string path = dir + "/landuse.gpkg";
    try {
        QElapsedTimer timer;
        timer.start();
        auto layer = std::make_shared<gis::VectorLayer>(readOgrPolygons(path, "landuse"));
        layer->name = "landuse"; // the contract name selects the land-use style
        std::printf("load landuse.gpkg (%zu polygons): %.0f ms\n", layer->features.size(),
            millisecondsOf(timer));
        timer.restart();
        auto data = std::make_shared<const render::LayerData>(layer);
        auto style = std::make_shared<const render::LayerStyle>(render::defaultStyle(*layer));
        std::printf("prepare (boxes, class colours): %.0f ms\n", millisecondsOf(timer));

        const QSize size(1920, 1080);
        render::MapSnapshot snapshot;
        snapshot.transform = render::MapTransform::fitting(data->extent(), size, 0.0);
        snapshot.layers.push_back({ QStringLiteral("landuse"), 1, data, nullptr, style, 1.0 });

        const render::RenderResult full
            = timedRender("full extent, cold, 1920x1080 (QGIS 3.22: 1300-2200 ms)", snapshot);
        full.image.save(QString::fromStdString(dir + "/render_full.png"));

        // 1/16 of the area: a quarter of the width, centred.
        render::MapSnapshot zoomed = snapshot;
        zoomed.transform
            = snapshot.transform.zoomed(4.0, QPointF(size.width() / 2.0, size.height() / 2.0));
        const render::RenderResult zoom
            = timedRender("1/16 zoom, 1920x1080 (QGIS 3.22: 230-360 ms)", zoomed);
        zoom.image.save(QString::fromStdString(dir + "/render_zoom16.png"));

        // A pan frame while the next render runs: the canvas draws the last image shifted.
        QImage frame(size, QImage::Format_ARGB32_Premultiplied);
        timer.restart();
        constexpr int kFrames = 20;
        for (int i = 0; i < kFrames; ++i) {
            QPainter painter(&frame);
            painter.fillRect(frame.rect(), Qt::white);
            painter.drawImage(QPointF(3.0 * i, 2.0 * i), zoom.image);
        }
        std::printf("cached pan frame: %.2f ms\n", millisecondsOf(timer) / kFrames);

        // Re-render after a change to another layer: the land-use image comes from the cache.
        render::RenderCache cache;
        cache.insert(QStringLiteral("landuse"), 1, zoomed.transform, zoom.layerImages.front());
        std::vector<QImage> cached { cache.lookup(QStringLiteral("landuse"), 1, zoomed.transform) };
        timedRender("re-render with land use cached", zoomed, cached);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "render_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
