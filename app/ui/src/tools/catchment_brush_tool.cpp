#include "seatplan/ui/tools/catchment_brush_tool.h"

#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/edit_context.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace seatplan::ui {

CatchmentBrushTool::CatchmentBrushTool(EditContext* context, MapCanvas* canvas, QObject* parent)
    : EditTool(context, canvas, parent)
{
}

void CatchmentBrushTool::deactivate()
{
    m_painting = false;
    m_painted.clear();
}

void CatchmentBrushTool::leftPress(QMouseEvent*, QPointF map)
{
    if (pickTarget(map, tr("Target catchment: %1. Click or paint zones to add them.")))
        return;
    if (!readyToEdit())
        return;
    m_painting = true;
    m_painted.clear();
    addZoneAt(map);
}

void CatchmentBrushTool::mouseMove(QMouseEvent*, QPointF map)
{
    if (m_painting)
        addZoneAt(map);
}

void CatchmentBrushTool::addZoneAt(QPointF map)
{
    const ZoneLookup* zones = context()->zones();
    if (!zones)
        return;
    if (const auto zone = zones->zoneAt(map); zone && m_painted.insert(zones->id(*zone)).second)
        updateOverlay();
}

void CatchmentBrushTool::mouseRelease(QMouseEvent* event, QPointF)
{
    if (event->button() != Qt::LeftButton || !m_painting)
        return;
    m_painting = false;
    const std::vector<std::string> ids(m_painted.begin(), m_painted.end());
    m_painted.clear();
    updateOverlay();
    const CatchmentChange change
        = assignZones(context()->catchments(), context()->targetCatchment().toStdString(), ids);
    if (change.targetLocked) {
        emit message(tr("Catchment %1 is locked: unlock it to change it.")
                         .arg(context()->targetCatchment()));
        return;
    }
    if (!change.lockedZones.empty())
        emit message(tr("%n zone(s) belong to a locked catchment and were left there.", nullptr,
            static_cast<int>(change.lockedZones.size())));
    if (change.edits.empty())
        return;
    const std::vector<core::ScenarioEdit> edits(change.edits.begin(), change.edits.end());
    context()->apply(edits,
        tr("Assign %n zone(s) to catchment %1", nullptr,
            static_cast<int>(ids.size() - change.lockedZones.size()))
            .arg(context()->targetCatchment()));
}

bool CatchmentBrushTool::keyPress(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape || !m_painting)
        return false;
    m_painting = false;
    m_painted.clear();
    updateOverlay();
    return true;
}

void CatchmentBrushTool::paint(QPainter& painter) const
{
    EditTool::paint(painter);
    const std::vector<std::string> ids(m_painted.begin(), m_painted.end());
    paintZones(painter, ids, QColor(0xff, 0x7f, 0x00, 110), QColor(0xff, 0x7f, 0x00));
}

} // namespace seatplan::ui
