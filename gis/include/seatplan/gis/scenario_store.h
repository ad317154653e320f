#pragma once

#include "seatplan/gis/project_tables.h"

#include <cstdint>
#include <string>
#include <vector>

namespace seatplan::gis {

class Project;

/// The name of the read-only base scenario (project-file contract).
inline constexpr const char* kBaseScenario = "base";

/**
 * Scenarios of an open project and their edit journals (seatplan_scenarios, seatplan_journal
 * and the `scenario` column of the catchments layer).
 *
 * A scenario is the project's data plus its own journal of edits: the catchments layer rows
 * of the scenario when it has any, else those of the base (see catchmentScenario()), then the
 * edits that are not undone, by seq. The base is read-only: it cannot be edited, renamed or
 * deleted. Duplicating copies the journal and the catchment rows, so every scenario stands on
 * its own (`parent` only records where it came from).
 *
 * Every write is one transaction committed before the method returns: after a crash or kill
 * the journal holds every edit appendEdit() returned for. Payloads are JSON text owned by the
 * caller (the app's scenario codec). Borrows `project` (which must outlive the store); same
 * thread rules as Project. Methods throw GisError naming the project, the table and the reason
 * (an unknown or duplicate name, an edit of the base, a read-only project).
 */
class ScenarioStore {
public:
    explicit ScenarioStore(Project& project);

    /// Returns every scenario, the base first, then by creation time.
    std::vector<ScenarioRow> list() const;
    bool exists(const std::string& name) const;
    /// Creates an empty scenario (no edits) derived from `parent` (which must exist).
    void create(const std::string& name, const std::string& description = {},
        const std::string& parent = kBaseScenario);
    /// Creates `to` as a copy of `from` (its active edits and catchment rows).
    void duplicate(const std::string& from, const std::string& to);
    /// Renames a scenario with its journal and catchment rows; scenarios derived from it follow.
    void rename(const std::string& from, const std::string& to);
    /// Deletes a scenario with its journal and catchment rows.
    void remove(const std::string& name);

    /// Appends one edit to the journal of `scenario` in its own transaction; returns its seq.
    /// Edits undone before it are dropped first (a new edit after undo ends the redo branch).
    std::int64_t appendEdit(
        const std::string& scenario, const std::string& kind, const std::string& payload);
    /// Marks the edit `seq` undone (true) or redone (false).
    void setUndone(std::int64_t seq, bool undone);
    /// Returns every journal row of `scenario`, undone ones included, by seq.
    std::vector<JournalRow> journal(const std::string& scenario) const;
    /// Returns the edits of `scenario` that are in effect (not undone), by seq.
    std::vector<JournalRow> activeEdits(const std::string& scenario) const;
    /// Returns the scenario whose catchments-layer rows `scenario` uses: itself when it has
    /// rows, else the base.
    std::string catchmentScenario(const std::string& scenario) const;

private:
    Project& m_project;
};

} // namespace seatplan::gis
