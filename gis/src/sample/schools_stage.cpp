#include "sample_geometry.h"
#include "sample_stages.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace seatplan::gis::sample {

namespace {

    // Generation parameters (synthetic data, not policy numbers; policy lives in core).
    const std::set<std::string> kCrowdedCounties = { "441402", "441403" }; // 梅江区, 梅县区
    constexpr double kCrowdedPull = 1.25; // rural children schooled in the city centre
    constexpr double kUrbanPull = 1.10;
    constexpr double kRuralPull = 0.90;
    constexpr double kSpecialPull = 0.50;
    constexpr double kCrowdedPrimarySize = 2000; // students per urban primary, before spread
    constexpr double kUrbanPrimarySize = 1400;
    constexpr double kCrowdedJuniorSize = 1800;
    constexpr double kUrbanJuniorSize = 1300;
    constexpr double kVillagePrimarySize = 380;
    constexpr double kNineYearJuniorLimit = 450; // fewer juniors: the centre school teaches them
    constexpr double kRuralJuniorSize = 1600;
    constexpr double kPrivateShare = 0.04;
    constexpr int kFirstPrimaryAge = 6;
    constexpr int kLastPrimaryAge = 11;
    constexpr int kLastJuniorAge = 14;

    struct TownDemand {
        double primary = 0;
        double junior = 0;
    };

    std::string stem(const std::string& zoneName)
    {
        // Drop the 3-byte suffix character (村) or the 6-byte one (社区/工区).
        const std::size_t cut
            = zoneName.size() >= 12 && zoneName.compare(zoneName.size() - 6, 6, "社区") == 0 ? 6
            : zoneName.size() >= 9 && zoneName.compare(zoneName.size() - 6, 6, "工区") == 0  ? 6
                                                                                             : 3;
        return zoneName.substr(0, zoneName.size() - cut);
    }

    class SchoolMaker {
    public:
        SchoolMaker(SampleProject& project, SampleRandom& random, int scale)
            : m_project(project)
            , m_random(random)
            , m_scale(scale)
        {
            for (std::size_t z = 0; z < project.zones.size(); ++z)
                m_townZones[project.zones[z].town].push_back(z);
        }

        School& add(std::size_t town, SchoolLevel level, std::string name, Xy where)
        {
            School school;
            school.id = static_cast<int>(m_project.schools.size()) + 1;
            school.town = town;
            school.level = level;
            school.name = std::move(name);
            school.location = where;
            m_project.schools.push_back(std::move(school));
            return m_project.schools.back();
        }

        // A point near a zone's centre chosen with probability proportional to its people.
        Xy urbanPoint(std::size_t town)
        {
            const auto& zones = m_townZones[town];
            double total = 0;
            for (auto z : zones)
                total += static_cast<double>(m_project.zones[z].population) + 1.0;
            double pick = m_random.uniform(0, total);
            std::size_t chosen = zones.front();
            for (auto z : zones) {
                pick -= static_cast<double>(m_project.zones[z].population) + 1.0;
                if (pick <= 0) {
                    chosen = z;
                    break;
                }
            }
            return near(chosen, 250.0);
        }

        Xy near(std::size_t zone, double sd)
        {
            const PointSampler sampler(*m_project.zones[zone].geometry);
            return sampler.pointNear(m_random, m_project.zones[zone].seed, sd);
        }

        const std::vector<std::size_t>& zonesOf(std::size_t town) { return m_townZones[town]; }

        // Sets classes and the largest class from students and a mean class size.
        void setClasses(School& school, double classSize)
        {
            const auto classes = [&](int students, int minimum) {
                return students == 0
                    ? 0
                    : std::max(minimum, static_cast<int>(std::lround(students / classSize)));
            };
            const bool point = school.level == SchoolLevel::TeachingPoint;
            school.classesPrimary = classes(school.studentsPrimary, point ? 1 : 6);
            school.classesJunior = classes(school.studentsJunior, 3);
            if (point)
                school.classesPrimary = std::min(school.classesPrimary, 4);
            const int students = school.studentsPrimary + school.studentsJunior;
            const int classesAll = school.classesPrimary + school.classesJunior;
            const double mean = classesAll ? static_cast<double>(students) / classesAll : 0;
            school.maxClassSize
                = static_cast<int>(std::lround(mean * m_random.uniform(1.04, 1.16)));
            school.disabledStudents
                = static_cast<int>(std::lround(students * m_random.uniform(0.001, 0.004)));
            school.resourceRoom = students >= 1000 ? m_random.chance(0.7) : m_random.chance(0.15);
        }

        int scale() const { return m_scale; }

    private:
        SampleProject& m_project;
        SampleRandom& m_random;
        int m_scale;
        std::map<std::size_t, std::vector<std::size_t>> m_townZones;
    };

    std::vector<int> splitStudents(SampleRandom& random, double total, int parts)
    {
        std::vector<double> weights;
        for (int i = 0; i < parts; ++i)
            weights.push_back(random.uniform(0.7, 1.35));
        const auto split = apportion(std::llround(total), weights);
        return { split.begin(), split.end() };
    }

} // namespace

void generateSchools(SampleProject& project, SampleRandom random, int scale)
{
    // School-age residents per township, then students after the pull of urban schools.
    std::vector<TownDemand> demand(project.towns.size());
    for (const auto& zone : project.zones)
        for (int age = kFirstPrimaryAge; age <= kLastJuniorAge; ++age)
            (age <= kLastPrimaryAge ? demand[zone.town].primary : demand[zone.town].junior)
                += static_cast<double>(zone.cohorts[static_cast<std::size_t>(age)]);
    std::vector<TownDemand> students(project.towns.size());
    for (std::size_t c = 0; c < project.counties.size(); ++c) {
        TownDemand resident;
        TownDemand pulled;
        std::vector<double> pull(project.towns.size(), 0.0);
        for (std::size_t t = 0; t < project.towns.size(); ++t) {
            const Town& town = project.towns[t];
            if (town.county != c)
                continue;
            const bool crowded = kCrowdedCounties.count(project.counties[c].census->code) > 0;
            pull[t] = town.kind == TownKind::Special ? kSpecialPull
                : town.urban                         ? (crowded ? kCrowdedPull : kUrbanPull)
                                                     : kRuralPull;
            resident.primary += demand[t].primary;
            resident.junior += demand[t].junior;
            pulled.primary += demand[t].primary * pull[t];
            pulled.junior += demand[t].junior * pull[t];
        }
        for (std::size_t t = 0; t < project.towns.size(); ++t) {
            if (project.towns[t].county != c)
                continue;
            students[t].primary = demand[t].primary * pull[t] * resident.primary / pulled.primary;
            students[t].junior = demand[t].junior * pull[t] * resident.junior / pulled.junior;
        }
    }

    SchoolMaker maker(project, random, scale);
    const double s = static_cast<double>(scale);
    std::map<std::size_t, int> primaryNumber;
    std::map<std::size_t, int> juniorNumber;
    for (std::size_t t = 0; t < project.towns.size(); ++t) {
        const Town& town = project.towns[t];
        const std::string county = project.counties[town.county].census->code;
        const std::string shortName = shortCountyName(project.counties[town.county].census->name);
        const bool crowded = kCrowdedCounties.count(county) > 0;
        const std::string& townName = town.record->name;
        if (town.urban) {
            const double privateP = students[t].primary * kPrivateShare;
            const double privateJ = students[t].junior * kPrivateShare;
            const bool hasPrivate = town.kind == TownKind::SeatTown && town.population > 100000;
            const double publicP = students[t].primary - (hasPrivate ? privateP : 0);
            const double publicJ = students[t].junior - (hasPrivate ? privateJ : 0);
            const int nPrimary = std::max(1,
                static_cast<int>(std::ceil(
                    publicP / ((crowded ? kCrowdedPrimarySize : kUrbanPrimarySize) / s))));
            const auto primaryStudents = splitStudents(random, publicP, nPrimary);
            for (int i = 0; i < nPrimary; ++i) {
                const int n = ++primaryNumber[town.county];
                School& school = maker.add(t, SchoolLevel::Primary,
                    shortName + (n == 1 ? "实验小学" : "第" + std::to_string(n) + "小学"),
                    maker.urbanPoint(t));
                school.studentsPrimary = primaryStudents[static_cast<std::size_t>(i)];
                school.crowded = crowded;
                maker.setClasses(school, crowded ? random.uniform(54, 64) : random.uniform(46, 53));
            }
            const int nJunior = std::max(1,
                static_cast<int>(
                    std::ceil(publicJ / ((crowded ? kCrowdedJuniorSize : kUrbanJuniorSize) / s))));
            const auto juniorStudents = splitStudents(random, publicJ, nJunior);
            for (int i = 0; i < nJunior; ++i) {
                const int n = ++juniorNumber[town.county];
                School& school = maker.add(t, SchoolLevel::Junior,
                    shortName + (n == 1 ? "实验中学" : "第" + std::to_string(n) + "中学"),
                    maker.urbanPoint(t));
                school.studentsJunior = juniorStudents[static_cast<std::size_t>(i)];
                school.crowded = crowded;
                maker.setClasses(school, crowded ? random.uniform(53, 62) : random.uniform(47, 54));
            }
            if (hasPrivate) {
                School& school = maker.add(
                    t, SchoolLevel::TwelveYear, shortName + "华侨外国语学校", maker.urbanPoint(t));
                school.isPublic = false;
                school.boarding = true;
                school.studentsPrimary = static_cast<int>(std::lround(privateP));
                school.studentsJunior = static_cast<int>(std::lround(privateJ));
                maker.setClasses(school, random.uniform(40, 45));
            }
            continue;
        }

        const auto& zones = maker.zonesOf(t);
        if (town.kind == TownKind::Special) {
            if (students[t].primary >= 1) {
                School& school = maker.add(
                    t, SchoolLevel::TeachingPoint, townName + "教学点", maker.near(zones[0], 100));
                school.studentsPrimary = static_cast<int>(std::lround(students[t].primary));
                maker.setClasses(school, random.uniform(8, 16));
            }
            continue;
        }
        // Rural township: a centre primary, village primaries, teaching points, a junior school.
        double primaryLeft = students[t].primary;
        // Remote zones (far from the township centre) keep teaching points; nearer ones
        // have village primaries.
        std::vector<std::size_t> others(zones.begin() + 1, zones.end());
        std::sort(others.begin(), others.end(), [&](std::size_t a, std::size_t b) {
            return distance2(project.zones[a].seed, town.seed)
                < distance2(project.zones[b].seed, town.seed);
        });
        const int points
            = std::min(static_cast<int>(others.size()) / 2, random.uniformInt(0, 3) * scale);
        std::vector<int> pointStudents;
        for (int i = 0; i < points; ++i) {
            const int n = random.uniformInt(8, 60);
            if (primaryLeft - n < 200)
                break;
            pointStudents.push_back(n);
            primaryLeft -= n;
        }
        const int villages = std::clamp(
            static_cast<int>(std::lround(primaryLeft * 0.6 / (kVillagePrimarySize / s))), 1,
            std::max(1, static_cast<int>(others.size()) - static_cast<int>(pointStudents.size())));
        const double centreShare = random.uniform(0.3, 0.45);
        const auto villageStudents
            = splitStudents(random, primaryLeft * (1 - centreShare), villages);
        const bool nineYear = students[t].junior < kNineYearJuniorLimit / s;

        School& centre = maker.add(t, nineYear ? SchoolLevel::NineYear : SchoolLevel::Primary,
            townName + (nineYear ? "九年一贯制学校" : "中心小学"), maker.near(zones[0], 300));
        centre.studentsPrimary = static_cast<int>(std::lround(primaryLeft * centreShare));
        centre.studentsJunior = nineYear ? static_cast<int>(std::lround(students[t].junior)) : 0;
        centre.boarding = nineYear;
        maker.setClasses(centre, random.uniform(36, 46));
        for (int i = 0; i < villages && i < static_cast<int>(others.size()); ++i) {
            const std::size_t z = others[static_cast<std::size_t>(i)];
            School& school = maker.add(t, SchoolLevel::Primary,
                townName + stem(project.zones[z].name) + "小学", maker.near(z, 120));
            school.studentsPrimary = villageStudents[static_cast<std::size_t>(i)];
            maker.setClasses(school, random.uniform(20, 38));
        }
        for (std::size_t i = 0; i < pointStudents.size(); ++i) {
            const std::size_t z = others[others.size() - 1 - i];
            School& school = maker.add(t, SchoolLevel::TeachingPoint,
                townName + stem(project.zones[z].name) + "教学点", maker.near(z, 100));
            school.studentsPrimary = pointStudents[i];
            maker.setClasses(school, random.uniform(6, 15));
            if (school.studentsPrimary < 20 && random.chance(0.5))
                school.closingYear = 2023; // 撤并: merged into the centre school
        }
        if (!nineYear) {
            const int nJunior = std::max(
                1, static_cast<int>(std::ceil(students[t].junior / (kRuralJuniorSize / s))));
            const auto juniorStudents = splitStudents(random, students[t].junior, nJunior);
            for (int i = 0; i < nJunior; ++i) {
                School& school = maker.add(t, SchoolLevel::Junior,
                    townName + (i == 0 ? "中学" : "第" + std::to_string(i + 1) + "中学"),
                    maker.near(zones[0], 600));
                school.studentsJunior = juniorStudents[static_cast<std::size_t>(i)];
                school.boarding = true;
                maker.setClasses(school, random.uniform(30, 42));
            }
        }
    }

    // Education groups: each county's lead urban schools with rural partners (集团化办学).
    for (std::size_t c = 0; c < project.counties.size(); ++c) {
        const std::string shortName = shortCountyName(project.counties[c].census->name);
        for (const auto& [lead, partner] :
            { std::pair { std::string("实验小学"), SchoolLevel::Primary },
                std::pair { std::string("实验中学"), SchoolLevel::Junior } }) {
            const std::string group = shortName + lead + "教育集团";
            int partners = 0;
            for (auto& school : project.schools) {
                if (project.towns[school.town].county != c)
                    continue;
                if (school.name == shortName + lead)
                    school.eduGroup = group;
                else if (!project.towns[school.town].urban && school.level == partner
                    && partners < 3 && random.chance(0.3)) {
                    school.eduGroup = group;
                    ++partners;
                }
            }
        }
    }

    // One new primary in 梅县区's new town, opening in 2024 (the city's answer to crowding).
    for (std::size_t t = 0; t < project.towns.size(); ++t) {
        const Town& town = project.towns[t];
        if (town.record->name != "新城办事处街道")
            continue;
        School& school
            = maker.add(t, SchoolLevel::Primary, "梅县区新城第二实验小学", maker.urbanPoint(t));
        school.openingYear = 2024;
        school.classesPrimary = 36;
        school.maxClassSize = 45;
        school.resourceRoom = true;
    }
}

} // namespace seatplan::gis::sample
