#pragma once

#include <string_view>

namespace seatplan::render {

/**
 * The printed texts of one assumptions-ledger key (core::Results::ledger, core::Standards keys
 * and the annex's own settings): a human name, the unit and the source, as English source texts
 * translated in context "AnnexLedger" (seatplan_render_zh_CN.ts). Core's keys, units and source
 * notes are for files and logs; the annex prints these instead, with the key kept in a narrow
 * column for traceability. Static data; thread-safe.
 */
struct LedgerLabel {
    const char* key; ///< ledger key, or a prefix ending in '.' whose rest is the name's %1
    const char* name; ///< e.g. "Standard class size, primary"
    const char* unit; ///< e.g. "students per class"; "" when the value has no unit
    const char* source; ///< document and clause, e.g. "建标102-2002 art. 6; 教督〔2017〕6号"
    const char* mark; ///< verification mark of STANDARDS.md (V, V2, C, M, I), "" for settings
};

/// Returns the label of ledger key `key` (an exact key, else the longest matching prefix
/// entry), or null when the key has none.
const LedgerLabel* findLedgerLabel(std::string_view key);

/// Returns the English source text of a ledger value that is a word (e.g. "counted",
/// "medium"), translated in context "AnnexLedger", or null for numbers and other text.
const char* ledgerValueWord(std::string_view value);

} // namespace seatplan::render
