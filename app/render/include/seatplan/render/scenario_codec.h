#pragma once

#include "seatplan/core/scenario.h"

#include <QByteArray>

#include <string>

namespace seatplan::render {

/**
 * Scenario edits as JSON text, the payload of the project journal (seatplan_journal) and the
 * "edits" of the analyze JSON input (README "analyze JSON input"): one object per edit with its
 * "kind" (new_school, expansion, closure, conversion, catchment, development, plot_status) and
 * the fields of the edit under the project file's field names; a new_school edit placed on the
 * map also has "x" and "y" (project CRS metres; absent = no position, as in older journals).
 * decodeEdit(encodeEdit(e)) == e for
 * every field. Pure functions; any thread.
 */

/// Returns the journal kind of `edit` ("new_school", "expansion", ...).
std::string editKind(const core::ScenarioEdit& edit);

/// Returns `edit` as compact UTF-8 JSON.
QByteArray encodeEdit(const core::ScenarioEdit& edit);

/// Parses an edit written by encodeEdit(). Throws core::InvalidInput naming the field and the
/// reason for text that is not such an edit.
core::ScenarioEdit decodeEdit(const QByteArray& json);

} // namespace seatplan::render
