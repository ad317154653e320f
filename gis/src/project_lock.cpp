// The project lock file and the network-file-system check (POSIX / Linux statfs).
#include "seatplan/gis/project_lock.h"

#include "detail/project_impl.h"
#include "detail/utf8_path.h"
#include "seatplan/gis/gis_error.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace seatplan::gis {

using namespace detail;

namespace {

    std::string hostName()
    {
        std::array<char, 256> name {};
        if (gethostname(name.data(), name.size() - 1) != 0)
            return "unknown";
        return name.data();
    }

    std::optional<LockHolder> readHolder(const std::string& lockPath)
    {
        std::ifstream in(utf8Path(lockPath));
        LockHolder holder;
        if (!(in >> holder.pid >> holder.host))
            return std::nullopt;
        in >> holder.since;
        return holder;
    }

    // A holder on this host whose process is gone left the lock behind (crash, kill -9).
    bool isStale(const std::optional<LockHolder>& holder)
    {
        if (!holder)
            return true; // empty or garbled: a writer died between create and write
        if (holder->host != hostName())
            return false;
        return kill(static_cast<pid_t>(holder->pid), 0) != 0 && errno == ESRCH;
    }

    // Creates the lock file atomically; returns false when it exists.
    bool createLock(const std::string& lockPath)
    {
        const int fd = ::open(lockPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0) {
            if (errno == EEXIST)
                return false;
            throw GisError({ lockPath, {}, std::nullopt, {},
                std::string("cannot create the lock file: ") + std::strerror(errno) });
        }
        std::ostringstream text;
        text << getpid() << ' ' << hostName() << ' ' << utcNow() << '\n';
        const std::string data = text.str();
        const bool written
            = ::write(fd, data.data(), data.size()) == static_cast<ssize_t>(data.size());
        ::fsync(fd);
        ::close(fd);
        if (!written)
            throw GisError({ lockPath, {}, std::nullopt, {}, "cannot write the lock file" });
        return true;
    }

} // namespace

struct ProjectLock::State {
    std::string lockPath;
    bool held = false;
    bool tookOverStale = false;
    std::optional<LockHolder> other;
};

std::string lockFilePath(const std::string& projectPath)
{
    return projectPath + ".lock";
}

ProjectLock::ProjectLock(const std::string& projectPath)
    : m_state(std::make_unique<State>())
{
    m_state->lockPath = lockFilePath(projectPath);
    if (createLock(m_state->lockPath)) {
        m_state->held = true;
        return;
    }
    m_state->other = readHolder(m_state->lockPath);
    if (!isStale(m_state->other))
        return;
    // Take the stale lock over: remove it and race for it once more like a fresh start.
    std::error_code ec;
    std::filesystem::remove(utf8Path(m_state->lockPath), ec);
    if (createLock(m_state->lockPath)) {
        m_state->held = true;
        m_state->tookOverStale = true;
        m_state->other.reset();
    } else {
        m_state->other = readHolder(m_state->lockPath);
    }
}

ProjectLock::~ProjectLock()
{
    if (m_state)
        release();
}

ProjectLock::ProjectLock(ProjectLock&&) noexcept = default;
ProjectLock& ProjectLock::operator=(ProjectLock&&) noexcept = default;

bool ProjectLock::held() const
{
    return m_state->held;
}

const std::optional<LockHolder>& ProjectLock::otherHolder() const
{
    return m_state->other;
}

bool ProjectLock::tookOverStale() const
{
    return m_state->tookOverStale;
}

const std::string& ProjectLock::lockPath() const
{
    return m_state->lockPath;
}

void ProjectLock::release()
{
    if (!m_state->held)
        return;
    std::error_code ec;
    std::filesystem::remove(utf8Path(m_state->lockPath), ec);
    m_state->held = false;
}

std::optional<std::string> networkFileSystem(const std::string& path)
{
    std::filesystem::path target = utf8Path(path);
    std::error_code ec;
    if (!std::filesystem::exists(target, ec))
        target = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    struct statfs info { };
    if (statfs(target.c_str(), &info) != 0)
        return std::nullopt;
    // Magic numbers of linux/magic.h and the file systems' own headers.
    struct Kind {
        unsigned long magic;
        const char* name;
    };
    static constexpr std::array<Kind, 7> kNetwork { { { 0x6969, "nfs" }, { 0x517B, "smb" },
        { 0xFF534D42, "cifs" }, { 0xFE534D42, "smb2" }, { 0x01021997, "9p" },
        { 0x00C36400, "ceph" }, { 0x5346414F, "afs" } } };
    const auto type = static_cast<unsigned long>(info.f_type) & 0xFFFFFFFFUL;
    for (const Kind& kind : kNetwork)
        if (kind.magic == type)
            return std::string(kind.name);
    return std::nullopt;
}

} // namespace seatplan::gis
