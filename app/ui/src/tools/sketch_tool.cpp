#include "seatplan/ui/tools/sketch_tool.h"

#include "seatplan/ui/tools/edit_context.h"

#include <QKeyEvent>

namespace seatplan::ui {

void SketchTool::deactivate()
{
    cancel();
}

void SketchTool::leftPress(QMouseEvent*, QPointF map)
{
    if (m_sketch.isEmpty() && pickTarget(map, targetPicked()))
        return;
    if (m_sketch.isEmpty() && !readyToEdit())
        return;
    m_sketch.add(map, transform());
    updatePreview();
    m_cursor = map;
    updateOverlay();
}

void SketchTool::mouseMove(QMouseEvent*, QPointF map)
{
    m_cursor = map;
    if (!m_sketch.isEmpty())
        updateOverlay();
}

void SketchTool::mouseDoubleClick(QMouseEvent*, QPointF)
{
    finish();
}

bool SketchTool::keyPress(QKeyEvent* event)
{
    if (m_sketch.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    case Qt::Key_Backspace:
        m_sketch.removeLast();
        updatePreview();
        updateOverlay();
        return true;
    default:
        return false;
    }
}

void SketchTool::cancel()
{
    m_sketch.clear();
    clearPreview();
    updateOverlay();
}

} // namespace seatplan::ui
