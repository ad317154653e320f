#include "seatplan/ui/map_canvas.h"

#include "seatplan/render/feature_picker.h"
#include "seatplan/render/map_painter.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/scenario_overlay.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace seatplan::ui {

namespace {

    /// Delay that merges bursts of changes (wheel steps, slider moves) into one render, ms.
    constexpr int kCoalesceMs = 40;
    /// One wheel notch zooms by this factor.
    constexpr double kWheelZoom = 1.25;
    /// Arrow keys pan by this share of the view.
    constexpr double kKeyPanShare = 0.25;

} // namespace

MapCanvas::MapCanvas(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_overlay(new ScenarioOverlay(document, this))
    , m_navigation(new NavigationTool(this, this))
    , m_activeTool(m_navigation)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setCursor(m_navigation->cursor());
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kCoalesceMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(document, &PlanDocument::changed, this, &MapCanvas::onDocumentChanged);
    connect(m_overlay, &ScenarioOverlay::changed, this, &MapCanvas::refresh);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::onDocumentChanged(const ChangeEvent& event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Reset:
        m_cache.clear();
        m_image = QImage();
        zoomToFullExtent();
        return;
    case ChangeEvent::Kind::LayerStyle:
        if (event.layer >= 0)
            m_cache.invalidate(m_document->layer(event.layer).id);
        break;
    default:
        break;
    }
    refresh();
}

void MapCanvas::setTransform(const render::MapTransform& transform)
{
    const bool scaleChange = transform.mapUnitsPerPixel() != m_transform.mapUnitsPerPixel();
    m_transform = transform;
    update();
    refresh();
    if (scaleChange)
        emit scaleChanged(m_transform.scaleDenominator(logicalDpiX()));
}

void MapCanvas::zoomToExtent(const QRectF& extent)
{
    if (extent.isNull())
        return;
    setTransform(render::MapTransform::fitting(extent, size()));
}

void MapCanvas::zoomToFullExtent()
{
    zoomToExtent(m_document->fullExtent());
}

void MapCanvas::zoomToLayer(const QString& layerId)
{
    if (const MapLayer* layer = m_document->findLayer(layerId))
        zoomToExtent(layer->data ? layer->data->extent()
                                 : (layer->raster ? layer->raster->extent() : QRectF()));
}

void MapCanvas::zoomToSelection()
{
    const MapLayer* layer = m_document->findLayer(m_document->selectionLayer());
    if (!layer || !layer->data)
        return;
    QRectF extent;
    const auto& features = layer->data->layer().features;
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (!m_document->selectedFids().contains(features[i].fid))
            continue;
        const render::FeatureBox& b = layer->data->boxes()[i];
        const QRectF r(b.minX, b.minY, b.maxX - b.minX, b.maxY - b.minY);
        extent = extent.isNull() ? r : extent.united(r);
    }
    // A single school is a point: show a few kilometres around it.
    constexpr double kPointView = 3000.0;
    if (extent.width() < kPointView && extent.height() < kPointView)
        extent = QRectF(extent.center() - QPointF(kPointView / 2, kPointView / 2),
            QSizeF(kPointView, kPointView));
    zoomToExtent(extent);
}

void MapCanvas::zoomBy(double factor)
{
    setTransform(m_transform.zoomed(factor, QPointF(width() / 2.0, height() / 2.0)));
}

void MapCanvas::setTool(NavigationMode mode)
{
    setMapTool(nullptr);
    m_navigation->setMode(mode);
}

void MapCanvas::setMapTool(MapTool* tool)
{
    if (!tool)
        tool = m_navigation;
    if (tool == m_activeTool)
        return;
    m_activeTool->deactivate();
    disconnect(m_toolGone);
    m_activeTool = tool;
    if (tool != m_navigation)
        m_toolGone = connect(tool, &QObject::destroyed, this, [this] {
            m_activeTool = m_navigation;
            setCursor(m_navigation->cursor());
        });
    tool->activate();
    setCursor(tool->cursor());
    update();
}

void MapCanvas::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

void MapCanvas::refresh()
{
    if (m_awaitingResult) {
        m_pending = true;
        m_job->cancel(); // the newer view wins; the old frame stays on screen meanwhile
        return;
    }
    m_refreshTimer.start();
}

bool MapCanvas::isRendering() const
{
    return m_refreshTimer.isActive() || m_pending || m_awaitingResult;
}

render::MapSnapshot MapCanvas::snapshot() const
{
    render::MapSnapshot s;
    s.transform = m_transform;
    for (int i = 0; i < m_document->layerCount(); ++i) {
        const MapLayer& layer = m_document->layer(i);
        if (!layer.visible)
            continue;
        // Under a scenario its own catchments and schools replace the stored ones.
        const std::optional<render::SnapshotLayer> replacement
            = layer.id == QLatin1String("catchments")
            ? m_overlay->catchments()
            : (layer.id == QLatin1String("schools") ? m_overlay->schools()
                                                    : std::optional<render::SnapshotLayer>());
        if (replacement) {
            s.layers.push_back(*replacement);
            s.layers.back().opacity = layer.opacity;
            continue;
        }
        s.layers.push_back(
            { layer.id, layer.revision, layer.data, layer.raster, layer.style, layer.opacity });
    }
    for (render::SnapshotLayer& proposal : m_overlay->proposalLayers())
        s.layers.push_back(std::move(proposal));
    return s;
}

void MapCanvas::startRender()
{
    if (!m_transform.isValid() || !m_document->isOpen())
        return;
    m_pending = false;
    m_job = std::make_unique<render::RenderJob>(snapshot(), &m_cache);
    connect(m_job.get(), &render::RenderJob::finished, this, &MapCanvas::onRenderFinished);
    m_awaitingResult = true;
    m_job->start();
}

void MapCanvas::onRenderFinished()
{
    m_awaitingResult = false;
    const render::RenderResult& result = m_job->result();
    if (!result.cancelled && !result.image.isNull()) {
        m_image = result.image;
        m_imageTransform = m_job->snapshot().transform;
        update();
    }
    emit renderFinished(result.milliseconds, result.error);
    if (m_pending || m_job->snapshot().transform != m_transform) {
        m_pending = false;
        m_refreshTimer.start();
    }
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xf4, 0xf3, 0xef));
    if (!m_image.isNull() && m_imageTransform.isValid()) {
        // The last image, placed where its extent lies in the current view.
        const QRectF target = m_transform.toScreen(m_imageTransform.visibleExtent());
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(target, m_image);
    }
    if (!m_document->isOpen()) {
        painter.setPen(QColor(0x66, 0x66, 0x66));
        painter.drawText(
            rect(), Qt::AlignCenter, tr("Open a project (File > Open) or drop a GeoPackage here."));
        return;
    }
    // Selection highlight: drawn live, so it needs no render.
    if (const MapLayer* layer = m_document->findLayer(m_document->selectionLayer());
        layer && layer->data) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(QColor(0xff, 0xd7, 0x00), 3.0));
        painter.setBrush(QColor(0xff, 0xd7, 0x00, 60));
        const auto& features = layer->data->layer().features;
        for (std::size_t i = 0; i < features.size(); ++i) {
            if (!m_document->selectedFids().contains(features[i].fid))
                continue;
            const gis::Geometry& g = features[i].geometry;
            if (g.kind == gis::GeometryKind::Point) {
                for (const gis::Coord& c : g.coords)
                    painter.drawEllipse(m_transform.toScreen(c.x, c.y), 11.0, 11.0);
                continue;
            }
            for (std::size_t r = 0; r + 1 < g.rings.size(); ++r) {
                QPolygonF ring;
                for (std::uint32_t k = g.rings[r]; k < g.rings[r + 1]; ++k)
                    ring << m_transform.toScreen(g.coords[k].x, g.coords[k].y);
                if (g.kind == gis::GeometryKind::Polygon)
                    painter.drawPolygon(ring);
                else
                    painter.drawPolyline(ring);
            }
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    m_activeTool->paint(painter);
    painter.restore();
    const render::MapPainter overlay(m_transform);
    overlay.paintScaleBar(painter, QPointF(12, height() - 14));
    if (m_legendVisible) {
        render::ThematicOptions o = ScenarioOverlay::optionsOf(*m_document);
        o.newSchools = m_overlay->schools().has_value();
        render::paintLegends(
            painter, QPointF(10, 10), render::LegendBuilder::build(m_document->results().get(), o));
    }
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    if (!m_transform.isValid()) {
        if (m_document->isOpen())
            zoomToFullExtent();
        return;
    }
    setTransform(m_transform.resized(size()));
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0 || !m_transform.isValid())
        return;
    setTransform(m_transform.zoomed(std::pow(kWheelZoom, notches), event->position()));
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    m_lastPos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton) {
        m_middlePan = true;
        return;
    }
    if (m_transform.isValid())
        m_activeTool->mousePress(event, m_transform.toMap(event->position()));
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_middlePan) {
        setTransform(m_transform.panned(QPointF(pos - m_lastPos)));
        m_lastPos = pos;
        return;
    }
    m_lastPos = pos;
    if (!m_transform.isValid())
        return;
    const QPointF map = m_transform.toMap(event->position());
    emit cursorMoved(map);
    m_activeTool->mouseMove(event, map);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton) {
        m_middlePan = false;
        return;
    }
    if (m_transform.isValid())
        m_activeTool->mouseRelease(event, m_transform.toMap(event->position()));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (m_transform.isValid())
        m_activeTool->mouseDoubleClick(event, m_transform.toMap(event->position()));
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    if (m_activeTool->keyPress(event))
        return;
    const double dx = width() * kKeyPanShare;
    const double dy = height() * kKeyPanShare;
    switch (event->key()) {
    case Qt::Key_Left:
        setTransform(m_transform.panned(QPointF(dx, 0)));
        break;
    case Qt::Key_Right:
        setTransform(m_transform.panned(QPointF(-dx, 0)));
        break;
    case Qt::Key_Up:
        setTransform(m_transform.panned(QPointF(0, dy)));
        break;
    case Qt::Key_Down:
        setTransform(m_transform.panned(QPointF(0, -dy)));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(2.0);
        break;
    case Qt::Key_Minus:
        zoomBy(0.5);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace seatplan::ui
