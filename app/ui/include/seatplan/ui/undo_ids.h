#pragma once

namespace seatplan::ui {

/// Merge ids of undo commands: consecutive commands with the same id on the same layer merge
/// (dragging an opacity slider is one undo step).
enum class UndoId { LayerOpacity = 1 };

} // namespace seatplan::ui
