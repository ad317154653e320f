#pragma once

#include "seatplan/core/scenario.h"
#include "seatplan/ui/tools/boundary_reshape.h"
#include "seatplan/ui/tools/edit_tool.h"

#include <QPolygonF>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace seatplan::ui {

/**
 * Edits the vertices of the target catchment's boundary (its zones united: the outer ring of
 * the part nearest to where the planner works), shown as square handles. Press on a handle and
 * drag to move the vertex (Escape during the drag puts it back); a double-click on an edge adds
 * a vertex there; Delete (or right-click on the handle, Remove vertex) removes the selected
 * one, a ring keeping at least three. While dragging, the zones that would join the target
 * show green and those that would leave it red (BoundaryReshape, as the reshape tool). On
 * release, and on removal, the zones move as one undo step: those of which more than half now
 * lies inside join, those of the target no longer more than half inside leave for a
 * neighbouring catchment. A change that moves no zone stays on the ring (dotted) to be
 * continued; Escape drops it. A click on a school picks its catchment as the target. GUI
 * thread only.
 */
class CatchmentVertexTool : public EditTool {
    Q_OBJECT
public:
    CatchmentVertexTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

    void activate() override;
    void deactivate() override;
    void mousePress(QMouseEvent* event, QPointF map) override;
    void mouseMove(QMouseEvent* event, QPointF map) override;
    void mouseRelease(QMouseEvent* event, QPointF map) override;
    void mouseDoubleClick(QMouseEvent* event, QPointF map) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) const override;

    /// The ring being edited (map coordinates, open): the target's boundary with the changes
    /// not applied yet; empty without a target.
    const QPolygonF& ring() const { return m_ring; }
    /// The target's boundary as its zones draw it (open ring).
    const QPolygonF& boundary() const { return m_shell; }
    /// The selected vertex of ring(), or -1.
    int selectedVertex() const { return m_selected; }
    /// The zones that would join and leave the target with ring().
    const std::vector<std::string>& joining() const { return m_preview.joining(); }
    const std::vector<std::string>& leaving() const { return m_preview.leaving(); }

    /// Removes vertex `index` of ring() and applies the change; false (with a message) when
    /// the ring would keep fewer than three vertices.
    bool removeVertex(int index);

protected:
    void leftPress(QMouseEvent* event, QPointF map) override;

private:
    /// Reloads the target's boundary (the part nearest to `near`), dropping unapplied changes.
    void load(std::optional<QPointF> near = std::nullopt);
    /// Reloads when the target or its zones changed (an edit, undo or redo).
    void sync();
    /// The vertex of ring() within a few pixels of `map`, or -1.
    int vertexAt(QPointF map) const;
    void updatePreview();
    /// Moves the zones as ring() says (one undo step) or says why nothing moved.
    void apply();

    bool m_active = false;
    std::optional<core::Catchment> m_loaded; ///< the target as m_shell was loaded from
    QPolygonF m_shell;
    QPolygonF m_ring;
    std::optional<QPointF> m_focus; ///< where the planner last worked (map)
    int m_selected = -1;
    int m_hover = -1;
    int m_dragged = -1;
    QPointF m_dragFrom; ///< the dragged vertex's position before the drag (map)
    QPointF m_pressScreen; ///< where the drag started (screen pixels)
    bool m_moved = false; ///< the drag went beyond a click's jitter
    BoundaryReshape m_preview;
};

} // namespace seatplan::ui
