// Import of the ~300,000-parcel land-use layer as a Shapefile into a project (issue 4
// performance): `seatplan-cli import --as landuse` against `ogr2ogr -f GPKG` on the same file,
// both as whole processes in the same run.
//   import_bench BENCH_DATA_DIR SEATPLAN_CLI
#include "bench_util.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

using seatplan::bench::Stopwatch;
namespace fs = std::filesystem;

namespace {

int run(const std::string& command)
{
    return std::system((command + " > /dev/null 2>&1").c_str());
}

} // namespace

int main(int argc, char* argv[])
{
    const fs::path dir = argc > 1 ? argv[1] : "bench-data";
    const std::string cli = argc > 2 ? argv[2] : "build/bin/seatplan-cli";
    const fs::path gpkg = dir / "landuse.gpkg";
    if (!fs::exists(gpkg)) {
        std::printf("import_bench: %s missing (make_bench_data.py)\n", gpkg.string().c_str());
        return 0;
    }
    const fs::path shp = dir / "landuse_shp" / "landuse.shp";
    if (!fs::exists(shp)) {
        fs::create_directories(shp.parent_path());
        if (run("ogr2ogr -f 'ESRI Shapefile' '" + shp.string() + "' '" + gpkg.string() + "'")
            != 0) {
            std::printf("import_bench: cannot convert %s to a Shapefile\n", gpkg.string().c_str());
            return 0;
        }
    }
    const fs::path work = dir / "import_bench_out";
    fs::remove_all(work);
    fs::create_directories(work);

    Stopwatch ogr;
    const int ogrStatus
        = run("ogr2ogr -f GPKG '" + (work / "ogr.gpkg").string() + "' '" + shp.string() + "'");
    const double ogrSeconds = ogr.seconds();

    const std::string project = (work / "project.gpkg").string();
    run("'" + cli + "' new '" + project + "'");
    Stopwatch ours;
    const int ourStatus
        = run("'" + cli + "' import '" + project + "' '" + shp.string() + "' --as landuse");
    const double ourSeconds = ours.seconds();

    std::printf("land-use import: %s (~300,000 polygons)\n", shp.string().c_str());
    std::printf("  ogr2ogr -f GPKG: %.2f s (exit %d)\n", ogrSeconds, ogrStatus);
    std::printf("  seatplan-cli import --as landuse (read, validate + repair with GEOS, map "
                "fields, write): %.2f s (exit %d)\n",
        ourSeconds, ourStatus);
    std::printf("  ratio SeatPlan / ogr2ogr: %.2f\n", ourSeconds / ogrSeconds);
    std::printf("  peak memory of the child processes: %.0f MiB\n",
        seatplan::bench::childrenPeakMemoryMiB());
    fs::remove_all(work);
    return 0;
}
