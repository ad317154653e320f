#include "sample_error.h"
#include "sample_geometry.h"
#include "sample_stages.h"

#include <gdal_alg.h>
#include <gdal_priv.h>

#include <algorithm>
#include <cmath>

namespace seatplan::gis::sample {

namespace {

    constexpr double kBaseCellSize = 100.0; // m, the scale-1 population grid
    constexpr double kVillageSigma = 350.0; // m, spread of a village's houses around its centre
    constexpr double kMarketSigma = 700.0; // m, spread of a rural town's market centre
    constexpr double kCommunitySigma = 300.0; // m, a dense urban community
    constexpr double kMinWeight = 0.01; // cells below this weight stay empty (fields, forest)

    // Burns each zone's index into a grid of `grid`'s shape (cell centres inside a polygon).
    std::vector<int> rasterizeZones(const SampleProject& project, const PopulationGrid& grid)
    {
        GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
        std::unique_ptr<GDALDataset> dataset(
            mem->Create("", grid.columns, grid.rows, 1, GDT_Int32, nullptr));
        if (!dataset)
            throw sampleError("MEM", "", "cannot allocate the zone grid");
        double transform[6] = { grid.originX, grid.cellSize, 0, grid.originY, 0, -grid.cellSize };
        dataset->SetGeoTransform(transform);
        dataset->GetRasterBand(1)->Fill(-1);
        std::vector<OGRGeometryH> geometries;
        std::vector<double> burn;
        for (std::size_t z = 0; z < project.zones.size(); ++z) {
            geometries.push_back(OGRGeometry::ToHandle(project.zones[z].geometry.get()));
            burn.push_back(static_cast<double>(z));
        }
        int band = 1;
        if (GDALRasterizeGeometries(dataset.get(), 1, &band, static_cast<int>(geometries.size()),
                geometries.data(), nullptr, nullptr, burn.data(), nullptr, nullptr, nullptr)
            != CE_None)
            throw sampleError("MEM", "", "cannot rasterize the zones");
        std::vector<int> zone(static_cast<std::size_t>(grid.columns) * grid.rows);
        if (dataset->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, grid.columns, grid.rows, zone.data(),
                grid.columns, grid.rows, GDT_Int32, 0, 0, nullptr)
            != CE_None)
            throw sampleError("MEM", "", "cannot read the zone grid");
        return zone;
    }

    double bump(double d2, double sigma)
    {
        return std::exp(-d2 / (2 * sigma * sigma));
    }

} // namespace

void generatePopulation(SampleProject& project, SampleRandom random, int scale)
{
    PopulationGrid& grid = project.grid;
    grid.cellSize = kBaseCellSize / std::sqrt(static_cast<double>(scale));
    OGREnvelope all;
    for (const auto& county : project.counties) {
        OGREnvelope e;
        county.geometry->getEnvelope(&e);
        all.Merge(e);
    }
    grid.originX = std::floor(all.MinX / kBaseCellSize) * kBaseCellSize;
    grid.originY = std::ceil(all.MaxY / kBaseCellSize) * kBaseCellSize;
    grid.columns = static_cast<int>(std::ceil((all.MaxX - grid.originX) / grid.cellSize));
    grid.rows = static_cast<int>(std::ceil((grid.originY - all.MinY) / grid.cellSize));
    grid.zone = rasterizeZones(project, grid);

    // Each zone is a village or community with a centre of its own size.
    std::vector<double> zoneAmplitude(project.zones.size());
    for (std::size_t z = 0; z < project.zones.size(); ++z)
        zoneAmplitude[z] = project.towns[project.zones[z].town].urban ? random.uniform(0.3, 1.0)
                                                                      : random.uniform(0.2, 1.0);

    std::vector<std::vector<std::size_t>> townCells(project.towns.size());
    std::vector<std::vector<double>> townWeights(project.towns.size());
    for (int row = 0; row < grid.rows; ++row) {
        for (int col = 0; col < grid.columns; ++col) {
            const std::size_t cell = static_cast<std::size_t>(row) * grid.columns + col;
            const int z = grid.zone[cell];
            if (z < 0)
                continue;
            const Zone& zone = project.zones[static_cast<std::size_t>(z)];
            const Town& town = project.towns[zone.town];
            const Xy centre { grid.originX + (col + 0.5) * grid.cellSize,
                grid.originY - (row + 0.5) * grid.cellSize };
            double weight;
            if (town.urban) {
                const double sigma = std::sqrt(town.area) / 3;
                weight = bump(distance2(centre, town.seed), sigma)
                    + zoneAmplitude[static_cast<std::size_t>(z)]
                        * bump(distance2(centre, zone.seed), kCommunitySigma);
            } else {
                weight = 0.8 * bump(distance2(centre, town.seed), kMarketSigma)
                    + zoneAmplitude[static_cast<std::size_t>(z)]
                        * bump(distance2(centre, zone.seed), kVillageSigma);
            }
            townCells[zone.town].push_back(cell);
            townWeights[zone.town].push_back(weight < kMinWeight ? 0.0 : weight);
        }
    }

    grid.persons.assign(grid.zone.size(), 0.0F);
    for (std::size_t t = 0; t < project.towns.size(); ++t) {
        Town& town = project.towns[t];
        auto& weights = townWeights[t];
        if (weights.empty()) {
            // No cell centre falls in this township: its people go to the county's largest.
            std::size_t largest = t;
            for (std::size_t o = 0; o < project.towns.size(); ++o)
                if (project.towns[o].county == town.county
                    && project.towns[o].population > project.towns[largest].population)
                    largest = o;
            project.towns[largest].population += town.population;
            town.population = 0;
        }
    }
    for (std::size_t t = 0; t < project.towns.size(); ++t) {
        auto& weights = townWeights[t];
        if (weights.empty())
            continue;
        if (std::all_of(weights.begin(), weights.end(), [](double w) { return w == 0; }))
            std::fill(weights.begin(), weights.end(), 1.0);
        const auto persons = apportion(project.towns[t].population, weights);
        for (std::size_t i = 0; i < persons.size(); ++i)
            grid.persons[townCells[t][i]] = static_cast<float>(persons[i]);
    }

    for (auto& zone : project.zones)
        zone.population = 0;
    for (std::size_t cell = 0; cell < grid.zone.size(); ++cell)
        if (grid.zone[cell] >= 0)
            project.zones[static_cast<std::size_t>(grid.zone[cell])].population
                += static_cast<long long>(grid.persons[cell]);

    for (auto& zone : project.zones) {
        const auto& county = *project.counties[project.towns[zone.town].county].census;
        const std::vector<double> shares(county.persons.begin(), county.persons.end());
        const auto cohorts = apportion(zone.population, shares);
        std::copy(cohorts.begin(), cohorts.end(), zone.cohorts.begin());
    }
}

} // namespace seatplan::gis::sample
