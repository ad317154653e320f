#include "sample_geometry.h"
#include "sample_stages.h"

#include <algorithm>
#include <cmath>

namespace seatplan::gis::sample {

namespace {

    // Generation parameters. The plot sizes are checked against the Guangdong land standard
    // (STANDARDS.md §4.3: 18/23 m² per student, city centre 9.4/10.1) by core, not here.
    constexpr double kCentreLandPrimary = 9.4; // m²/student, city-centre primary
    constexpr double kLandPrimary = 18.0; // m²/student, primary outside the centre
    constexpr double kLandJunior = 23.0;
    constexpr double kPrimaryClass = 45; // standard class sizes used to size the plots
    constexpr double kJuniorClass = 50;
    constexpr double kDwellingSize = 100.0; // m² of residential floor area per dwelling

    const char* const kEstateSuffixes[] = { "花园", "华府", "新城", "雅苑", "名都", "御景" };

    struct Shortfall {
        std::size_t town;
        double primary = 0; // students above standard capacity
        double junior = 0;
    };

} // namespace

void generatePlotsAndDevelopments(SampleProject& project, SampleRandom random)
{
    std::vector<Shortfall> towns;
    for (std::size_t t = 0; t < project.towns.size(); ++t) {
        if (!project.towns[t].urban)
            continue;
        Shortfall s { t };
        for (const auto& school : project.schools) {
            if (school.town != t || school.openingYear)
                continue;
            s.primary += school.studentsPrimary - school.classesPrimary * kPrimaryClass;
            s.junior += school.studentsJunior - school.classesJunior * kJuniorClass;
        }
        towns.push_back(s);
    }
    std::sort(towns.begin(), towns.end(),
        [](const Shortfall& a, const Shortfall& b) { return a.primary > b.primary; });

    // Largest shortfalls first: adequate, too small, missing, adequate, ... so that every
    // kind appears where seats are short.
    int nextPlot = 1;
    int cycle = 0;
    for (const auto& s : towns) {
        const Town& town = project.towns[s.town];
        const PointSampler sampler(*town.geometry);
        const bool centre = town.kind == TownKind::Street;
        for (const bool primary : { true, false }) {
            const double need = primary ? s.primary : s.junior;
            if (need <= 0)
                continue;
            const int kind = cycle++ % 3; // 0 adequate, 1 too small, 2 missing
            if (kind == 2)
                continue;
            const double classSize = primary ? kPrimaryClass : kJuniorClass;
            const int classes
                = std::clamp(static_cast<int>(std::ceil(need / classSize / 6.0)) * 6, 12, 48);
            const double perStudent
                = primary ? (centre ? kCentreLandPrimary : kLandPrimary) : kLandJunior;
            const double needed = classes * classSize * perStudent;
            const double area = kind == 0 ? needed * random.uniform(1.05, 1.3)
                                          : needed * random.uniform(0.45, 0.7);
            const double width = std::sqrt(area * random.uniform(0.8, 1.4));
            Plot plot;
            plot.id = nextPlot++;
            plot.town = s.town;
            plot.plannedLevel = primary ? "primary" : "junior";
            plot.plannedClasses = classes;
            plot.status = random.chance(0.5) ? "planned" : "acquired";
            plot.name = town.record->name + (primary ? "规划小学用地" : "规划初中用地");
            plot.note = kind == 0 ? "generated: adequate for the planned classes"
                                  : "generated: too small for the planned classes";
            plot.geometry = rectangle(sampler.randomPoint(random), width, area / width);
            project.plots.push_back(std::move(plot));
        }
    }

    // The site of each school that opens later: a plot already built on.
    for (const auto& school : project.schools) {
        if (!school.openingYear)
            continue;
        const bool centre = project.towns[school.town].kind == TownKind::Street;
        const double area = school.classesPrimary * kPrimaryClass
            * (centre ? kCentreLandPrimary : kLandPrimary) * random.uniform(1.05, 1.2);
        const double width = std::sqrt(area);
        Plot plot;
        plot.id = nextPlot++;
        plot.town = school.town;
        plot.plannedLevel = "primary";
        plot.plannedClasses = school.classesPrimary;
        plot.status = "built";
        plot.name = school.name + "用地";
        plot.note = "generated: built, the school opens in " + std::to_string(*school.openingYear);
        plot.geometry = rectangle(school.location, width, area / width);
        project.plots.push_back(std::move(plot));
    }

    // Residential developments in the urban townships, most of them in the crowded city.
    int nextDevelopment = 1;
    bool raised = false;
    for (const auto& s : towns) {
        const Town& town = project.towns[s.town];
        const PointSampler sampler(*town.geometry);
        const int count = s.primary > 0 ? random.uniformInt(2, 4) : random.uniformInt(0, 1);
        for (int i = 0; i < count; ++i) {
            Development d;
            d.id = nextDevelopment++;
            d.town = s.town;
            d.siteArea = std::round(random.uniform(2.0, 10.0) * 10) * 1000; // 2-10 ha
            d.farOld = std::round(random.uniform(2.0, 3.2) * 10) / 10;
            d.farNew = d.farOld;
            if (!raised) {
                d.farNew = d.farOld + 1.0; // the one project whose FAR was raised (容积率调整)
                raised = true;
            }
            if (random.chance(0.6))
                d.completionYear = random.uniformInt(2021, 2025); // under construction
            d.residentialShare = std::round(random.uniform(0.85, 0.95) * 100) / 100;
            d.floorArea = d.siteArea * d.farNew;
            d.dwellings = static_cast<int>(d.floorArea * d.residentialShare / kDwellingSize);
            d.name = town.record->name.substr(0, 6)
                + kEstateSuffixes[random.uniformInt(0, std::size(kEstateSuffixes) - 1)]
                + std::to_string(i + 1) + "期";
            for (const auto& plot : project.plots)
                if (plot.town == s.town && random.chance(0.6)) {
                    d.schoolPlotId = plot.id;
                    break;
                }
            const double width = std::sqrt(d.siteArea * random.uniform(0.7, 1.4));
            d.geometry = rectangle(sampler.randomPoint(random), width, d.siteArea / width);
            project.developments.push_back(std::move(d));
        }
    }
}

} // namespace seatplan::gis::sample
