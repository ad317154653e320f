#include "sample_geometry.h"
#include "sample_stages.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace seatplan::gis::sample {

namespace {

    constexpr int kZonesPerScale = 2000; // zones in the scale-1 sample
    constexpr double kPopulationWeight = 0.6; // zone count follows people more than land

    // Characters that make plausible Hakka village and community names (generated).
    const char* const kFirst[] = { "东", "南", "西", "北", "上", "下", "新", "大", "小", "石", "黄",
        "白", "青", "龙", "凤", "松", "梅", "竹", "桃", "莲", "兴", "和", "安", "丰", "长", "高",
        "坪", "金", "银", "富" };
    const char* const kSecond[] = { "坑", "岭", "塘", "田", "湖", "河", "溪", "坪", "山", "洋",
        "口", "岗", "背", "寨", "围", "墩", "坝", "陂", "桥", "光", "华", "福", "源", "林", "洞" };

    std::string zoneName(SampleRandom& random, std::set<std::string>& used, const char* suffix)
    {
        for (int attempt = 0;; ++attempt) {
            std::string name = kFirst[random.uniformInt(0, std::size(kFirst) - 1)];
            name += kSecond[random.uniformInt(0, std::size(kSecond) - 1)];
            if (attempt > 50)
                name += std::to_string(attempt);
            name += suffix;
            if (used.insert(name).second)
                return name;
        }
    }

} // namespace

void generateZones(SampleProject& project, SampleRandom random, int scale)
{
    double totalArea = 0;
    long long totalPopulation = 0;
    for (const auto& town : project.towns) {
        totalArea += town.area;
        totalPopulation += town.population;
    }
    const double target = static_cast<double>(kZonesPerScale) * scale;
    int nextId = 1;
    for (std::size_t t = 0; t < project.towns.size(); ++t) {
        Town& town = project.towns[t];
        const double share = kPopulationWeight * town.population / totalPopulation
            + (1 - kPopulationWeight) * town.area / totalArea;
        town.zoneCount = std::max(
            town.kind == TownKind::Special ? 1 : 3, static_cast<int>(std::lround(target * share)));
        const PointSampler sampler(*town.geometry);
        std::vector<Xy> seeds;
        if (town.urban) {
            const double spread = std::sqrt(town.area) / 4;
            for (int i = 0; i < town.zoneCount; ++i)
                seeds.push_back(sampler.pointNear(random, town.seed, spread));
        } else {
            seeds = sampler.spreadPoints(random, town.zoneCount - 1, { town.seed });
            seeds.insert(seeds.begin(), town.seed); // the town's own centre is a zone
        }
        auto cells = voronoiCells(seeds, *town.geometry);
        std::set<std::string> used;
        const char* suffix = town.urban ? "社区" : town.kind == TownKind::Special ? "工区" : "村";
        for (std::size_t i = 0; i < seeds.size(); ++i) {
            Zone zone;
            zone.id = nextId++;
            zone.town = t;
            zone.seed = seeds[i];
            zone.geometry = std::move(cells[i]);
            zone.name = zoneName(random, used, suffix);
            project.zones.push_back(std::move(zone));
        }
    }
}

} // namespace seatplan::gis::sample
