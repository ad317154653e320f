#pragma once

#include "seatplan/core/scenario.h"
#include "seatplan/ui/tools/edit_tool.h"

#include <functional>
#include <optional>

namespace seatplan::ui {

/**
 * Adds or edits a residential project: a click on a project opens it in a dialog (floor area,
 * floor-area ratios, dwellings, completion year); a click elsewhere starts a new project whose
 * children live in the zone clicked. Each accepted dialog is one DevelopmentEdit.
 * GUI thread only.
 */
class DevelopmentTool : public EditTool {
    Q_OBJECT
public:
    /// Shows the project to the planner; returns it as edited, or nothing to cancel.
    using Prompt = std::function<std::optional<core::Development>(const core::Development&)>;

    DevelopmentTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

    /// Replaces the dialog (tests answer it directly).
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

protected:
    void leftPress(QMouseEvent* event, QPointF map) override;

private:
    Prompt m_prompt;
};

/// Returns the developments of `inputs` with the DevelopmentEdits of `scenario` applied.
std::vector<core::Development> effectiveDevelopments(
    const core::PlanningInputs& inputs, const core::Scenario& scenario);

} // namespace seatplan::ui
