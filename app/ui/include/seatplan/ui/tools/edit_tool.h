#pragma once

#include "seatplan/ui/tools/map_tool.h"

#include <QPolygonF>

#include <string>
#include <vector>

namespace seatplan::ui {

class EditContext;

/**
 * Base of the scenario edit tools: a right click asks the context for the object menu
 * (school, plot, development), and helpers paint zones and the target catchment. Refuses to
 * start an edit (with a message) when the scenario is not editable. GUI thread only.
 */
class EditTool : public MapTool {
    Q_OBJECT
public:
    EditTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

    EditContext* context() const { return m_context; }

    void mousePress(QMouseEvent* event, QPointF map) override;
    void paint(QPainter& painter) const override;
    /// Paints zones `zoneIds` filled with `fill` and outlined with `outline`.
    void paintZones(QPainter& painter, const std::vector<std::string>& zoneIds, const QColor& fill,
        const QColor& outline) const;

signals:
    /// The user right-clicked `map` (global screen position `global`).
    void contextMenuRequested(QPointF map, QPoint global);

protected:
    /// Handles a left press (the right button opens the object menu).
    virtual void leftPress(QMouseEvent* event, QPointF map) = 0;
    /// Paints the target catchment's zones (so the planner sees what the tool changes).
    void paintTarget(QPainter& painter) const;
    /// Converts screen points of a sketch to map coordinates.
    QPolygonF toMap(const QPolygonF& screen) const;
    /// True (after a message) when edits can be made and a target catchment is picked.
    bool readyToEdit();
    /// Picks the target catchment by the school at `map`; when one is picked, says
    /// `announcement` with %1 its id (a school serving none leaves the context's message).
    /// Returns false when no school is there, so the click is the tool's.
    bool pickTarget(QPointF map, const QString& announcement);

private:
    EditContext* m_context;
};

} // namespace seatplan::ui
