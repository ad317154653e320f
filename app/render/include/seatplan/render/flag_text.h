#pragma once

#include "seatplan/core/results.h"

#include <QCoreApplication>
#include <QString>

namespace seatplan::render {

/**
 * A flag in the planner's language: a short name of its rule ("大班额", "学位不足") and one
 * sentence from its numbers ("有 68 人的班级（大班额，≥56 人）"), where core's message is
 * English. Context "FlagText" in seatplan_render_zh_CN.ts; rules it does not know keep core's
 * message. Pure functions; any thread once the translators are installed.
 */
class FlagText {
    Q_DECLARE_TR_FUNCTIONS(FlagText)
public:
    /// The rule's short name, or the rule id itself when unknown.
    static QString ruleName(const std::string& ruleId);
    /// The finding, without the subject's name (the caller shows whose flag it is).
    static QString describe(const core::Flag& flag);
};

} // namespace seatplan::render
