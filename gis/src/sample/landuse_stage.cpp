#include "sample_geometry.h"
#include "sample_stages.h"

#include <ogr_api.h>

#include <cmath>

namespace seatplan::gis::sample {

namespace {

    // Density thresholds (persons/km²) and shares of the generated land-use classes.
    constexpr double kResidentialDensity = 3000;
    constexpr double kFarmDensity = 150;
    constexpr double kBasicFarmlandShare = 0.6;

    struct LandClass {
        const char* name;
        const char* code; // 国土空间调查、规划、用途管制用地用海分类 (2023)
    };
    constexpr LandClass kResidential { "居住用地", "07" };
    constexpr LandClass kFarmland { "耕地", "01" };
    constexpr LandClass kBasicFarmland { "永久基本农田", "01" };
    constexpr LandClass kForest { "林地", "03" };
    constexpr LandClass kRedLine { "生态保护红线", "03" };

    // Smooth pseudo-noise that makes contiguous patches of protected land.
    double patch(double x, double y, double phase)
    {
        return std::sin(x / 7300.0 + phase) + std::cos(y / 9100.0 - phase)
            + 0.5 * std::sin((x + y) / 3100.0);
    }

    double gridPersons(const PopulationGrid& grid, const OGREnvelope& box)
    {
        const int c0 = std::max(0, static_cast<int>((box.MinX - grid.originX) / grid.cellSize));
        const int c1 = std::min(
            grid.columns - 1, static_cast<int>((box.MaxX - grid.originX) / grid.cellSize));
        const int r0 = std::max(0, static_cast<int>((grid.originY - box.MaxY) / grid.cellSize));
        const int r1
            = std::min(grid.rows - 1, static_cast<int>((grid.originY - box.MinY) / grid.cellSize));
        double sum = 0;
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                sum += grid.persons[static_cast<std::size_t>(r) * grid.columns + c];
        return sum;
    }

    // Returns the number of `side` squares (on a grid anchored at 0,0) touching each county.
    long long countSquares(const SampleProject& project, double side)
    {
        long long pieces = 0;
        for (const auto& county : project.counties) {
            OGREnvelope box;
            county.geometry->getEnvelope(&box);
            const auto prepared
                = OGRCreatePreparedGeometry(OGRGeometry::ToHandle(county.geometry.get()));
            for (double y = std::floor(box.MinY / side) * side; y < box.MaxY; y += side)
                for (double x = std::floor(box.MinX / side) * side; x < box.MaxX; x += side) {
                    auto square = rectangle({ x + side / 2, y + side / 2 }, side, side);
                    pieces += OGRPreparedGeometryIntersects(
                                  prepared, OGRGeometry::ToHandle(square.get()))
                        ? 1
                        : 0;
                }
            OGRDestroyPreparedGeometry(prepared);
        }
        return pieces;
    }

} // namespace

void generateLandUseAndRoads(SampleProject& project, SampleRandom random, int count)
{
    const double phase = random.uniform(0, 6.28);
    if (count > 0) {
        double area = 0;
        for (const auto& county : project.counties)
            area += county.area;
        // Squares cut by a county line count once per county: shrink the side until the
        // number of pieces is close to `count`.
        double side = std::sqrt(area / count);
        for (int round = 0; round < 3; ++round) {
            const double pieces = static_cast<double>(countSquares(project, side));
            side *= std::sqrt(pieces / count);
        }
        for (const auto& county : project.counties) {
            OGREnvelope box;
            county.geometry->getEnvelope(&box);
            const auto prepared
                = OGRCreatePreparedGeometry(OGRGeometry::ToHandle(county.geometry.get()));
            const double x0 = std::floor(box.MinX / side) * side;
            const double y0 = std::floor(box.MinY / side) * side;
            for (double y = y0; y < box.MaxY; y += side) {
                for (double x = x0; x < box.MaxX; x += side) {
                    auto square = rectangle({ x + side / 2, y + side / 2 }, side, side);
                    OGRGeometryH handle = OGRGeometry::ToHandle(square.get());
                    if (!OGRPreparedGeometryIntersects(prepared, handle))
                        continue;
                    GeometryPtr piece;
                    if (OGRPreparedGeometryContains(prepared, handle)) {
                        piece = std::move(square);
                    } else {
                        std::unique_ptr<OGRGeometry> cut(
                            square->Intersection(county.geometry.get()));
                        if (!cut)
                            continue;
                        piece = toMultiPolygon(*cut);
                        if (piece->IsEmpty())
                            continue;
                    }
                    OGREnvelope cell {};
                    piece->getEnvelope(&cell);
                    const double density = gridPersons(project.grid, cell) / (side * side / 1e6);
                    const double noise = patch(x, y, phase);
                    LandClass cls = kForest;
                    if (density >= kResidentialDensity)
                        cls = kResidential;
                    else if (density >= kFarmDensity)
                        cls = random.chance(kBasicFarmlandShare) ? kBasicFarmland : kFarmland;
                    else if (noise > 1.2)
                        cls = kRedLine;
                    project.landuse.push_back({ cls.name, cls.code, std::move(piece) });
                }
            }
            OGRDestroyPreparedGeometry(prepared);
        }
    }

    // Schematic roads: from the city seat to each county seat (not real alignments).
    const County& city = project.counties.front(); // 梅江区, the city seat
    for (std::size_t c = 1; c < project.counties.size(); ++c) {
        const County& county = project.counties[c];
        auto line = std::make_unique<OGRLineString>();
        line->addPoint(city.seat.x, city.seat.y);
        const Xy bend { (city.seat.x + county.seat.x) / 2 + random.normal(0, 3000),
            (city.seat.y + county.seat.y) / 2 + random.normal(0, 3000) };
        line->addPoint(bend.x, bend.y);
        line->addPoint(county.seat.x, county.seat.y);
        auto multi = std::make_unique<OGRMultiLineString>();
        multi->addGeometryDirectly(line.release());
        project.roads.push_back({ "arterial",
            city.census->name + "—" + county.census->name + "（示意）", std::move(multi) });
    }
}

} // namespace seatplan::gis::sample
