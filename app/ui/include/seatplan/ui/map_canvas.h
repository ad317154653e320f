#pragma once

#include "seatplan/render/map_transform.h"
#include "seatplan/render/render_cache.h"
#include "seatplan/render/render_job.h"
#include "seatplan/render/thematic_styler.h"
#include "seatplan/ui/tools/navigation_tool.h"

#include <QImage>
#include <QPolygonF>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace seatplan::ui {

class PlanDocument;
class ScenarioOverlay;
struct ChangeEvent;

/**
 * The map view. Shows the last rendered image, shifted and scaled to the current view while
 * the next one renders on a worker (RenderJob), so pan and zoom never wait. Refreshes are
 * coalesced with a single-shot timer; unchanged layers come from the RenderCache.
 *
 * Mouse events go to the active MapTool (the NavigationTool unless an edit tool is set), which
 * also paints its overlay. Whatever the tool, the wheel zooms about the cursor, the middle
 * button drags the view, arrow keys pan and +/- zoom. Overlays: scale bar and legend.
 * Under a scenario the ScenarioOverlay's catchments and schools are drawn in place of the
 * project's, and a siting proposal on top of every layer.
 * GUI thread only.
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
    /// Shows `transform` (pan or zoom) and schedules a render.
    void setTransform(const render::MapTransform& transform);
    /// Makes the navigation tool active in `mode`.
    void setTool(NavigationMode mode);
    NavigationMode tool() const { return m_navigation->mode(); }
    /// Makes `tool` the active tool (not owned; null = the navigation tool). The tool must
    /// outlive its use here (a destroyed tool is dropped).
    void setMapTool(MapTool* tool);
    /// The active tool (never null).
    MapTool* mapTool() const { return m_activeTool; }
    NavigationTool* navigationTool() const { return m_navigation; }
    void setLegendVisible(bool visible);
    /// The scenario's catchments and new schools, and any siting proposal (owned).
    ScenarioOverlay* overlay() const { return m_overlay; }

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
    render::MapSnapshot snapshot() const;

    PlanDocument* m_document;
    ScenarioOverlay* m_overlay; ///< owned as a child
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
    NavigationTool* m_navigation; ///< the default tool (owned as a child)
    MapTool* m_activeTool; ///< never null
    QMetaObject::Connection m_toolGone; ///< falls back to navigation when the tool dies
    bool m_middlePan = false; ///< the middle button is dragging the view
    QPoint m_lastPos;
    bool m_legendVisible = true;
};

} // namespace seatplan::ui
