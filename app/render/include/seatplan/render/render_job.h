#pragma once

#include "seatplan/render/map_snapshot.h"
#include "seatplan/render/render_cache.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace seatplan::render {

/// What a render produced: the composed map, each layer's own image, and any error.
struct RenderResult {
    QImage image; ///< the composed map (ARGB32 premultiplied), null when cancelled
    std::vector<QImage> layerImages; ///< one per snapshot layer, for the cache
    QString error; ///< empty on success
    bool cancelled = false;
    double milliseconds = 0.0; ///< wall time of the render
};

/**
 * Renders a MapSnapshot on a worker thread (QtConcurrent): each layer into its own QImage (or
 * taken from the RenderCache when unchanged), then composed with opacities, then labels on top.
 * Catches every exception on the worker and reports it as RenderResult::error.
 *
 * The job object lives on the GUI thread: create, start(), wait for finished(), read result().
 * The cache is read in start() and written when the job finishes, both on the GUI thread.
 * Destroying a running job cancels it and waits for the worker.
 */
class RenderJob : public QObject {
    Q_OBJECT
public:
    /// `cache` may be null (no caching); it must outlive the job.
    RenderJob(MapSnapshot snapshot, RenderCache* cache, QObject* parent = nullptr);
    ~RenderJob() override;

    /// Starts the render on the global thread pool.
    void start();
    /// Asks the worker to stop; finished() still follows (with result().cancelled set).
    void cancel();
    bool isActive() const { return m_watcher.isRunning(); }

    const MapSnapshot& snapshot() const { return m_snapshot; }
    /// The result; valid after finished().
    const RenderResult& result() const { return m_result; }

    /**
     * Renders `snapshot` on the calling thread and returns the result: the code the worker
     * runs, for benchmarks, tests and printing. `cached` holds a ready image per layer (null
     * images are rendered); `cancel` may be null.
     */
    static RenderResult renderNow(const MapSnapshot& snapshot, std::vector<QImage> cached = {},
        const std::atomic_bool* cancel = nullptr);

signals:
    void finished();

private:
    void onFinished();

    MapSnapshot m_snapshot;
    RenderCache* m_cache = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<RenderResult> m_watcher;
    RenderResult m_result;
};

} // namespace seatplan::render
