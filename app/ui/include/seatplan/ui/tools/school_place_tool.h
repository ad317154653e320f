#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/ui/tools/edit_tool.h"

#include <functional>
#include <optional>

namespace seatplan::ui {

/**
 * Places a new school where the planner clicks: a dialog asks for its name, type, classes and
 * opening year; a click inside a reserved plot snaps to the plot (its name, planned type and
 * classes fill the dialog). The school joins the catchments (of each level it teaches) of the
 * zone it stands in; a NewSchoolEdit and those CatchmentEdits make one undo step "Add school
 * <id>". GUI thread only.
 */
class SchoolPlaceTool : public EditTool {
    Q_OBJECT
public:
    /// Shows the proposal to the planner; returns the school to add, or nothing to cancel.
    using Prompt = std::function<std::optional<core::School>(const core::School& proposal)>;

    SchoolPlaceTool(EditContext* context, MapCanvas* canvas, QObject* parent = nullptr);

    /// Replaces the dialog (tests answer it directly).
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

protected:
    void leftPress(QMouseEvent* event, QPointF map) override;

private:
    core::School propose(QPointF at, const QString& plotId) const;
    Prompt m_prompt;
};

} // namespace seatplan::ui
