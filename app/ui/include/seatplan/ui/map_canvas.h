#pragma once

#include "seatplan/render/map_transform.h"
#include "seatplan/render/render_cache.h"
#include "seatplan/render/render_job.h"
#include "seatplan/render/thematic_styler.h"

#include <QImage>
#include <QPolygonF>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace seatplan::ui {

class PlanDocument;
struct ChangeEvent;

/// What a left-button drag or click on the map does.
enum class MapTool { Pan, ZoomBox, Identify, SelectRectangle, SelectPolygon };

/**
 * The map view. Shows the last rendered image, shifted and scaled to the current view while
 * the next one renders on a worker (RenderJob), so pan and zoom never wait. Refreshes are
 * coalesced with a single-shot timer; unchanged layers come from the RenderCache.
 *
 * Wheel zooms about the cursor, drag pans (Pan tool) or draws a box (ZoomBox / select),
 * arrow keys pan, +/- zoom. Overlays: scale bar and legend. GUI thread only.
 */
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(PlanDocument* document, QWidget* parent = nullptr);
    ~MapCanvas() override;

    const render::MapTransform& transform() const { return m_transform; }
    /// Shows `extent` (map coordinates) whole.
    void zoomToExtent(const QRectF& extent);
    void zoomToFullExtent();
    /// Zooms to the selected features (no-op without selection).
    void zoomToSelection();
    void zoomToLayer(const QString& layerId);
    void zoomBy(double factor);
    void setTool(MapTool tool);
    MapTool tool() const { return m_tool; }
    void setLegendVisible(bool visible);

    /// Schedules a render of the current view (coalesced).
    void refresh();
    /// True while a render is running or scheduled.
    bool isRendering() const;
    /// The image last rendered (for tests and export).
    const QImage& renderedImage() const { return m_image; }
    /// The render cache (for tests: which layers are cached).
    const render::RenderCache& cache() const { return m_cache; }

signals:
    /// The cursor moved to `map` (project CRS metres).
    void cursorMoved(QPointF map);
    /// The view's scale changed (1 : denominator on this screen).
    void scaleChanged(double denominator);
    /// A render finished in `milliseconds` (error empty on success).
    void renderFinished(double milliseconds, const QString& error);
    /// The user clicked with the Identify tool on `map`.
    void identifyRequested(QPointF map, double toleranceMapUnits);
    /// The user finished a selection rectangle or polygon (map coordinates).
    void selectionDrawn(const QPolygonF& mapPolygon, Qt::KeyboardModifiers modifiers);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onDocumentChanged(const ChangeEvent& event);
    void startRender();
    void onRenderFinished();
    void setTransform(const render::MapTransform& transform);
    render::MapSnapshot snapshot() const;

    PlanDocument* m_document;
    render::MapTransform m_transform;
    render::RenderCache m_cache;
    std::unique_ptr<render::RenderJob> m_job;
    QTimer m_refreshTimer;
    bool m_pending = false; ///< a change arrived while a job ran
    /// A job was started and its finished() not yet handled (the worker may be done already:
    /// the signal is queued, so QFuture::isRunning() is not enough).
    bool m_awaitingResult = false;
    QImage m_image; ///< last rendered map
    render::MapTransform m_imageTransform; ///< the view m_image was rendered for
    MapTool m_tool = MapTool::Pan;
    bool m_dragging = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
    QPolygonF m_lasso; ///< screen points of a polygon selection in progress
    bool m_legendVisible = true;
};

} // namespace seatplan::ui
