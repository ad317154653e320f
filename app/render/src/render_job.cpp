#include "seatplan/render/render_job.h"

#include "seatplan/render/map_painter.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace seatplan::render {

namespace {

    QImage blankImage(const MapTransform& transform)
    {
        QImage image(transform.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        return image;
    }

} // namespace

RenderJob::RenderJob(MapSnapshot snapshot, RenderCache* cache, QObject* parent)
    : QObject(parent)
    , m_snapshot(std::move(snapshot))
    , m_cache(cache)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<RenderResult>::finished, this, &RenderJob::onFinished);
}

RenderJob::~RenderJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void RenderJob::start()
{
    std::vector<QImage> cached;
    cached.reserve(m_snapshot.layers.size());
    for (const SnapshotLayer& layer : m_snapshot.layers)
        cached.push_back(
            m_cache ? m_cache->lookup(layer.id, layer.revision, m_snapshot.transform) : QImage());
    // The worker gets its own copies: the snapshot shares only immutable data.
    m_watcher.setFuture(QtConcurrent::run(
        [snapshot = m_snapshot, cached = std::move(cached), cancel = m_cancel]() mutable {
            return renderNow(snapshot, std::move(cached), cancel.get());
        }));
}

void RenderJob::cancel()
{
    m_cancel->store(true);
}

void RenderJob::onFinished()
{
    m_result = m_watcher.result();
    if (m_cache && !m_result.cancelled && m_result.error.isEmpty()) {
        for (std::size_t i = 0; i < m_snapshot.layers.size(); ++i) {
            const SnapshotLayer& layer = m_snapshot.layers[i];
            if (i < m_result.layerImages.size() && !m_result.layerImages[i].isNull())
                m_cache->insert(
                    layer.id, layer.revision, m_snapshot.transform, m_result.layerImages[i]);
        }
    }
    emit finished();
}

RenderResult RenderJob::renderNow(
    const MapSnapshot& snapshot, std::vector<QImage> cached, const std::atomic_bool* cancel)
{
    RenderResult result;
    QElapsedTimer timer;
    timer.start();
    try {
        const MapTransform& transform = snapshot.transform;
        if (!transform.isValid())
            return result;
        const MapPainter mapPainter(transform, snapshot.pixelRatio);
        cached.resize(snapshot.layers.size());
        for (std::size_t i = 0; i < snapshot.layers.size(); ++i) {
            const SnapshotLayer& layer = snapshot.layers[i];
            if (!cached[i].isNull()) {
                result.layerImages.push_back(cached[i]);
                continue;
            }
            QImage image = blankImage(transform);
            QPainter painter(&image);
            bool done = true;
            if (layer.raster)
                mapPainter.paintRaster(painter, *layer.raster);
            else if (layer.vector && layer.style)
                done = mapPainter.paintLayer(painter, *layer.vector, *layer.style, cancel);
            painter.end();
            if (!done) {
                result.cancelled = true;
                return result;
            }
            result.layerImages.push_back(std::move(image));
        }

        QImage composed(transform.size(), QImage::Format_ARGB32_Premultiplied);
        composed.fill(snapshot.background);
        QPainter painter(&composed);
        for (std::size_t i = 0; i < snapshot.layers.size(); ++i) {
            painter.setOpacity(snapshot.layers[i].opacity);
            painter.drawImage(0, 0, result.layerImages[i]);
        }
        painter.setOpacity(1.0);
        if (snapshot.labels) {
            std::vector<LabelSource> labels;
            for (const SnapshotLayer& layer : snapshot.layers)
                if (layer.vector && layer.style && !layer.style->labelField.isEmpty())
                    labels.push_back({ layer.vector.get(), layer.style.get() });
            mapPainter.paintLabels(painter, labels);
        }
        painter.end();
        result.image = std::move(composed);
    } catch (const std::exception& e) {
        result.error = QString::fromStdString(e.what());
    } catch (...) {
        result.error = QStringLiteral("unknown error while rendering");
    }
    result.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace seatplan::render
