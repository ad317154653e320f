// Import of the ~300,000-parcel land-use layer as a Shapefile into a project (issue 4
// performance): `seatplan-cli import --as landuse` against `ogr2ogr -f GPKG` on the same file,
// both as whole processes in the same run: once doing the same job (a project in the file's
// CRS), once also reprojecting (against ogr2ogr -t_srs -makevalid, which does that work too).
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
    const auto timed = [](const std::string& command, int& status) {
        Stopwatch watch;
        status = run(command);
        return watch.seconds();
    };
    const std::string target = "EPSG:4548"; // the project CRS SeatPlan creates by default
    int ogrStatus = 0, ogrWarpStatus = 0, sameStatus = 0, warpStatus = 0;
    const double ogrSeconds = timed(
        "ogr2ogr -f GPKG '" + (work / "ogr.gpkg").string() + "' '" + shp.string() + "'", ogrStatus);
    const double ogrWarpSeconds = timed("ogr2ogr -f GPKG -makevalid -t_srs " + target + " '"
            + (work / "ogr_warp.gpkg").string() + "' '" + shp.string() + "'",
        ogrWarpStatus);

    // The same job as ogr2ogr: a project in the file's own CRS (3-degree GK CM 114E).
    const std::string same = (work / "same.gpkg").string();
    run("'" + cli + "' new '" + same + "' --crs EPSG:4547");
    const double sameSeconds = timed(
        "'" + cli + "' import '" + same + "' '" + shp.string() + "' --as landuse", sameStatus);
    // And the usual case: a project in CM 117E, so every vertex is also reprojected.
    const std::string warp = (work / "warp.gpkg").string();
    run("'" + cli + "' new '" + warp + "' --crs " + target);
    const double warpSeconds = timed(
        "'" + cli + "' import '" + warp + "' '" + shp.string() + "' --as landuse", warpStatus);

    std::printf(
        "land-use import: %s (~300,000 polygons, CGCS2000 GK CM 114E)\n", shp.string().c_str());
    std::printf("  ogr2ogr -f GPKG: %.2f s (exit %d)\n", ogrSeconds, ogrStatus);
    std::printf("  seatplan-cli import --as landuse into a CM 114E project (read, validate + "
                "repair with GEOS, map fields, write): %.2f s (exit %d)\n",
        sameSeconds, sameStatus);
    std::printf("  ratio SeatPlan / ogr2ogr (target <= 1.2): %.2f\n", sameSeconds / ogrSeconds);
    std::printf("  ogr2ogr -f GPKG -makevalid -t_srs %s: %.2f s (exit %d)\n", target.c_str(),
        ogrWarpSeconds, ogrWarpStatus);
    std::printf("  seatplan-cli import --as landuse into a %s project (also reprojects): %.2f s "
                "(exit %d)\n",
        target.c_str(), warpSeconds, warpStatus);
    std::printf("  ratio SeatPlan / ogr2ogr, both reprojecting: %.2f; against plain ogr2ogr: "
                "%.2f\n",
        warpSeconds / ogrWarpSeconds, warpSeconds / ogrSeconds);
    std::printf("  peak memory of the child processes: %.0f MiB\n",
        seatplan::bench::childrenPeakMemoryMiB());
    fs::remove_all(work);
    return 0;
}
