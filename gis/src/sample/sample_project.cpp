#include "seatplan/gis/sample_project.h"

#include "sample_stages.h"
#include "sample_writer.h"

#include "seatplan/core/errors.h"
#include "seatplan/gis/project.h"

#include <cpl_conv.h>

#include <numeric>

namespace seatplan::gis {

namespace {

    using Metadata = std::vector<std::pair<std::string, std::string>>;

    // Stage salts: each stage draws from its own stream (see SampleRandom::fork).
    enum Stage : std::uint64_t {
        kTowns = 1,
        kZones,
        kPopulation,
        kSchools,
        kEnrolment,
        kPlots,
        kLand
    };

    Metadata describe(const sample::SampleProject& p, const SampleOptions& options)
    {
        long long population = 0;
        for (const auto& county : p.counties)
            population += county.census->population;
        const std::string datav = "real: Aliyun DataV.GeoAtlas 441400_full.json via "
                                  "anzhou99/GeoJsons @ae33047 (licence: none stated, (c) Alibaba "
                                  "DataV / AutoNavi; internal testing and demo only), GCJ-02 "
                                  "corrected to WGS84 and projected to EPSG:4548";
        const std::string census
            = "real: NBS 2020 census by county (中国人口普查分县资料-2020) via "
              "thebamboogrove/tudigong @4db2f14 (MIT)";
        return {
            { "schema_version", "1" },
            { "crs", "EPSG:4548" },
            { "title", "梅州市义务教育学位规划示例 (Meizhou sample project)" },
            { "region_code", "441400" },
            { "region_name", "梅州市" },
            { "base_year", "2020" },
            { "generator", "seatplan-cli sample" },
            { "generator_seed", std::to_string(options.seed) },
            { "generator_scale", std::to_string(options.scale) },
            { "census_population_2020", std::to_string(population) },
            { "cohort_top_age",
                std::to_string(sample::kTopAge) + " (the last age holds 85 and over)" },
            { "provenance.counties",
                datav
                    + "; population, households (= population x HHLD_R / "
                      "HHLD_S), urban_share: "
                    + census },
            { "provenance.towns",
                "codes and names real: NBS 2023 统计用区划代码 via "
                "modood/Administrative-divisions-of-China @57a0aa9 (WTFPL); "
                "polygons and population GENERATED (Voronoi of seeded points "
                "clipped to the county; no public township boundaries exist)" },
            { "provenance.zones",
                "generated: village/community cells (Voronoi per township), "
                "population = sum of the generated grid" },
            { "provenance.population",
                "generated: 100 m grid consistent with the census county "
                "totals and urban shares" },
            { "provenance.cohorts",
                "county totals and age structure " + census
                    + "; split over zones generated (single years interpolated from 5-year "
                      "bands)" },
            { "provenance.births",
                "2014-2020 derived from the census age structure (persons aged "
                "2020-year); 2021 and 2022 city totals real (梅州市统计公报 via "
                "secondary sources: 4.99万, 4.20万), split over counties by "
                "age-0 share (generated)" },
            { "provenance.schools",
                "generated: no public school list; sizes follow school-age "
                "population" },
            { "provenance.edu_groups", "generated" },
            { "provenance.enrolment", "generated: 2016-2020 by grade from the birth cohorts" },
            { "provenance.catchments",
                "generated: base scenario, nearest school per level "
                "within each county (Voronoi)" },
            { "provenance.plots", "generated" },
            { "provenance.developments", "generated" },
            { "provenance.landuse", "generated: grid squares classified by generated density" },
            { "provenance.roads",
                "generated: schematic links between county seats, not real "
                "alignments" },
            { "births_2021_city", std::to_string(p.inputs.births2021) },
            { "births_2022_city", std::to_string(p.inputs.births2022) },
        };
    }

    // Pins a GDAL configuration option on this thread for the lifetime of the object.
    class ThreadConfig {
    public:
        ThreadConfig(const char* key, const char* value)
            : m_key(key)
        {
            CPLSetThreadLocalConfigOption(key, value);
        }
        ~ThreadConfig() { CPLSetThreadLocalConfigOption(m_key, nullptr); }
        ThreadConfig(const ThreadConfig&) = delete;
        ThreadConfig& operator=(const ThreadConfig&) = delete;

    private:
        const char* m_key;
    };

    std::vector<sample::LayerProvenance> provenance(const std::string& countyImport)
    {
        const std::string datav = "shared/data/real/boundaries/datav_2021/441400_full.json "
                                  "(Aliyun DataV.GeoAtlas via anzhou99/GeoJsons)";
        const std::string census = "shared/data/real/population/census2020_county (NBS 2020 "
                                   "census by county via thebamboogrove/tudigong, MIT)";
        const std::string codes = "shared/data/real/admin_codes (NBS 2023 codes via "
                                  "modood/Administrative-divisions-of-China, WTFPL)";
        const std::string generator = "seatplan-cli sample";
        return {
            { "counties", "real", datav + "; " + census, "gcj02 (DataV declares no CRS)",
                "GCJ-02 -> WGS84 (gis::importFile), projected to EPSG:4548",
                countyImport
                    + "\nFields population, households, urban_share, "
                      "males_per_100_females added from the census." },
            { "towns", "real+generated", codes + "; polygons by " + generator, "", "",
                "codes and names real; polygons and population generated (Voronoi)" },
            { "zones", "generated", generator, "", "", "Voronoi cells per township" },
            { "schools", "generated", generator, "", "", "no public school list exists" },
            { "catchments", "generated", generator, "", "", "nearest school per level" },
            { "plots", "generated", generator, "", "", "" },
            { "developments", "generated", generator, "", "", "" },
            { "landuse", "generated", generator, "", "", "classed by generated density" },
            { "roads", "generated", generator, "", "", "schematic, not real alignments" },
            { "population", "generated", generator, "", "", "100 m grid, census county totals" },
        };
    }

} // namespace

SampleSummary buildSampleProject(const SampleOptions& options, const std::filesystem::path& output)
{
    if (options.scale < 1)
        throw core::InvalidInput(
            "the sample scale must be 1 or more, not " + std::to_string(options.scale));
    if (options.landusePolygons < 0)
        throw core::InvalidInput("the number of land-use polygons cannot be negative");
    sample::SampleProject project;
    project.inputs = sample::readRealInputs(options.realDataDir);
    const sample::SampleRandom random(options.seed);
    // GDAL stamps gpkg_contents with the time: pin it to the census day for reproducibility.
    const ThreadConfig fixedDate("OGR_CURRENT_DATE", sample::kSampleDate);
    Project store = Project::create(output.string(), kDefaultProjectCrs, true);
    const std::string countyImport = sample::loadCounties(project, store);
    sample::generateTowns(project, random.fork(kTowns));
    sample::generateZones(project, random.fork(kZones), options.scale);
    sample::generatePopulation(project, random.fork(kPopulation), options.scale);
    sample::generateBirths(project);
    sample::generateSchools(project, random.fork(kSchools), options.scale);
    sample::generateEnrolment(project, random.fork(kEnrolment));
    sample::generateCatchments(project);
    sample::generatePlotsAndDevelopments(project, random.fork(kPlots));
    sample::generateLandUseAndRoads(project, random.fork(kLand), options.landusePolygons);
    sample::writeSampleProject(
        project, describe(project, options), provenance(countyImport), store);

    SampleSummary summary;
    summary.counties = static_cast<int>(project.counties.size());
    summary.towns = static_cast<int>(project.towns.size());
    summary.zones = static_cast<int>(project.zones.size());
    summary.schools = static_cast<int>(project.schools.size());
    summary.catchments = static_cast<int>(project.catchments.size());
    summary.plots = static_cast<int>(project.plots.size());
    summary.developments = static_cast<int>(project.developments.size());
    summary.landuse = static_cast<int>(project.landuse.size());
    for (const auto& zone : project.zones)
        summary.population += zone.population;
    summary.rasterColumns = project.grid.columns;
    summary.rasterRows = project.grid.rows;
    return summary;
}

} // namespace seatplan::gis
