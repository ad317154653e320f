#include "seatplan/core/demand_projection.h"

#include "seatplan/core/errors.h"

#include <cmath>
#include <map>
#include <unordered_map>

namespace seatplan::core {

namespace {

    using BirthsByYear = std::map<int, double>;

    /// Births known for the area of each zone (town first, then county), shared by population.
    struct ZoneBirths {
        const BirthsByYear* area = nullptr;
        double share = 0;
    };

    std::vector<ZoneBirths> zoneBirths(
        const PlanningInputs& in, const std::unordered_map<std::string, BirthsByYear>& byArea)
    {
        std::unordered_map<std::string, double> areaPopulation;
        std::unordered_map<std::string, int> areaZones;
        for (const auto& z : in.zones) {
            for (const auto* code : { &z.townCode, &z.countyCode }) {
                areaPopulation[*code] += z.population;
                ++areaZones[*code];
            }
        }
        std::vector<ZoneBirths> result(in.zones.size());
        for (std::size_t i = 0; i < in.zones.size(); ++i) {
            const auto& z = in.zones[i];
            for (const auto* code : { &z.townCode, &z.countyCode }) {
                const auto found = byArea.find(*code);
                if (found == byArea.end())
                    continue;
                const double total = areaPopulation[*code];
                result[i].area = &found->second;
                result[i].share = total > 0 ? z.population / total : 1.0 / areaZones[*code];
                break;
            }
        }
        return result;
    }

    /// County grade-progression ratios g -> g+1 from enrolment history; -1 where unknown.
    std::unordered_map<std::string, std::vector<double>> countyProgressionRatios(
        const PlanningInputs& in, int grades)
    {
        std::unordered_map<std::string, std::string> schoolCounty;
        for (const auto& s : in.schools)
            schoolCounty[s.id] = s.countyCode;
        // county -> (year, grade) -> students
        std::unordered_map<std::string, std::map<std::pair<int, int>, double>> totals;
        for (const auto& e : in.enrolment) {
            if (e.students < 0)
                throw InvalidInput("enrolment of school '" + e.schoolId + "' in "
                    + std::to_string(e.year) + " grade " + std::to_string(e.grade)
                    + " is negative");
            const auto county = schoolCounty.find(e.schoolId);
            if (county == schoolCounty.end())
                throw InvalidInput("enrolment names unknown school '" + e.schoolId + "'");
            if (e.grade < 1 || e.grade > grades)
                throw InvalidInput("enrolment of school '" + e.schoolId + "' has grade "
                    + std::to_string(e.grade) + " outside 1-" + std::to_string(grades));
            totals[county->second][{ e.year, e.grade }] += e.students;
        }
        std::unordered_map<std::string, std::vector<double>> ratios;
        for (const auto& [county, table] : totals) {
            std::vector<double> from(grades - 1, 0.0), to(grades - 1, 0.0);
            for (const auto& [key, students] : table) {
                const auto& [year, grade] = key;
                if (grade >= grades)
                    continue;
                const auto next = table.find({ year + 1, grade + 1 });
                if (next == table.end())
                    continue;
                from[grade - 1] += students;
                to[grade - 1] += next->second;
            }
            std::vector<double> r(grades - 1, -1.0);
            for (int g = 0; g < grades - 1; ++g)
                if (from[g] > 0)
                    r[g] = to[g] / from[g];
            ratios[county] = std::move(r);
        }
        return ratios;
    }

} // namespace

DemandProjection::DemandProjection(const PlanningInputs& in,
    const std::vector<Development>& developments, const std::vector<Variant>& variants)
    : m_baseYear(in.baseYear)
    , m_lastYear(in.lastYear)
    , m_grades(in.standards.totalGrades())
    , m_primaryGrades(in.standards.primaryGrades)
    , m_zoneCount(in.zones.size())
    , m_variants(variants)
{
    const Standards& st = in.standards;
    if (m_lastYear < m_baseYear)
        throw InvalidInput("the last year " + std::to_string(m_lastYear)
            + " is before the base year " + std::to_string(m_baseYear));
    const int years = m_lastYear - m_baseYear + 1;
    const int entryAge = st.entryAge;
    const int maxAge = entryAge + m_grades - 1;
    const double olderShare = st.entryShareOlderBirths();

    std::unordered_map<std::string, BirthsByYear> byArea;
    for (const auto& b : in.births) {
        if (b.births < 0)
            throw InvalidInput("births of area '" + b.areaCode + "' in " + std::to_string(b.year)
                + " are negative");
        byArea[b.areaCode][b.year] += b.births;
    }
    const auto births = zoneBirths(in, byArea);
    const auto ratios = countyProgressionRatios(in, m_grades);
    for (const auto& county : in.counties) {
        const auto found = ratios.find(county.code);
        if (found != ratios.end())
            m_progression.emplace_back(county.code, found->second);
    }

    // Public demand per child, per zone and level.
    m_publicFactor.resize(m_zoneCount * kLevelCount);
    for (std::size_t z = 0; z < m_zoneCount; ++z) {
        const auto& zone = in.zones[z];
        if (zone.population < 0 || zone.women15to49.value_or(0) < 0)
            throw InvalidInput("zone '" + zone.id + "' has a negative population");
        for (const double persons : zone.ages)
            if (persons < 0)
                throw InvalidInput("zone '" + zone.id + "' has a negative age cohort");
        const double m = zone.migrantShare.value_or(st.migrantShare);
        if (m < 0 || m > 1)
            throw InvalidInput("zone '" + zone.id + "': migrant share must be in 0-1");
        const double factor
            = (1 - m) * st.enrolmentRate * (1 - st.privateShare) + m * st.migrantPublicShare;
        for (int l = 0; l < kLevelCount; ++l)
            m_publicFactor[z * kLevelCount + l] = factor;
    }

    // Urbanisation: rural zones give, urban zones of the same county receive by population.
    std::unordered_map<std::string, double> urbanPopulation;
    for (const auto& zone : in.zones)
        if (zone.urban)
            urbanPopulation[zone.countyCode] += zone.population;
    std::unordered_map<std::string, std::size_t> countyIndex;
    for (const auto& zone : in.zones)
        countyIndex.emplace(zone.countyCode, countyIndex.size());
    std::vector<std::size_t> zoneCounty(m_zoneCount);
    std::vector<double> receiveShare(m_zoneCount, 0.0);
    std::vector<const std::vector<double>*> zoneRatios(m_zoneCount, nullptr);
    for (std::size_t z = 0; z < m_zoneCount; ++z) {
        const auto& zone = in.zones[z];
        zoneCounty[z] = countyIndex[zone.countyCode];
        const double total = urbanPopulation[zone.countyCode];
        if (zone.urban && total > 0)
            receiveShare[z] = zone.population / total;
        const auto r = ratios.find(zone.countyCode);
        zoneRatios[z] = r == ratios.end() ? nullptr : &r->second;
    }

    m_children.assign(m_variants.size() * m_zoneCount * years * m_grades, 0.0);
    std::vector<double> state(m_zoneCount * (maxAge + 1));
    std::vector<double> next(state.size());
    std::vector<double> pool(countyIndex.size() * (maxAge + 1));
    for (std::size_t v = 0; v < m_variants.size(); ++v) {
        const auto vi = static_cast<std::size_t>(m_variants[v]);
        const double birthRate = st.birthRatePerMille[vi] / 1000.0;
        const double fertility = st.fertilityPerMille[vi] / 1000.0;
        const double shift = st.urbanisationShift[vi];
        const auto birthsOf = [&](std::size_t z, int year) {
            if (births[z].area) {
                const auto found = births[z].area->find(year);
                if (found != births[z].area->end())
                    return found->second * births[z].share;
            }
            const auto& zone = in.zones[z];
            return zone.women15to49 ? *zone.women15to49 * fertility : zone.population * birthRate;
        };
        const auto knownBirths = [&](std::size_t z, int year) {
            return births[z].area && births[z].area->count(year) > 0;
        };
        for (std::size_t z = 0; z < m_zoneCount; ++z) {
            const auto& ages = in.zones[z].ages;
            for (int a = 0; a <= maxAge; ++a)
                state[z * (maxAge + 1) + a] = a < static_cast<int>(ages.size()) ? ages[a] : 0.0;
        }
        for (int y = 0; y < years; ++y) {
            const int year = m_baseYear + y;
            if (y > 0) {
                for (std::size_t z = 0; z < m_zoneCount; ++z) {
                    const auto& zone = in.zones[z];
                    const double migration
                        = 1 + zone.netMigrationRate.value_or(st.netMigrationRate[vi]);
                    double* from = &state[z * (maxAge + 1)];
                    double* to = &next[z * (maxAge + 1)];
                    to[0] = birthsOf(z, year - 1); // age 0 in September: born in the last year
                    for (int a = 0; a < maxAge; ++a) {
                        const int grade = a - entryAge + 1; // grade of age a, moving to grade+1
                        double factor = migration;
                        if (grade >= 1 && zoneRatios[z] && (*zoneRatios[z])[grade - 1] >= 0)
                            factor = (*zoneRatios[z])[grade - 1];
                        to[a + 1] = from[a] * factor;
                    }
                    // Entrants from births (31 August split) unless the base cohort reaches
                    // entry age itself and births are not both known.
                    const bool bothKnown
                        = knownBirths(z, year - entryAge - 1) && knownBirths(z, year - entryAge);
                    const bool cohortCovers = !zone.ages.empty() && y <= entryAge;
                    // Births become entrants after entryAge years of net migration (the (1 + m1)
                    // factor of STANDARDS.md 6.2).
                    if (bothKnown || !cohortCovers)
                        to[entryAge] = (olderShare * birthsOf(z, year - entryAge - 1)
                                           + (1 - olderShare) * birthsOf(z, year - entryAge))
                            * std::pow(migration, entryAge);
                }
                std::swap(state, next);
                if (shift > 0) {
                    std::fill(pool.begin(), pool.end(), 0.0);
                    for (std::size_t z = 0; z < m_zoneCount; ++z) {
                        if (in.zones[z].urban || urbanPopulation[in.zones[z].countyCode] <= 0)
                            continue;
                        for (int a = 0; a <= maxAge; ++a) {
                            const double moved = state[z * (maxAge + 1) + a] * shift;
                            state[z * (maxAge + 1) + a] -= moved;
                            pool[zoneCounty[z] * (maxAge + 1) + a] += moved;
                        }
                    }
                    for (std::size_t z = 0; z < m_zoneCount; ++z) {
                        if (receiveShare[z] <= 0)
                            continue;
                        for (int a = 0; a <= maxAge; ++a)
                            state[z * (maxAge + 1) + a]
                                += pool[zoneCounty[z] * (maxAge + 1) + a] * receiveShare[z];
                    }
                }
            }
            for (std::size_t z = 0; z < m_zoneCount; ++z) {
                double* out = &m_children[index(v, z, year)];
                for (int g = 0; g < m_grades; ++g)
                    out[g] = state[z * (maxAge + 1) + entryAge + g];
            }
        }
    }

    // Developments add seats by 千人指标 from their completion year, spread over the grades.
    // They are already seats, so they are added as children with a public factor of 1 by
    // scaling with the inverse factor (kept simple: most zones have factor 1).
    std::unordered_map<std::string, std::size_t> zoneIndex;
    for (std::size_t z = 0; z < m_zoneCount; ++z)
        zoneIndex.emplace(in.zones[z].id, z);
    for (const auto& d : developments) {
        if (d.zoneId.empty() || d.completionYear <= 0)
            continue;
        const auto found = zoneIndex.find(d.zoneId);
        if (found == zoneIndex.end())
            throw InvalidInput("development '" + d.id + "' names unknown zone '" + d.zoneId + "'");
        double floorArea = d.floorAreaM2;
        if (floorArea <= 0) {
            const double far = d.farNew > 0 ? d.farNew : d.farOld;
            floorArea = d.siteAreaM2 * far * d.residentialShare;
        }
        const double dwellings
            = d.dwellings > 0 ? d.dwellings : floorArea / st.floorAreaPerDwelling;
        const double residents = dwellings * st.personsPerHousehold;
        const std::size_t z = found->second;
        for (std::size_t v = 0; v < m_variants.size(); ++v) {
            for (int year = std::max(d.completionYear, m_baseYear); year <= m_lastYear; ++year) {
                double* out = &m_children[index(v, z, year)];
                for (int l = 0; l < kLevelCount; ++l) {
                    const auto level = static_cast<Level>(l);
                    const double seats = residents * st.seatsPer1000(level) / 1000.0;
                    const double factor = m_publicFactor[z * kLevelCount + l];
                    const int grades = st.gradeCount(level);
                    for (int g = 0; g < grades; ++g)
                        out[st.firstGrade(level) - 1 + g]
                            += seats / grades / (factor > 0 ? factor : 1.0);
                }
            }
        }
    }
    // Level totals, read by the balance for every catchment, year and variant.
    m_levelTotals.resize(m_children.size() / static_cast<std::size_t>(m_grades) * kLevelCount);
    for (std::size_t i = 0, cell = 0; i < m_children.size();
         i += static_cast<std::size_t>(m_grades), cell += kLevelCount) {
        double primary = 0, junior = 0;
        for (int g = 0; g < m_grades; ++g)
            (g < m_primaryGrades ? primary : junior) += m_children[i + g];
        m_levelTotals[cell] = primary;
        m_levelTotals[cell + 1] = junior;
    }
    m_years = static_cast<std::size_t>(years);
    m_public.resize(m_levelTotals.size());
    for (std::size_t i = 0; i < m_public.size(); ++i) {
        const std::size_t zone = i / kLevelCount / m_years % m_zoneCount;
        m_public[i] = m_levelTotals[i] * m_publicFactor[zone * kLevelCount + i % kLevelCount];
    }
}

std::size_t DemandProjection::index(std::size_t variantIndex, std::size_t zoneIndex, int year) const
{
    const std::size_t years = static_cast<std::size_t>(m_lastYear - m_baseYear + 1);
    return ((variantIndex * m_zoneCount + zoneIndex) * years
               + static_cast<std::size_t>(year - m_baseYear))
        * static_cast<std::size_t>(m_grades);
}

double DemandProjection::children(
    std::size_t variantIndex, std::size_t zoneIndex, int year, int grade) const
{
    return m_children[index(variantIndex, zoneIndex, year) + static_cast<std::size_t>(grade - 1)];
}

double DemandProjection::children(
    std::size_t variantIndex, std::size_t zoneIndex, int year, Level level) const
{
    return m_levelTotals[index(variantIndex, zoneIndex, year) / static_cast<std::size_t>(m_grades)
            * kLevelCount
        + static_cast<std::size_t>(level)];
}

} // namespace seatplan::core
