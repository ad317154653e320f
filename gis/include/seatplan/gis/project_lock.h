#pragma once

#include <memory>
#include <optional>
#include <string>

namespace seatplan::gis {

/// Who holds a project open for editing (the lock file's contents).
struct LockHolder {
    long pid = 0; ///< process id on `host`
    std::string host; ///< host name of the machine
    std::string since; ///< ISO 8601 UTC time the lock was taken
};

/**
 * Marks a project as open for editing in one SeatPlan, so that a second SeatPlan opens it
 * read-only with a message instead of writing beside the first (SQLite's WAL would let both
 * write, interleaving two journals).
 *
 * The lock is a file "<project>.lock" beside the project, created atomically (O_EXCL), holding
 * "pid host time". A lock whose holder is a process of this host that no longer runs (a crash,
 * kill -9) is stale and is taken over. Locks held on another host cannot be checked and count
 * as held. Released (the file removed) by the destructor or release(). Move-only; any thread.
 */
class ProjectLock {
public:
    /// Tries to lock `projectPath`; check held() for the outcome. Throws GisError when the lock
    /// file can be neither created nor read (e.g. a read-only folder).
    explicit ProjectLock(const std::string& projectPath);
    ~ProjectLock();
    ProjectLock(ProjectLock&&) noexcept;
    ProjectLock& operator=(ProjectLock&&) noexcept;

    /// Returns true when this process holds the lock (the project may be opened for writing).
    bool held() const;
    /// Returns who holds it when held() is false.
    const std::optional<LockHolder>& otherHolder() const;
    /// Returns true when a stale lock was taken over (the last session did not close cleanly,
    /// so the app should offer to recover the journal).
    bool tookOverStale() const;
    /// Returns the lock file's path.
    const std::string& lockPath() const;
    /// Removes the lock file when held.
    void release();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// Returns the lock file of `projectPath` ("<project>.lock").
std::string lockFilePath(const std::string& projectPath);

/**
 * Returns the name of the network file system holding `path` ("nfs", "cifs", "smb2", ...) or
 * nothing for a local disk. SQLite's locking is unreliable on network file systems, so the app
 * warns before editing a project there. Looks at the folder when the file does not exist yet.
 */
std::optional<std::string> networkFileSystem(const std::string& path);

} // namespace seatplan::gis
