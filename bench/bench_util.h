#pragma once
// Small helpers shared by the gis benches: a wall clock and the process's peak memory.

#include <sys/resource.h>

#include <chrono>
#include <cstdio>

namespace seatplan::bench {

/// Seconds since construction (steady clock).
class Stopwatch {
public:
    double seconds() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }
    void restart() { m_start = std::chrono::steady_clock::now(); }

private:
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

/// CPU seconds (user + system, all threads) this process has used so far: on a machine shared
/// with other jobs the comparable figure, as wall time then includes waiting for a core.
inline double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// Peak resident memory of this process so far, MiB.
inline double peakMemoryMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// Peak resident memory of finished child processes, MiB.
inline double childrenPeakMemoryMiB()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace seatplan::bench
