#include "sample_geometry.h"
#include "sample_stages.h"

#include <cmath>
#include <set>

namespace seatplan::gis::sample {

namespace {

    // Generation parameters (synthetic data, not policy numbers).
    constexpr double kStreetSpread = 2000.0; // m, spread of 街道 centres around the seat
    constexpr double kSuburbSpread = 5000.0; // m, suburban towns merged into the city
    constexpr double kSpecialWeight = 0.004; // share of rural people in a 林场/水库/农场

    // County-seat towns and suburban towns whose population counts as urban.
    const std::set<std::string> kSeatTowns = { "湖寮镇", "汤坑镇", "水寨镇", "大柘镇", "蕉城镇" };
    const std::set<std::string> kSuburbTowns = { "程江镇", "扶大镇" };

    bool endsWith(const std::string& text, const std::string& tail)
    {
        return text.size() >= tail.size()
            && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
    }

    TownKind kindOf(const std::string& name)
    {
        if (endsWith(name, "街道"))
            return TownKind::Street;
        if (kSeatTowns.count(name) || kSuburbTowns.count(name))
            return TownKind::SeatTown;
        if (name.find("林场") != std::string::npos || name.find("水库") != std::string::npos
            || name.find("农场") != std::string::npos)
            return TownKind::Special;
        return TownKind::Town;
    }

    // The seat as a point inside the county (DataV's seat may sit just outside the polygon).
    Xy seatInside(const PointSampler& sampler, SampleRandom& random, Xy seat)
    {
        if (sampler.contains(seat))
            return seat;
        Xy best = sampler.randomPoint(random);
        for (int i = 0; i < 400; ++i) {
            const Xy p = sampler.pointNear(random, seat, 3000.0);
            if (distance2(p, seat) < distance2(best, seat))
                best = p;
        }
        return best;
    }

} // namespace

void generateTowns(SampleProject& project, SampleRandom random)
{
    const auto& records = project.inputs.towns;
    for (std::size_t c = 0; c < project.counties.size(); ++c) {
        County& county = project.counties[c];
        const PointSampler sampler(*county.geometry);
        const Xy seat = seatInside(sampler, random, county.seat);
        std::vector<std::size_t> members;
        for (std::size_t t = 0; t < records.size(); ++t) {
            if (records[t].countyCode != county.census->code)
                continue;
            Town town;
            town.record = &records[t];
            town.county = c;
            town.kind = kindOf(records[t].name);
            town.urban = town.kind == TownKind::Street || town.kind == TownKind::SeatTown;
            members.push_back(project.towns.size());
            project.towns.push_back(std::move(town));
        }
        // Urban units crowd around the seat; the others spread over the rest of the county.
        std::vector<Xy> urbanSeeds;
        for (auto t : members) {
            Town& town = project.towns[t];
            if (!town.urban)
                continue;
            if (kSeatTowns.count(town.record->name))
                town.seed = seat;
            else
                town.seed = sampler.pointNear(
                    random, seat, town.kind == TownKind::Street ? kStreetSpread : kSuburbSpread);
            urbanSeeds.push_back(town.seed);
        }
        int ruralCount = 0;
        for (auto t : members)
            ruralCount += project.towns[t].urban ? 0 : 1;
        const auto ruralSeeds = sampler.spreadPoints(random, ruralCount, urbanSeeds);
        std::size_t next = 0;
        for (auto t : members)
            if (!project.towns[t].urban)
                project.towns[t].seed = ruralSeeds[next++];

        std::vector<Xy> seeds;
        for (auto t : members)
            seeds.push_back(project.towns[t].seed);
        auto cells = voronoiCells(seeds, *county.geometry);
        for (std::size_t i = 0; i < members.size(); ++i) {
            Town& town = project.towns[members[i]];
            town.area = cells[i]->toMultiPolygon()->get_Area();
            town.geometry = std::move(cells[i]);
        }

        // Target populations: the census total split by the census urban share.
        const long long total = county.census->population;
        const long long urbanTotal = std::llround(total * county.census->urbanShare);
        std::vector<double> urbanWeights;
        std::vector<double> ruralWeights;
        for (auto t : members) {
            const Town& town = project.towns[t];
            const bool seatTown = kSeatTowns.count(town.record->name) > 0;
            const bool suburb = kSuburbTowns.count(town.record->name) > 0;
            urbanWeights.push_back(!town.urban ? 0.0
                                               : (seatTown      ? 2.0
                                                       : suburb ? 0.6
                                                                : random.uniform(0.7, 1.3)));
            double rural = 0.0;
            if (town.kind == TownKind::Special)
                rural = kSpecialWeight;
            else if (!town.urban)
                rural = std::pow(town.area / 1e6, 0.6) * random.uniform(0.6, 1.4);
            ruralWeights.push_back(rural);
        }
        // A county without urban units (none here) would put everyone in rural towns.
        double urbanSum = 0;
        for (double w : urbanWeights)
            urbanSum += w;
        const auto urbanPeople = apportion(urbanSum > 0 ? urbanTotal : 0, urbanWeights);
        // Special units get a fixed small share; normalise the ordinary towns around them.
        double ordinary = 0;
        for (std::size_t i = 0; i < members.size(); ++i)
            if (project.towns[members[i]].kind != TownKind::Special)
                ordinary += ruralWeights[i];
        for (std::size_t i = 0; i < members.size(); ++i)
            if (project.towns[members[i]].kind != TownKind::Special)
                ruralWeights[i] /= ordinary;
        const auto ruralPeople = apportion(total - (urbanSum > 0 ? urbanTotal : 0), ruralWeights);
        for (std::size_t i = 0; i < members.size(); ++i)
            project.towns[members[i]].population = urbanPeople[i] + ruralPeople[i];
    }
}

} // namespace seatplan::gis::sample
