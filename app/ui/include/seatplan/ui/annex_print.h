#pragma once

#include "seatplan/render/annex/annex_composer.h"
#include "seatplan/render/annex/annex_document.h"
#include "seatplan/render/annex/project_annex.h"
#include "seatplan/render/language.h"

#include <QString>

class QPrinter;
class QWidget;

namespace seatplan::ui {

/**
 * Composes the planning annex of the project file at `projectPath` under scenario `scenario`
 * (its journal edits applied) in `language`, dated today: render::ProjectAnnex, the same
 * document as `seatplan-cli annex`. Throws gis::GisError / core::InvalidInput on bad data or an
 * unknown scenario. GUI thread only; blocks while loading and analysing.
 */
render::AnnexDocument composePrintAnnex(const QString& projectPath, const QString& scenario,
    render::Language language = render::Language::Chinese);

/// As above with every choice of `request` (language, years, counties, town maps; an invalid
/// date = today).
render::AnnexDocument composePrintAnnex(
    const QString& projectPath, const render::ProjectAnnexRequest& request);

/**
 * Paints `document` on `printer` (page layout set to the annex's landscape `paper`): what the
 * print preview shows and what printing from it sends. Returns the number of pages. Throws
 * std::runtime_error when the printer cannot be painted on.
 */
int paintAnnex(const render::AnnexDocument& document, QPrinter& printer,
    render::AnnexPaper paper = render::AnnexPaper::A4);

/**
 * File -> Print annex: asks for the language (Chinese by default, the language of official
 * annexes), plan period, counties and paper in an AnnexOptionsDialog, composes the annex of
 * `projectPath` under `scenario` (the document's active scenario) and shows it in a
 * QPrintPreviewDialog; printing from the dialog goes to any printer Qt knows. Errors are
 * reported in a message box. GUI thread only.
 */
void printAnnex(QWidget* parent, const QString& projectPath, const QString& scenario);

} // namespace seatplan::ui
