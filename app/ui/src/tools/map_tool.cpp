#include "seatplan/ui/tools/map_tool.h"

#include "seatplan/ui/map_canvas.h"

namespace seatplan::ui {

MapTool::MapTool(MapCanvas* canvas, QObject* parent)
    : QObject(parent)
    , m_canvas(canvas)
{
}

MapTool::~MapTool() = default;

void MapTool::mousePress(QMouseEvent*, QPointF)
{
}
void MapTool::mouseMove(QMouseEvent*, QPointF)
{
}
void MapTool::mouseRelease(QMouseEvent*, QPointF)
{
}
void MapTool::mouseDoubleClick(QMouseEvent*, QPointF)
{
}
bool MapTool::keyPress(QKeyEvent*)
{
    return false;
}
void MapTool::paint(QPainter&) const
{
}

void MapTool::updateOverlay() const
{
    m_canvas->update();
}

const render::MapTransform& MapTool::transform() const
{
    return m_canvas->transform();
}

} // namespace seatplan::ui
