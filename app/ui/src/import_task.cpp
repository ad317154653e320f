#include "seatplan/ui/import_task.h"

#include "seatplan/gis/project.h"

#include <exception>

namespace seatplan::ui {

namespace {
    // Thrown from the progress callback to unwind importFile() before it writes.
    struct Cancelled { };
} // namespace

ImportOutcome runImport(const QString& projectPath, const QString& sourcePath,
    const gis::ImportOptions& options, const std::atomic<bool>& cancel,
    const ImportProgress& progress)
{
    ImportOutcome outcome;
    try {
        if (cancel)
            throw Cancelled {};
        gis::Project project = gis::Project::open(projectPath.toStdString());
        const auto step = [&](double fraction, const std::string& stage) {
            // The importer reports 1.0 only after the write: too late to cancel.
            if (cancel && fraction < 1.0)
                throw Cancelled {};
            if (progress)
                progress(fraction, QString::fromStdString(stage));
        };
        outcome.report = gis::importFile(project, sourcePath.toStdString(), options, step);
        outcome.status = ImportStatus::Done;
    } catch (const Cancelled&) {
        outcome.status = ImportStatus::Cancelled;
    } catch (const std::exception& e) {
        outcome.status = ImportStatus::Failed;
        outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
}

} // namespace seatplan::ui
