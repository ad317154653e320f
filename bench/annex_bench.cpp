// Benchmark of issue 7: the whole planning annex of the Meizhou sample project (8 counties,
// atlas included) through `seatplan-cli annex`, in its own process for its own peak memory.
// Prints wall time (s), peak resident memory (MB) and the pages and files written.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char* argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: annex_bench SEATPLAN_CLI PROJECT\n");
        return 2;
    }
    const std::string cli = argv[1];
    const std::string project = argv[2];
    const auto dir = std::filesystem::temp_directory_path() / "seatplan-annex-bench";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string pdf = (dir / "annex.pdf").string();

    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        ::setenv("SOURCE_DATE_EPOCH", "1735689600", 1);
        if (!std::freopen("/dev/null", "w", stderr))
            ::_exit(126);
        std::vector<char*> args { const_cast<char*>(cli.c_str()), const_cast<char*>("annex"),
            const_cast<char*>(project.c_str()), const_cast<char*>("--lang"),
            const_cast<char*>("zh"), const_cast<char*>("-o"), const_cast<char*>(pdf.c_str()),
            nullptr };
        ::execv(cli.c_str(), args.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage {};
    ::wait4(pid, &status, 0, &usage);
    const double seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "annex_bench: seatplan-cli annex failed (%d)\n", status);
        return 1;
    }
    int files = 0;
    std::uintmax_t bytes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        ++files;
        bytes += entry.file_size();
    }
    std::printf("annex (Meizhou sample, 8 counties, atlas): %.2f s wall, %.0f MB peak RSS, "
                "%d files, %.1f MB written (PDF %.1f MB)\n",
        seconds, usage.ru_maxrss / 1024.0, files, bytes / 1e6,
        std::filesystem::file_size(pdf) / 1e6);
    std::filesystem::remove_all(dir);
    return 0;
}
