#pragma once

#include "seatplan/ui/tools/edit_tool.h"
#include "seatplan/ui/tools/sketch.h"

#include <QString>

namespace seatplan::ui {

/**
 * An edit tool that sketches a line on the map: a click on a school before the first vertex
 * picks its catchment as the target, clicks add vertices, a double-click or Enter finishes,
 * Backspace removes the last vertex, Escape cancels. Subclasses say what the sketch does
 * (preview, finish) and what to tell the user once the target is picked. GUI thread only.
 */
class SketchTool : public EditTool {
    Q_OBJECT
public:
    using EditTool::EditTool;

    void deactivate() override;
    void mouseMove(QMouseEvent* event, QPointF map) override;
    void mouseDoubleClick(QMouseEvent* event, QPointF map) override;
    bool keyPress(QKeyEvent* event) override;

protected:
    void leftPress(QMouseEvent* event, QPointF map) override;

    /// The message shown when a click picks the catchment to edit, %1 its id (translated).
    virtual QString targetPicked() const = 0;
    /// Recomputes the preview from the sketch so far.
    virtual void updatePreview() = 0;
    /// Forgets the preview (the sketch is being cleared).
    virtual void clearPreview() = 0;
    /// Applies the sketch (double-click or Enter).
    virtual void finish() = 0;

    /// Clears the sketch and the preview.
    void cancel();

    const Sketch& sketch() const { return m_sketch; }
    /// The mouse position, map coordinates.
    QPointF pointer() const { return m_cursor; }

private:
    Sketch m_sketch;
    QPointF m_cursor; ///< map coordinates
};

} // namespace seatplan::ui
