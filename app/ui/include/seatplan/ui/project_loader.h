#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/results.h"
#include "seatplan/ui/map_layer.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace seatplan::ui {

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
};

/**
 * Reads a project: every vector layer (decoded, prepared for drawing, default-styled), the
 * population raster, the standards and - when the project holds what core needs - the
 * analysis results. Runs on any thread (opens its own GDAL dataset); catches every exception
 * and reports it in LoadedProject::error, so it is safe under QtConcurrent.
 */
LoadedProject loadProject(const QString& path);

/// Returns the draw rank of a contract layer (land use at the bottom, schools on top).
int drawRank(const QString& layerId);

} // namespace seatplan::ui
