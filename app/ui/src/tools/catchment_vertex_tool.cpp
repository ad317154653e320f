#include "seatplan/ui/tools/catchment_vertex_tool.h"

#include "seatplan/render/map_transform.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/catchment_reshape.h"
#include "seatplan/ui/tools/edit_context.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>

#include <exception>

namespace seatplan::ui {

namespace {
    /// A press this close to a vertex or edge (screen pixels) takes it.
    constexpr double kHandlePixels = 6.0;
    /// A drag shorter than this (pixels) is a click that selects the vertex.
    constexpr double kClickPixels = 3.0;
    /// Half the side of a vertex handle, pixels.
    constexpr double kHandleRadius = 3.5;
    /// A ring has at least this many vertices.
    constexpr int kMinVertices = 3;
    const QColor kRingColour(0x1f, 0x78, 0xb4);
    const QColor kSelectedColour(0xe3, 0x1a, 0x1c);
} // namespace

CatchmentVertexTool::CatchmentVertexTool(EditContext* context, MapCanvas* canvas, QObject* parent)
    : EditTool(context, canvas, parent)
{
    connect(context, &EditContext::targetChanged, this, [this] {
        m_focus.reset();
        sync();
    });
    connect(context->document(), &PlanDocument::changed, this, [this](const ChangeEvent& event) {
        if (event.kind == ChangeEvent::Kind::Scenario || event.kind == ChangeEvent::Kind::Reset
            || event.kind == ChangeEvent::Kind::Period)
            sync();
    });
}

void CatchmentVertexTool::activate()
{
    m_active = true;
    load(m_focus);
    if (!context()->targetCatchment().isEmpty())
        emit message(tr("Drag a vertex of catchment %1; double-click an edge to add one, Delete "
                        "removes the selected one.")
                         .arg(context()->targetCatchment()));
}

void CatchmentVertexTool::deactivate()
{
    m_active = false;
    m_shell.clear();
    m_ring.clear();
    m_preview.clear();
    m_selected = m_hover = m_dragged = -1;
    m_loaded.reset();
}

void CatchmentVertexTool::sync()
{
    if (!m_active)
        return;
    const std::vector<core::Catchment> all = context()->catchments();
    const core::Catchment* target = findCatchment(all, context()->targetCatchment().toStdString());
    const bool same = target
        ? m_loaded && target->id == m_loaded->id && target->zones == m_loaded->zones
        : !m_loaded;
    if (!same)
        load(m_focus);
    updateOverlay();
}

void CatchmentVertexTool::load(std::optional<QPointF> near)
{
    m_preview.clear();
    m_shell.clear();
    m_ring.clear();
    m_selected = m_hover = m_dragged = -1;
    m_loaded.reset();
    const ZoneLookup* zones = context()->zones();
    const std::vector<core::Catchment> all = context()->catchments();
    const core::Catchment* target = findCatchment(all, context()->targetCatchment().toStdString());
    if (!zones || !target || target->zones.empty())
        return;
    m_loaded = *target;
    if (!near && !target->schools.empty())
        near = context()->schoolPosition(QString::fromStdString(target->schools.front().schoolId));
    if (!near)
        if (const auto index = zones->indexOf(target->zones.front().zoneId))
            near = zones->interiorPoint(*index);
    if (!near)
        return;
    try {
        m_shell = catchmentShell(*zones, zoneIdsOf(*target), *near, *near);
    } catch (const std::exception& e) {
        emit message(tr("Could not build the boundary of catchment %1: %2")
                         .arg(QString::fromStdString(target->id), QString::fromUtf8(e.what())));
    }
    m_ring = m_shell;
}

int CatchmentVertexTool::vertexAt(QPointF map) const
{
    const double reach = kHandlePixels * transform().mapUnitsPerPixel();
    int best = -1;
    double bestDistance = reach;
    for (int i = 0; i < m_ring.size(); ++i) {
        const double d = QLineF(m_ring[i], map).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void CatchmentVertexTool::mousePress(QMouseEvent* event, QPointF map)
{
    const int vertex = event->button() == Qt::RightButton ? vertexAt(map) : -1;
    if (vertex < 0) {
        EditTool::mousePress(event, map);
        return;
    }
    m_selected = vertex;
    updateOverlay();
    QMenu menu(canvas());
    connect(menu.addAction(tr("Remove vertex")), &QAction::triggered, this,
        [this, vertex] { removeVertex(vertex); });
    menu.exec(event->globalPosition().toPoint());
}

void CatchmentVertexTool::leftPress(QMouseEvent* event, QPointF map)
{
    const int vertex = vertexAt(map);
    if (vertex >= 0 && readyToEdit()) {
        m_selected = m_dragged = vertex;
        m_dragFrom = m_ring[vertex];
        m_pressScreen = event->position();
        m_moved = false;
        m_focus = map;
        updateOverlay();
        return;
    }
    if (pickTarget(map,
            tr("Target catchment: %1. Drag a vertex of its boundary; double-click an "
               "edge to add one, Delete removes the selected one.")))
        return;
    if (!readyToEdit())
        return;
    m_selected = -1;
    // A click away from the boundary moves to the part of the catchment there (when nothing
    // is pending on the ring shown).
    if (m_ring == m_shell
        && projectOntoRing(m_ring, map).distance > kHandlePixels * transform().mapUnitsPerPixel()) {
        m_focus = map;
        load(map);
    }
    updateOverlay();
}

void CatchmentVertexTool::mouseMove(QMouseEvent* event, QPointF map)
{
    if (m_dragged >= 0 && (event->buttons() & Qt::LeftButton)) {
        if (QLineF(event->position(), m_pressScreen).length() > kClickPixels)
            m_moved = true;
        if (!m_moved)
            return;
        m_ring[m_dragged] = map;
        updatePreview();
        updateOverlay();
        return;
    }
    const int hover = vertexAt(map);
    if (hover != m_hover) {
        m_hover = hover;
        updateOverlay();
    }
}

void CatchmentVertexTool::mouseRelease(QMouseEvent*, QPointF map)
{
    if (m_dragged < 0)
        return;
    const int dragged = m_dragged;
    m_dragged = -1;
    if (!m_moved) {
        m_ring[dragged] = m_dragFrom;
        updateOverlay();
        return;
    }
    m_ring[dragged] = map;
    m_focus = map;
    apply();
}

void CatchmentVertexTool::mouseDoubleClick(QMouseEvent*, QPointF map)
{
    if (m_ring.size() < kMinVertices || vertexAt(map) >= 0 || !readyToEdit())
        return;
    const RingPosition at = projectOntoRing(m_ring, map);
    if (at.distance > kHandlePixels * transform().mapUnitsPerPixel())
        return;
    m_ring.insert(at.segment + 1, at.point);
    m_selected = at.segment + 1;
    m_focus = map;
    updatePreview();
    updateOverlay();
}

bool CatchmentVertexTool::keyPress(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_dragged >= 0) {
            m_ring[m_dragged] = m_dragFrom;
            m_dragged = -1;
            updatePreview();
        } else if (m_ring != m_shell) {
            m_ring = m_shell;
            m_selected = -1;
            m_preview.clear();
        } else if (m_selected >= 0) {
            m_selected = -1;
        } else {
            return false;
        }
        updateOverlay();
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selected < 0 || m_dragged >= 0)
            return false;
        removeVertex(m_selected);
        return true;
    default:
        return false;
    }
}

bool CatchmentVertexTool::removeVertex(int index)
{
    if (index < 0 || index >= m_ring.size() || !readyToEdit())
        return false;
    if (m_ring.size() <= kMinVertices) {
        emit message(tr("A boundary keeps at least three vertices."));
        return false;
    }
    m_focus = m_ring[index];
    m_ring.remove(index);
    m_selected = -1;
    m_hover = -1;
    apply();
    return true;
}

void CatchmentVertexTool::updatePreview()
{
    const ZoneLookup* zones = context()->zones();
    if (!zones || !m_loaded || m_ring == m_shell) {
        m_preview.clear();
        return;
    }
    m_preview.update(*zones, zoneIdsOf(*m_loaded), m_shell, m_ring);
}

void CatchmentVertexTool::apply()
{
    updatePreview();
    updateOverlay();
    // Applying changes the target's zones: sync() then reloads its boundary.
    if (const QString text = m_preview.commit(*context()); !text.isEmpty())
        emit message(text);
}

void CatchmentVertexTool::paint(QPainter& painter) const
{
    EditTool::paint(painter);
    m_preview.paint(painter, *this, transform());
    if (m_ring.size() < kMinVertices)
        return;
    QPolygonF screen;
    for (const QPointF& p : m_ring)
        screen << transform().toScreen(p.x(), p.y());
    painter.setPen(QPen(kRingColour, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(screen);
    for (int i = 0; i < screen.size(); ++i) {
        const double r = i == m_hover || i == m_dragged ? kHandleRadius + 1.5 : kHandleRadius;
        painter.setBrush(i == m_selected ? kSelectedColour : QColor(Qt::white));
        painter.drawRect(QRectF(screen[i] - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
}

} // namespace seatplan::ui
