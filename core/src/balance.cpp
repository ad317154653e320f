#include "analysis_context.h"

#include <algorithm>
#include <cmath>

namespace seatplan::core::detail {

namespace {

    /// Demand and capacity of one subject, level, variant and year.
    struct Cell {
        double demand = 0;
        double capacity = 0;
        double shortfall = 0; ///< towns and counties: catchment shortfalls (build plan)
    };

    BalanceRow makeRow(Scope scope, const std::string& id, const std::string& county, Level level,
        Variant variant, int year, const Cell& cell, double classSize)
    {
        BalanceRow row;
        row.scope = scope;
        row.id = id;
        row.countyCode = county;
        row.level = level;
        row.variant = variant;
        row.year = year;
        row.demand = cell.demand;
        row.capacity = cell.capacity;
        const double gap = cell.capacity - cell.demand;
        row.shortfall = std::max(0.0, -gap);
        row.surplus = std::max(0.0, gap);
        // Tolerance: a projection of 45.0000000001 students does not need a second class.
        row.shortfallClasses = static_cast<int>(std::ceil(row.shortfall / classSize - 1e-9));
        row.surplusClasses = static_cast<int>(std::floor(row.surplus / classSize + 1e-9));
        row.utilisation = cell.capacity > 0 ? cell.demand / cell.capacity : 0;
        return row;
    }

} // namespace

void computeBalance(const AnalysisContext& cx, Results& results)
{
    const auto& in = cx.inputs;
    const auto& st = in.standards;
    const auto& schools = cx.model.schools;
    const auto& catchments = cx.model.catchments;
    const std::size_t nv = cx.options.variants.size();
    const std::size_t ny = static_cast<std::size_t>(cx.years);
    const std::size_t nz = in.zones.size();
    const std::size_t nt = in.towns.size();
    const std::size_t nc = in.counties.size();
    const auto at = [&](std::size_t entity, int l, std::size_t v, std::size_t y) {
        return ((entity * kLevelCount + static_cast<std::size_t>(l)) * nv + v) * ny + y;
    };

    // Resolved catchment members, the catchment's town and each zone's covered share.
    struct Member {
        std::size_t index;
        double share;
    };
    std::vector<std::vector<Member>> cZones(catchments.size()), cSchools(catchments.size());
    std::vector<std::size_t> cTown(catchments.size(), nt);
    std::vector<double> covered(nz * kLevelCount, 0.0);
    std::vector<int> memberships(schools.size() * kLevelCount, 0);
    for (std::size_t c = 0; c < catchments.size(); ++c) {
        const auto l = static_cast<std::size_t>(catchments[c].level);
        for (const auto& z : catchments[c].zones) {
            const auto zi = cx.zoneIndex.at(z.zoneId);
            cZones[c].push_back({ zi, z.share });
            covered[zi * kLevelCount + l] += z.share;
        }
        for (const auto& s : catchments[c].schools) {
            const auto si = cx.schoolIndex.at(s.schoolId);
            cSchools[c].push_back({ si, s.share });
            ++memberships[si * kLevelCount + l];
        }
        if (!cSchools[c].empty())
            cTown[c] = cx.schoolTown[cSchools[c].front().index];
        else if (!cZones[c].empty())
            cTown[c] = cx.zoneTown[cZones[c].front().index];
    }
    for (auto& share : covered)
        share = std::min(share, 1.0);

    std::vector<Cell> schoolCells(schools.size() * kLevelCount * nv * ny);
    std::vector<Cell> catchmentCells(catchments.size() * kLevelCount * nv * ny);
    std::vector<Cell> townCells(nt * kLevelCount * nv * ny);
    std::vector<Cell> countyCells(nc * kLevelCount * nv * ny);
    std::vector<double> zoneDemand(nz * kLevelCount);
    std::vector<double> toSchool; // demand of catchment c sent to its k-th school
    std::vector<double> unassigned(nt * kLevelCount); // capacity in no catchment of the level

    for (std::size_t v = 0; v < nv; ++v) {
        for (std::size_t y = 0; y < ny; ++y) {
            const int year = in.baseYear + static_cast<int>(y);
            for (std::size_t z = 0; z < nz; ++z)
                for (int l = 0; l < kLevelCount; ++l)
                    zoneDemand[z * kLevelCount + l]
                        = cx.demand.publicDemand(v, z, year, static_cast<Level>(l));
            // Catchment demand, sent to its schools by share (or by capacity).
            toSchool.clear();
            std::vector<std::size_t> offset(catchments.size());
            for (std::size_t c = 0; c < catchments.size(); ++c) {
                const int l = static_cast<int>(catchments[c].level);
                double d = 0;
                for (const auto& m : cZones[c])
                    d += m.share * zoneDemand[m.index * kLevelCount + l];
                catchmentCells[at(c, l, v, y)].demand = d;
                double explicitTotal = 0, capacityTotal = 0;
                for (const auto& m : cSchools[c]) {
                    explicitTotal += m.share;
                    capacityTotal += cx.schoolCapacity(m.index, static_cast<int>(y), l);
                }
                offset[c] = toSchool.size();
                for (const auto& m : cSchools[c]) {
                    double w = 1.0 / static_cast<double>(cSchools[c].size());
                    if (explicitTotal > 0)
                        w = m.share / explicitTotal;
                    else if (capacityTotal > 0)
                        w = cx.schoolCapacity(m.index, static_cast<int>(y), l) / capacityTotal;
                    toSchool.push_back(d * w);
                    schoolCells[at(m.index, l, v, y)].demand += d * w;
                }
            }
            for (std::size_t s = 0; s < schools.size(); ++s)
                for (int l = 0; l < kLevelCount; ++l)
                    schoolCells[at(s, l, v, y)].capacity
                        = cx.schoolCapacity(s, static_cast<int>(y), l);
            // Catchment capacity: each school's seats shared by the demand it receives.
            for (std::size_t c = 0; c < catchments.size(); ++c) {
                const int l = static_cast<int>(catchments[c].level);
                auto& cell = catchmentCells[at(c, l, v, y)];
                for (std::size_t k = 0; k < cSchools[c].size(); ++k) {
                    const auto s = cSchools[c][k].index;
                    const auto& school = schoolCells[at(s, l, v, y)];
                    cell.capacity += school.demand > 0
                        ? school.capacity * toSchool[offset[c] + k] / school.demand
                        : school.capacity / memberships[s * kLevelCount + l];
                }
                cell.shortfall = std::max(0.0, cell.demand - cell.capacity);
                if (cTown[c] < nt)
                    townCells[at(cTown[c], l, v, y)].shortfall += cell.shortfall;
            }
            // Towns: all their zones' demand against all their public seats (pooled rows).
            // Their `shortfall` cell field, used only by the build plan, sums the shortfalls
            // of their catchments and the uncovered demand their unassigned seats miss.
            std::fill(unassigned.begin(), unassigned.end(), 0.0);
            std::vector<double> uncovered(nt * kLevelCount, 0.0);
            for (std::size_t z = 0; z < nz; ++z)
                for (int l = 0; l < kLevelCount; ++l) {
                    const double d = zoneDemand[z * kLevelCount + l];
                    townCells[at(cx.zoneTown[z], l, v, y)].demand += d;
                    uncovered[cx.zoneTown[z] * kLevelCount + l]
                        += d * (1 - covered[z * kLevelCount + l]);
                }
            for (std::size_t s = 0; s < schools.size(); ++s)
                for (int l = 0; l < kLevelCount; ++l) {
                    const double cap = cx.schoolCapacity(s, static_cast<int>(y), l);
                    townCells[at(cx.schoolTown[s], l, v, y)].capacity += cap;
                    if (memberships[s * kLevelCount + l] == 0)
                        unassigned[cx.schoolTown[s] * kLevelCount + l] += cap;
                }
            for (std::size_t t = 0; t < nt; ++t)
                for (int l = 0; l < kLevelCount; ++l) {
                    auto& cell = townCells[at(t, l, v, y)];
                    cell.shortfall += std::max(
                        0.0, uncovered[t * kLevelCount + l] - unassigned[t * kLevelCount + l]);
                    auto& county = countyCells[at(cx.townCounty[t], l, v, y)];
                    county.demand += cell.demand;
                    county.capacity += cell.capacity;
                    county.shortfall += cell.shortfall;
                }
        }
    }

    // Rows in subject, level, variant, year order, within the requested years.
    const auto y0 = static_cast<std::size_t>(results.firstYear - in.baseYear);
    const auto y1 = static_cast<std::size_t>(results.lastYear - in.baseYear);
    const auto emit
        = [&](std::vector<BalanceRow>& out, Scope scope, std::size_t entity, const std::string& id,
              const std::string& county, int l, const std::vector<Cell>& cells) {
              for (std::size_t v = 0; v < nv; ++v)
                  for (std::size_t y = y0; y <= y1; ++y)
                      out.push_back(makeRow(scope, id, county, static_cast<Level>(l),
                          cx.options.variants[v], in.baseYear + static_cast<int>(y),
                          cells[at(entity, l, v, y)], st.classSize[l]));
          };
    for (std::size_t s = 0; s < schools.size(); ++s)
        for (int l = 0; l < kLevelCount; ++l) {
            bool has = schoolTeaches(schools[s].type, static_cast<Level>(l));
            for (std::size_t y = 0; y < ny && !has; ++y)
                has = cx.model.classes[s][y][l] > 0;
            if (has)
                emit(results.schools, Scope::School, s, schools[s].id, schools[s].countyCode, l,
                    schoolCells);
        }
    for (std::size_t c = 0; c < catchments.size(); ++c) {
        const std::string county = cTown[c] < nt ? in.towns[cTown[c]].countyCode : std::string();
        emit(results.catchments, Scope::Catchment, c, catchments[c].id, county,
            static_cast<int>(catchments[c].level), catchmentCells);
    }
    for (std::size_t t = 0; t < nt; ++t)
        for (int l = 0; l < kLevelCount; ++l)
            emit(results.towns, Scope::Town, t, in.towns[t].code, in.towns[t].countyCode, l,
                townCells);
    for (std::size_t c = 0; c < nc; ++c)
        for (int l = 0; l < kLevelCount; ++l)
            emit(results.counties, Scope::County, c, in.counties[c].code, in.counties[c].code, l,
                countyCells);

    // Build plan: seats do not move between catchments, so a county needs the sum of its
    // catchment shortfalls. Reach the largest up to the target year evenly by then, and keep
    // pace with any larger one afterwards.
    const int target = std::clamp(st.targetYear, in.baseYear, in.lastYear);
    const auto ty = static_cast<std::size_t>(target - in.baseYear);
    for (std::size_t c = 0; c < nc; ++c)
        for (int l = 0; l < kLevelCount; ++l)
            for (std::size_t v = 0; v < nv; ++v) {
                std::vector<double> needed(ny);
                double peak = 0;
                for (std::size_t y = 0; y < ny; ++y) {
                    peak = std::max(peak, countyCells[at(c, l, v, y)].shortfall);
                    needed[y] = peak;
                }
                double built = 0;
                for (std::size_t y = 0; y < ny; ++y) {
                    const double cumulative = y <= ty
                        ? needed[ty] * static_cast<double>(y + 1) / static_cast<double>(ty + 1)
                        : std::max(built, needed[y]);
                    if (y >= y0 && y <= y1) {
                        BuildRow row;
                        row.countyCode = in.counties[c].code;
                        row.level = static_cast<Level>(l);
                        row.variant = cx.options.variants[v];
                        row.year = in.baseYear + static_cast<int>(y);
                        row.seatsToBuild = cumulative - built;
                        row.classesToBuild = static_cast<int>(
                            std::ceil(std::ceil(cumulative / st.classSize[l] - 1e-9)
                                - std::ceil(built / st.classSize[l] - 1e-9)));
                        row.cumulativeSeats = cumulative;
                        row.landNeededM2 = row.seatsToBuild * st.landPerStudent[l];
                        results.buildPlan.push_back(row);
                    }
                    built = cumulative;
                }
            }

    if (cx.options.zoneDemand) {
        for (std::size_t z = 0; z < nz; ++z)
            for (int l = 0; l < kLevelCount; ++l)
                for (std::size_t v = 0; v < nv; ++v)
                    for (std::size_t y = y0; y <= y1; ++y) {
                        const int year = in.baseYear + static_cast<int>(y);
                        results.zoneDemand.push_back(
                            { in.zones[z].id, static_cast<Level>(l), cx.options.variants[v], year,
                                cx.demand.children(v, z, year, static_cast<Level>(l)),
                                cx.demand.publicDemand(v, z, year, static_cast<Level>(l)) });
                    }
    }
}

} // namespace seatplan::core::detail
