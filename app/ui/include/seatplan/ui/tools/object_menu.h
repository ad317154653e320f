#pragma once

#include <QPoint>
#include <QPointF>

class QWidget;

namespace seatplan::ui {

class EditContext;

/**
 * The right-click menu of the edit tools: on a school, expand / convert / close it from a year
 * or make its catchment the target; on a reserved plot, mark its status with a note. Each
 * accepted dialog is one scenario edit. GUI thread only.
 */
void showObjectMenu(EditContext* context, QPointF map, QPoint global, QWidget* parent);

} // namespace seatplan::ui
