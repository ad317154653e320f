#pragma once

#include <QString>

class QWidget;

namespace seatplan::ui {

/**
 * File -> Print annex: loads the project at `projectPath` (base scenario), analyses it, composes
 * the planning annex (render::buildAnnex, the same document as `seatplan-cli annex`) and shows
 * it in a QPrintPreviewDialog on A4 landscape; printing from the dialog goes to any printer Qt
 * knows. Errors are reported in a message box. GUI thread only; blocks while composing.
 */
void printAnnex(QWidget* parent, const QString& projectPath);

} // namespace seatplan::ui
