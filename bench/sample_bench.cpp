// Times the sample generator (seatplan-cli sample): the bundled Meizhou project and a bigger
// synthetic city with the 300,000-polygon land-use layer. Prints seconds and sizes.
#include "seatplan/gis/library.h"
#include "seatplan/gis/sample_project.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace {

void run(const std::filesystem::path& realData, int scale, int landuse)
{
    seatplan::gis::SampleOptions options;
    options.realDataDir = realData;
    options.scale = scale;
    options.landusePolygons = landuse;
    const auto output = std::filesystem::temp_directory_path()
        / ("seatplan-sample-bench-" + std::to_string(scale) + ".gpkg");
    const auto start = std::chrono::steady_clock::now();
    const auto summary = seatplan::gis::buildSampleProject(options, output);
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    std::printf("sample --scale %d --landuse-polygons %d: %.2f s; %d zones, %d schools, %d "
                "land-use polygons, %d x %d cells; %.1f MB\n",
        scale, landuse, seconds.count(), summary.zones, summary.schools, summary.landuse,
        summary.rasterColumns, summary.rasterRows,
        static_cast<double>(std::filesystem::file_size(output)) / 1e6);
    std::filesystem::remove(output);
    auto raster = output;
    std::filesystem::remove(raster.replace_extension(".population.tif"));
}

} // namespace

int main()
{
    seatplan::gis::initialize();
    const std::filesystem::path realData = SEATPLAN_SHARED_DIR "/data/real";
    if (!std::filesystem::exists(realData)) {
        std::printf("sample_bench: %s is absent, nothing to time\n", realData.string().c_str());
        return 0;
    }
    run(realData, 1, 2000);
    run(realData, 4, 300000);
    return 0;
}
