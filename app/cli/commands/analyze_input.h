#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/scenario.h"

#include <QString>
#include <QStringList>

namespace seatplan::cli {

/// What `seatplan-cli analyze` analyses: a project's inputs and the chosen scenario.
struct AnalyzeInput {
    core::PlanningInputs inputs;
    core::Scenario scenario;
    QStringList scenarioNames; ///< every scenario the project holds, "base" first
};

/**
 * Reads the project at `path` for analysis with the scenario `scenarioName` ("base" = no
 * edits; a scenario with a parent gets its parent's edits first). This is the command's single
 * input step: today it reads the JSON input documented in README ("analyze JSON input");
 * a GeoPackage loader plugs in here by file suffix.
 *
 * Throws core::InvalidInput (exit code 3) when the file cannot be read or holds bad data, with
 * the file name and the JSON path of the bad value (e.g. "schools[3].classes_primary"), and
 * UsageError (exit code 2) for an unknown scenario name.
 */
AnalyzeInput readAnalyzeInput(const QString& path, const QString& scenarioName);

} // namespace seatplan::cli
