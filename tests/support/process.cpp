#include "process.h"

#include "test_paths.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace seatplan::test {

namespace {

    std::string readFile(const std::filesystem::path& path)
    {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }

} // namespace

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
    const std::vector<std::pair<std::string, std::string>>& environment)
{
    TempDir scratch;
    const std::string outPath = (scratch / "stdout").string();
    const std::string errPath = (scratch / "stderr").string();

    // Unflushed output of this process would otherwise be written again by the child.
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        // Child: only async-signal-safe calls until exec.
        for (const auto& [name, value] : environment)
            ::setenv(name.c_str(), value.c_str(), 1);
        std::FILE* out = std::freopen(outPath.c_str(), "w", stdout);
        std::FILE* err = std::freopen(errPath.c_str(), "w", stderr);
        std::FILE* in = std::freopen("/dev/null", "r", stdin);
        if (!out || !err || !in)
            ::_exit(126);
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(program.c_str()));
        for (const auto& argument : arguments)
            argv.push_back(const_cast<char*>(argument.c_str()));
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) { }

    ProcessResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = readFile(outPath);
    result.err = readFile(errPath);
    return result;
}

ProcessResult runCli(const std::vector<std::string>& arguments,
    const std::vector<std::pair<std::string, std::string>>& environment)
{
    std::vector<std::pair<std::string, std::string>> env { { "SEATPLAN_LANG", "en" },
        { "QT_QPA_PLATFORM", "offscreen" } };
    env.insert(env.end(), environment.begin(), environment.end());
    return runProcess((binaryDir() / "seatplan-cli").string(), arguments, env);
}

} // namespace seatplan::test
