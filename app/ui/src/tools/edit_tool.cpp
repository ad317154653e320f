#include "seatplan/ui/tools/edit_tool.h"

#include "seatplan/render/geometry_path.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/edit_context.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace seatplan::ui {

EditTool::EditTool(EditContext* context, MapCanvas* canvas, QObject* parent)
    : MapTool(canvas, parent)
    , m_context(context)
{
    connect(context, &EditContext::targetChanged, this, [this] { updateOverlay(); });
}

void EditTool::mousePress(QMouseEvent* event, QPointF map)
{
    if (event->button() == Qt::RightButton)
        emit contextMenuRequested(map, event->globalPosition().toPoint());
    else if (event->button() == Qt::LeftButton)
        leftPress(event, map);
}

void EditTool::paint(QPainter& painter) const
{
    paintTarget(painter); // new schools: the map's ScenarioOverlay draws them
}

void EditTool::paintZones(QPainter& painter, const std::vector<std::string>& zoneIds,
    const QColor& fill, const QColor& outline) const
{
    const ZoneLookup* zones = m_context->zones();
    if (!zones)
        return;
    painter.setPen(QPen(outline, 1.5));
    painter.setBrush(fill);
    const render::MapTransform& t = transform();
    for (const std::string& id : zoneIds) {
        const auto index = zones->indexOf(id);
        if (!index)
            continue;
        painter.drawPath(render::screenPath(zones->layer().features[*index].geometry, t));
    }
}

void EditTool::paintTarget(QPainter& painter) const
{
    const std::vector<core::Catchment> all = m_context->catchments();
    const core::Catchment* target = findCatchment(all, m_context->targetCatchment().toStdString());
    if (!target)
        return;
    paintZones(painter, zoneIdsOf(*target), QColor(0x33, 0xa0, 0x2c, target->locked ? 30 : 70),
        target->locked ? QColor(0x88, 0x88, 0x88) : QColor(0x33, 0xa0, 0x2c));
}

QPolygonF EditTool::toMap(const QPolygonF& screen) const
{
    QPolygonF map;
    for (const QPointF& p : screen)
        map << transform().toMap(p);
    return map;
}

bool EditTool::pickTarget(QPointF map, const QString& announcement)
{
    if (!m_context->pickTargetAt(map))
        return false;
    if (!m_context->targetCatchment().isEmpty())
        emit message(announcement.arg(m_context->targetCatchment()));
    return true;
}

bool EditTool::readyToEdit()
{
    if (!m_context->editable()) {
        emit message(tr("This scenario cannot be edited: create or choose a scenario other "
                        "than the base first."));
        return false;
    }
    if (m_context->targetCatchment().isEmpty()) {
        emit message(tr("Pick the catchment first: click one of its schools, or choose it in "
                        "the Edit toolbar."));
        return false;
    }
    return true;
}

} // namespace seatplan::ui
