#pragma once

#include "seatplan/core/analyze.h"
#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/results.h"
#include "seatplan/core/scenario.h"
#include "seatplan/ui/map_layer.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace seatplan::gis {
class Project;
class ProjectLock;
} // namespace seatplan::gis

namespace seatplan::ui {

/// Edits found in the journal of one scenario when a crashed session's lock was taken over.
struct RecoveredEdits {
    QString scenario;
    int edits = 0; ///< edits in effect (not undone)
};

/// Everything read from a project file, ready to hand to PlanDocument::reset().
struct LoadedProject {
    QString path;
    QString crs; ///< e.g. "EPSG:4548"
    QString title; ///< seatplan_metadata title, or the file name
    std::vector<MapLayer> layers; ///< draw order, bottom first
    core::Standards standards; ///< defaults with the project's overrides applied
    std::vector<QString> overriddenKeys; ///< standards the project overrides
    std::shared_ptr<const core::Results> results; ///< null when analysis was not possible
    QString analysisNote; ///< why there are no results (empty when there are)
    QString error; ///< non-empty when the project could not be opened at all

    // --- scenarios (see PlanDocument's scenario API) --------------------------------------
    /// The open project: opened for writing when `lock` is held, else read-only. Shared so that
    /// LoadedProject stays copyable (QFuture); PlanDocument becomes its only owner.
    std::shared_ptr<gis::Project> project;
    /// The edit lock of the project (held), or null when the project is read-only.
    std::shared_ptr<gis::ProjectLock> lock;
    /// Why the project is read-only (empty when it is writable), e.g. who holds the lock.
    QString readOnlyReason;
    /// The network file system the project is on ("nfs", "cifs", ...), empty on a local disk.
    QString networkFileSystem;
    /// Non-empty when the last session did not close (its stale lock was taken over): the edits
    /// its journal holds, per scenario with edits.
    std::vector<RecoveredEdits> recovered;
    /// The inputs the active scenario starts from (null when analysis was not possible).
    std::shared_ptr<const core::PlanningInputs> inputs;
    /// The active scenario (seatplan_metadata `active_scenario`, else the base) with its edits;
    /// `results` are its analysis.
    core::Scenario scenario;
};

/// The seatplan_metadata key of the scenario that was active when the project was last used.
inline constexpr const char* kActiveScenarioKey = "active_scenario";

/// Returns the analysis options the app uses (all three projection variants).
core::AnalysisOptions appAnalysisOptions();

/**
 * Told by loadProject() after each step on the loading thread: `done` of `total` steps (one per
 * vector layer, one for the population raster, one for the analysis; `total` stays the same
 * through a load). Returns false to stop the load (it then ends with LoadedProject::error set
 * and the project closed).
 */
using LoadProgress = std::function<bool(int done, int total)>;

/**
 * Reads a project: every vector layer (decoded, prepared for drawing, default-styled), the
 * population raster, the standards and - when the project holds what core needs - the inputs
 * and analysis results of the active scenario. Takes the project's edit lock (gis::ProjectLock):
 * when another SeatPlan holds it, or the folder cannot be locked, the project is opened
 * read-only with the reason in readOnlyReason. Runs on any thread (opens its own GDAL dataset);
 * catches every exception and reports it in LoadedProject::error, so it is safe under
 * QtConcurrent. `progress`, when given, is called after each step (see LoadProgress).
 */
LoadedProject loadProject(const QString& path, const LoadProgress& progress = {});

/// Returns the draw rank of a contract layer (land use at the bottom, schools on top).
int drawRank(const QString& layerId);

} // namespace seatplan::ui
