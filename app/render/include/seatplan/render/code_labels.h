#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/planning_inputs.h"

#include <QCoreApplication>
#include <QString>

namespace seatplan::render {

/**
 * The planner's words for the codes the project file stores ("primary" -> 小学, "acquired" ->
 * 已征收, is_public 1 -> 是): the one table shared by the attribute table, the plot register,
 * the map legend, the dialogs and `seatplan-cli analyze --format table` (context "CodeLabels"
 * in seatplan_render_zh_CN.ts). The stored codes stay the data; these are for display only.
 * Pure functions; any thread once the translators are installed.
 */
class CodeLabels {
    Q_DECLARE_TR_FUNCTIONS(CodeLabels)
public:
    /// "Primary" / "Junior" (小学 / 初中).
    static QString level(core::Level level);
    /// "Primary", "Junior", "Nine-year", "Twelve-year", "Teaching point" (小学, 初中, ...).
    static QString schoolType(core::SchoolType type);
    /// "Planned", "Acquired", "Built" (规划中, 已征收, 已建成).
    static QString plotStatus(core::PlotStatus status);
    /// "Low", "Medium", "High" projection variant.
    static QString variant(core::Variant variant);
    /// "Yes" / "No".
    static QString yesNo(bool value);

    /**
     * The label of `code` stored in contract field `field` of any layer: a school type or
     * level for `level` and `planned_level`, a plot status for `status`, yes/no for the 0/1
     * flags (`urban`, `is_public`, `boarding`, `resource_room`, `locked`), and a projection
     * variant for the results' `variant` column. Returns `code` itself for other fields and
     * for values that are not one of the field's codes.
     */
    static QString value(const QString& field, const QString& code);
};

} // namespace seatplan::render
