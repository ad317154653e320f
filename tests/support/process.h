#pragma once

#include <string>
#include <utility>
#include <vector>

namespace seatplan::test {

/// What a finished child process left behind.
struct ProcessResult {
    int exitCode = -1; ///< the exit status, or 128 + signal number when killed
    std::string out; ///< everything written to stdout
    std::string err; ///< everything written to stderr
};

/**
 * Runs `program` with `arguments` and waits for it, capturing stdout and stderr. `environment`
 * adds or replaces variables of the current environment. Used by end-to-end tests to drive
 * seatplan-cli exactly as a user would.
 */
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
    const std::vector<std::pair<std::string, std::string>>& environment = {});

/// Runs build/bin/seatplan-cli with `arguments` (English messages unless `environment` says).
ProcessResult runCli(const std::vector<std::string>& arguments,
    const std::vector<std::pair<std::string, std::string>>& environment = {});

} // namespace seatplan::test
