// Times core::analyze on a Meizhou-size synthetic project: 8 counties, 117 towns, 2,000 zones,
// 800 schools, 2020-2035 (16 years), 3 variants; then re-analysis after one catchment edit
// through core::Analyzer (the interactive path). Prints milliseconds and peak RSS.
// Targets (issue 3): full <= 50 ms, re-analysis <= 5 ms, memory <= 200 MB.
#include "seatplan/core/analyze.h"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace seatplan::core;

namespace {

constexpr int kCounties = 8;
constexpr int kTowns = 117;
constexpr int kZones = 2000;
constexpr int kSchools = 800;
constexpr int kRepeats = 15;

PlanningInputs meizhouSize()
{
    std::mt19937 random(20201101); // fixed seed: the same project on every run
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    PlanningInputs in;
    in.regionCode = "441400";
    in.baseYear = 2020;
    in.lastYear = 2035;
    for (int c = 0; c < kCounties; ++c)
        in.counties.push_back({ "4414" + std::to_string(10 + c), "County " + std::to_string(c) });
    for (int t = 0; t < kTowns; ++t)
        in.towns.push_back({ "T" + std::to_string(t), "Town " + std::to_string(t),
            in.counties[t % kCounties].code, t % 5 == 0 });
    for (int z = 0; z < kZones; ++z) {
        const auto& town = in.towns[z % kTowns];
        Zone zone;
        zone.id = "Z" + std::to_string(z);
        zone.name = zone.id;
        zone.townCode = town.code;
        zone.countyCode = town.countyCode;
        zone.urban = town.urban;
        zone.population = 500 + 3000 * unit(random);
        for (int a = 0; a < 15; ++a)
            zone.ages.push_back(zone.population * (0.008 + 0.006 * unit(random)));
        zone.migrantShare = 0.1 * unit(random);
        in.zones.push_back(std::move(zone));
    }
    for (int c = 0; c < kCounties; ++c)
        for (int y = 2010; y <= 2022; ++y)
            in.births.push_back({ in.counties[c].code, y, 3000 + 2000 * unit(random) });
    for (int s = 0; s < kSchools; ++s) {
        const auto& town = in.towns[s % kTowns];
        School school;
        school.id = "S" + std::to_string(s);
        school.name = school.id;
        school.type = s % 4 == 3 ? SchoolType::Junior
                                 : (s % 10 == 0 ? SchoolType::NineYear : SchoolType::Primary);
        school.townCode = town.code;
        school.countyCode = town.countyCode;
        school.boarding = s % 7 == 0;
        school.eduGroup = s % 3 == 0 ? "G" + std::to_string(s % 17) : "";
        for (int l = 0; l < kLevelCount; ++l)
            if (schoolTeaches(school.type, static_cast<Level>(l))) {
                school.classes[l] = 6 + static_cast<int>(24 * unit(random));
                school.students[l] = school.classes[l] * (35 + 15 * unit(random));
            }
        school.maxClassSize = 40 + static_cast<int>(30 * unit(random));
        school.disabledStudents = static_cast<int>(8 * unit(random));
        for (int y = 2017; y <= 2020; ++y)
            for (int g = 1; g <= 9; ++g)
                if (schoolTeaches(school.type, g <= 6 ? Level::Primary : Level::Junior))
                    in.enrolment.push_back({ school.id, y, g, 50 + 20 * unit(random) });
        in.schools.push_back(std::move(school));
    }
    // One catchment per school and level it teaches, over the zones of its town in turn.
    std::vector<std::vector<int>> townZones(kTowns);
    for (int z = 0; z < kZones; ++z)
        townZones[z % kTowns].push_back(z);
    std::vector<std::size_t> next(kTowns * kLevelCount, 0);
    for (int s = 0; s < kSchools; ++s) {
        const int t = s % kTowns;
        for (int l = 0; l < kLevelCount; ++l) {
            if (!schoolTeaches(in.schools[s].type, static_cast<Level>(l)))
                continue;
            Catchment c;
            c.id = "C" + std::to_string(s) + "-" + std::to_string(l);
            c.level = static_cast<Level>(l);
            for (int k = 0; k < 4; ++k) {
                auto& cursor = next[t * kLevelCount + l];
                c.zones.push_back({ in.zones[townZones[t][cursor % townZones[t].size()]].id, 0.5 });
                ++cursor;
            }
            c.schools.push_back({ in.schools[s].id, 0 });
            in.catchments.push_back(std::move(c));
        }
    }
    return in;
}

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/// Median wall-clock and CPU milliseconds of `run` (CPU time is steadier on a busy machine).
struct Timing {
    double wall;
    double cpu;
};

template <typename F> Timing median(F&& run)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < kRepeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = cpuMs();
        run();
        cpu.push_back(cpuMs() - cpuStart);
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return { wall[wall.size() / 2], cpu[cpu.size() / 2] };
}

} // namespace

int main()
{
    const auto inputs = meizhouSize();
    std::size_t rows = 0;
    const Timing full = median([&] { rows = analyze(inputs, Scenario {}).schools.size(); });

    Analyzer analyzer(inputs);
    analyzer.analyze(Scenario {});
    Scenario edited;
    edited.name = "edit";
    int flip = 0;
    const Timing edit = median([&] {
        // Move a zone share between two catchments, as a drawn catchment edit does.
        auto c = inputs.catchments[0];
        c.zones[0].share = (++flip % 2) ? 1.0 : 0.25;
        edited.edits = { CatchmentEdit { c, false } };
        analyzer.analyze(edited);
    });

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("core analyze: %d counties, %d towns, %d zones, %d schools, %zu catchments, "
                "16 years, 3 variants (%zu school rows)\n",
        kCounties, kTowns, kZones, kSchools, inputs.catchments.size(), rows);
    std::printf("  full analyze:                     %7.2f ms wall, %7.2f ms CPU (median of %d; "
                "target <= 50 ms)\n",
        full.wall, full.cpu, kRepeats);
    std::printf("  re-analysis after catchment edit: %7.2f ms wall, %7.2f ms CPU (median of %d; "
                "target <= 5 ms)\n",
        edit.wall, edit.cpu, kRepeats);
    std::printf("  peak RSS:                      %8.1f MB (target <= 200 MB)\n",
        static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
