#pragma once

#include "seatplan/gis/importer.h"

#include <QString>

#include <atomic>
#include <functional>

namespace seatplan::ui {

/// How an import ended.
enum class ImportStatus {
    Done, ///< the layer or table was replaced; `report` says what was done
    Cancelled, ///< cancelled before anything was written; the project is unchanged
    Failed, ///< the file could not be used; `error` says why; the project is unchanged
};

/// The outcome of runImport().
struct ImportOutcome {
    ImportStatus status = ImportStatus::Failed;
    gis::ImportReport report;
    QString error;
};

/// Called with the share done (0..1) and the importer's stage word ("reading", "writing", ...).
using ImportProgress = std::function<void(double fraction, const QString& stage)>;

/**
 * Imports `sourcePath` into the project file `projectPath` with gis::importFile() (the same
 * path `seatplan-cli import` takes). `cancel` is checked at every progress step before the
 * write; once set there, the import stops and the project is left unchanged (the importer
 * writes in one transaction at its "writing" step). Catches every exception.
 *
 * Runs on the calling thread (any thread: it opens its own Project); `progress` is called on
 * that thread.
 */
ImportOutcome runImport(const QString& projectPath, const QString& sourcePath,
    const gis::ImportOptions& options, const std::atomic<bool>& cancel,
    const ImportProgress& progress = {});

} // namespace seatplan::ui
