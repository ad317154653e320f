// Benchmark of issue 5: peak memory of the desktop GUI with a project open (target 1 GB).
// Runs build/bin/seatplan --exit-when-ready (offscreen) on a copy of the Meizhou sample, then on
// a sample with a Meizhou-scale land-use layer (300,000 parcels, made by seatplan-cli sample),
// each in its own process; prints wall time to ready (s) and peak resident memory (MB).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

struct Run {
    bool ok = false;
    double seconds = 0;
    double peakMb = 0;
};

/// Runs `args` (args[0] the program) with the offscreen platform and a private settings dir.
Run run(const std::vector<std::string>& args, const std::filesystem::path& dir)
{
    std::fflush(stdout); // or the child's freopen writes our buffered lines again
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        ::setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1); // never the user's settings
        if (::chdir(dir.c_str()) != 0 || !std::freopen("/dev/null", "w", stdout)
            || !std::freopen("/dev/null", "w", stderr))
            ::_exit(126);
        std::vector<char*> argv;
        for (const std::string& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage {};
    ::wait4(pid, &status, 0, &usage);
    Run r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    r.peakMb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    return r;
}

void report(const char* what, const Run& r)
{
    if (r.ok)
        std::printf("GUI with %s open (map drawn, analysis done): %.2f s wall to exit, "
                    "%.0f MB peak RSS (target 1 GB)\n",
            what, r.seconds, r.peakMb);
    else
        std::printf("GUI with %s: FAILED\n", what);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: gui_memory_bench SEATPLAN SEATPLAN_CLI DATA_DIR\n");
        return 2;
    }
    const std::string gui = std::filesystem::absolute(argv[1]).string();
    const std::string cli = std::filesystem::absolute(argv[2]).string();
    const std::filesystem::path data = std::filesystem::absolute(argv[3]);
    const auto dir = std::filesystem::temp_directory_path() / "seatplan-gui-bench";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    // A copy: the GUI opens its project writable and the committed sample must stay as it is.
    for (const char* file : { "meizhou.gpkg", "meizhou.population.tif" })
        if (std::filesystem::exists(data / file))
            std::filesystem::copy_file(data / file, dir / file);
    const Run sample = run({ gui, "--lang", "zh", "--exit-when-ready", "meizhou.gpkg" }, dir);
    report("the Meizhou sample", sample);

    const Run made
        = run({ cli, "sample", "--landuse-polygons", "300000", "-o", "landuse.gpkg" }, dir);
    if (!made.ok) {
        std::printf("seatplan-cli sample --landuse-polygons 300000: FAILED\n");
        return 1;
    }
    const Run big = run({ gui, "--lang", "zh", "--exit-when-ready", "landuse.gpkg" }, dir);
    report("the sample and 300,000 land-use parcels", big);
    std::filesystem::remove_all(dir);
    return sample.ok && big.ok ? 0 : 1;
}
