#include "analysis_context.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace seatplan::core::detail {

namespace {

    constexpr std::size_t kNoRow = std::numeric_limits<std::size_t>::max();

    /// Index of a cell: entity (school or catchment), level, variant, year.
    struct Layout {
        std::size_t variants;
        std::size_t years;
        std::size_t operator()(std::size_t entity, int level, std::size_t v, std::size_t y) const
        {
            return ((entity * kLevelCount + static_cast<std::size_t>(level)) * variants + v) * years
                + y;
        }
    };

    void fill(BalanceRow& row, const BalanceCell& cell, double classSize)
    {
        row.demand = cell.demand;
        row.capacity = cell.capacity;
        const double gap = cell.capacity - cell.demand;
        row.shortfall = std::max(0.0, -gap);
        row.surplus = std::max(0.0, gap);
        // Tolerance: a projection of 45.0000000001 students does not need a second class.
        row.shortfallClasses = static_cast<int>(std::ceil(row.shortfall / classSize - 1e-9));
        row.surplusClasses = static_cast<int>(std::floor(row.surplus / classSize + 1e-9));
        row.utilisation = cell.capacity > 0 ? cell.demand / cell.capacity : 0;
    }

    CatchmentLinks makeLinks(const AnalysisContext& cx)
    {
        const auto& catchments = cx.model.catchments;
        const std::size_t nt = cx.inputs.towns.size();
        CatchmentLinks links;
        links.zones.resize(catchments.size());
        links.schools.resize(catchments.size());
        links.town.assign(catchments.size(), nt);
        links.covered.assign(cx.inputs.zones.size() * kLevelCount, 0.0);
        links.memberships.assign(cx.model.schools.size() * kLevelCount, 0);
        for (std::size_t c = 0; c < catchments.size(); ++c) {
            const auto l = static_cast<std::size_t>(catchments[c].level);
            for (const auto& z : catchments[c].zones) {
                const auto zi = cx.zoneIndex.at(z.zoneId);
                links.zones[c].push_back({ zi, z.share });
                links.covered[zi * kLevelCount + l] += z.share;
            }
            for (const auto& s : catchments[c].schools) {
                const auto si = cx.schoolIndex.at(s.schoolId);
                links.schools[c].push_back({ si, s.share });
                ++links.memberships[si * kLevelCount + l];
            }
            if (!links.schools[c].empty())
                links.town[c] = cx.schoolTown[links.schools[c].front().index];
            else if (!links.zones[c].empty())
                links.town[c] = cx.zoneTown[links.zones[c].front().index];
        }
        for (auto& share : links.covered)
            share = std::min(share, 1.0);
        return links;
    }

    /**
     * Sends the demand of catchment `c` in (v, y) to its schools: by explicit shares, else by
     * capacity, else equally. Adds to the demand of the schools for which `take` is true and
     * stores each school's part in `parts`. Returns the catchment's demand.
     */
    template <typename Take>
    double distribute(const AnalysisContext& cx, const CatchmentLinks& links, std::size_t c,
        std::size_t v, std::size_t y, const Layout& at, BalanceState& state, Take take,
        std::vector<double>& parts)
    {
        const int l = static_cast<int>(cx.model.catchments[c].level);
        const int year = cx.inputs.baseYear + static_cast<int>(y);
        double d = 0;
        for (const auto& m : links.zones[c])
            d += m.share * cx.demand.publicDemand(v, m.index, year, static_cast<Level>(l));
        double explicitTotal = 0, capacityTotal = 0;
        for (const auto& m : links.schools[c]) {
            explicitTotal += m.share;
            capacityTotal += cx.schoolCapacity(m.index, static_cast<int>(y), l);
        }
        parts.clear();
        for (const auto& m : links.schools[c]) {
            double w = 1.0 / static_cast<double>(links.schools[c].size());
            if (explicitTotal > 0)
                w = m.share / explicitTotal;
            else if (capacityTotal > 0)
                w = cx.schoolCapacity(m.index, static_cast<int>(y), l) / capacityTotal;
            parts.push_back(d * w);
            if (take(m.index, l))
                state.schoolCells[at(m.index, l, v, y)].demand += d * w;
        }
        return d;
    }

    /// Catchment capacity: each school's seats shared by the demand each catchment sends it
    /// (equally among its catchments while it gets none).
    double catchmentCapacity(const CatchmentLinks& links, std::size_t c, int l, std::size_t v,
        std::size_t y, const Layout& at, const BalanceState& state,
        const std::vector<double>& parts)
    {
        double capacity = 0;
        for (std::size_t k = 0; k < links.schools[c].size(); ++k) {
            const auto s = links.schools[c][k].index;
            const auto& school = state.schoolCells[at(s, l, v, y)];
            capacity += school.demand > 0 ? school.capacity * parts[k] / school.demand
                                          : school.capacity
                    / links.memberships[s * kLevelCount + static_cast<std::size_t>(l)];
        }
        return capacity;
    }

    /// Rows of one subject and level for the requested years, written at `out[start...]`.
    void writeRows(const AnalysisContext& cx, std::vector<BalanceRow>& out, std::size_t start,
        Scope scope, const std::string& id, const std::string& county, int l,
        const std::vector<BalanceCell>& cells, std::size_t entity, const Layout& at, std::size_t y0,
        std::size_t y1)
    {
        std::size_t i = start;
        for (std::size_t v = 0; v < at.variants; ++v)
            for (std::size_t y = y0; y <= y1; ++y, ++i) {
                if (i == out.size())
                    out.emplace_back();
                BalanceRow& row = out[i];
                row.scope = scope;
                row.id = id;
                row.countyCode = county;
                row.level = static_cast<Level>(l);
                row.variant = cx.options.variants[v];
                row.year = cx.inputs.baseYear + static_cast<int>(y);
                fill(row, cells[at(entity, l, v, y)], cx.inputs.standards.classSize[l]);
            }
    }

    std::string catchmentCounty(
        const AnalysisContext& cx, const CatchmentLinks& links, std::size_t c)
    {
        return links.town[c] < cx.inputs.towns.size() ? cx.inputs.towns[links.town[c]].countyCode
                                                      : std::string();
    }

    /**
     * Build plan: seats do not move between catchments, so a county needs the sum of its
     * catchment shortfalls, plus the demand of zones in no catchment that the seats of its
     * towns' schools in no catchment cannot take. It reaches the largest need up to the target
     * year evenly by then, and keeps pace with any larger need afterwards.
     */
    void computeBuildPlan(const AnalysisContext& cx, const BalanceState& state, Results& results)
    {
        const auto& in = cx.inputs;
        const auto& st = in.standards;
        const std::size_t nv = cx.options.variants.size();
        const auto ny = static_cast<std::size_t>(cx.years);
        const std::size_t nt = in.towns.size();
        const std::size_t nc = in.counties.size();
        const Layout at { nv, ny };
        // need[((county * L + l) * V + v) * Y + y]
        std::vector<double> need(nc * kLevelCount * nv * ny, 0.0);
        const auto& links = state.links;
        for (std::size_t c = 0; c < cx.model.catchments.size(); ++c) {
            if (links.town[c] >= nt)
                continue;
            const auto county = cx.townCounty[links.town[c]];
            const int l = static_cast<int>(cx.model.catchments[c].level);
            for (std::size_t v = 0; v < nv; ++v)
                for (std::size_t y = 0; y < ny; ++y) {
                    const auto& cell = state.catchmentCells[at(c, l, v, y)];
                    need[at(county, l, v, y)] += std::max(0.0, cell.demand - cell.capacity);
                }
        }
        // Zones not wholly in a catchment meet the seats of schools in none, town by town.
        struct Partial {
            std::size_t zone;
            int level;
            double share;
        };
        std::vector<Partial> partial;
        for (std::size_t z = 0; z < in.zones.size(); ++z)
            for (int l = 0; l < kLevelCount; ++l)
                if (links.covered[z * kLevelCount + l] < 1)
                    partial.push_back({ z, l, 1 - links.covered[z * kLevelCount + l] });
        std::vector<double> unassigned(ny * nt * kLevelCount, 0.0);
        for (std::size_t s = 0; s < cx.model.schools.size(); ++s)
            for (int l = 0; l < kLevelCount; ++l)
                if (links.memberships[s * kLevelCount + l] == 0)
                    for (std::size_t y = 0; y < ny; ++y)
                        unassigned[(y * nt + cx.schoolTown[s]) * kLevelCount + l]
                            += cx.schoolCapacity(s, static_cast<int>(y), l);
        std::vector<double> uncovered(nt * kLevelCount);
        for (std::size_t v = 0; v < nv; ++v)
            for (std::size_t y = 0; y < ny; ++y) {
                const int year = in.baseYear + static_cast<int>(y);
                std::fill(uncovered.begin(), uncovered.end(), 0.0);
                for (const auto& p : partial)
                    uncovered[cx.zoneTown[p.zone] * kLevelCount + p.level] += p.share
                        * cx.demand.publicDemand(v, p.zone, year, static_cast<Level>(p.level));
                for (std::size_t t = 0; t < nt; ++t)
                    for (int l = 0; l < kLevelCount; ++l)
                        need[at(cx.townCounty[t], l, v, y)] += std::max(0.0,
                            uncovered[t * kLevelCount + l]
                                - unassigned[(y * nt + t) * kLevelCount + l]);
            }

        results.buildPlan.clear();
        const int target = std::clamp(st.targetYear, in.baseYear, in.lastYear);
        const auto ty = static_cast<std::size_t>(target - in.baseYear);
        const auto y0 = static_cast<std::size_t>(results.firstYear - in.baseYear);
        const auto y1 = static_cast<std::size_t>(results.lastYear - in.baseYear);
        for (std::size_t c = 0; c < nc; ++c)
            for (int l = 0; l < kLevelCount; ++l)
                for (std::size_t v = 0; v < nv; ++v) {
                    std::vector<double> peak(ny);
                    double highest = 0;
                    for (std::size_t y = 0; y < ny; ++y) {
                        highest = std::max(highest, need[at(c, l, v, y)]);
                        peak[y] = highest;
                    }
                    double built = 0;
                    for (std::size_t y = 0; y < ny; ++y) {
                        const double cumulative = y <= ty
                            ? peak[ty] * static_cast<double>(y + 1) / static_cast<double>(ty + 1)
                            : std::max(built, peak[y]);
                        if (y >= y0 && y <= y1) {
                            BuildRow row;
                            row.countyCode = in.counties[c].code;
                            row.level = static_cast<Level>(l);
                            row.variant = cx.options.variants[v];
                            row.year = in.baseYear + static_cast<int>(y);
                            row.seatsToBuild = cumulative - built;
                            const auto classes = [&](double seats) {
                                return static_cast<int>(std::ceil(seats / st.classSize[l] - 1e-9));
                            };
                            row.classesToBuild = classes(cumulative) - classes(built);
                            row.cumulativeSeats = cumulative;
                            row.landNeededM2 = row.seatsToBuild * st.landPerStudent[l];
                            results.buildPlan.push_back(row);
                        }
                        built = cumulative;
                    }
                }
    }

} // namespace

void computeBalance(const AnalysisContext& cx, Results& results, BalanceState& state)
{
    const auto& in = cx.inputs;
    const auto& schools = cx.model.schools;
    const auto& catchments = cx.model.catchments;
    const std::size_t nv = cx.options.variants.size();
    const auto ny = static_cast<std::size_t>(cx.years);
    const std::size_t nz = in.zones.size();
    const std::size_t nt = in.towns.size();
    const std::size_t nc = in.counties.size();
    const Layout at { nv, ny };

    state.links = makeLinks(cx);
    const auto& links = state.links;
    state.schoolCells.assign(schools.size() * kLevelCount * nv * ny, {});
    state.catchmentCells.assign(catchments.size() * kLevelCount * nv * ny, {});
    std::vector<BalanceCell> townCells(nt * kLevelCount * nv * ny);
    std::vector<BalanceCell> countyCells(nc * kLevelCount * nv * ny);
    std::vector<std::vector<double>> parts(catchments.size());
    const auto all = [](std::size_t, int) { return true; };

    for (std::size_t v = 0; v < nv; ++v) {
        for (std::size_t y = 0; y < ny; ++y) {
            throwIfStopped(cx.stop);
            const int year = in.baseYear + static_cast<int>(y);
            for (std::size_t s = 0; s < schools.size(); ++s)
                for (int l = 0; l < kLevelCount; ++l)
                    state.schoolCells[at(s, l, v, y)].capacity
                        = cx.schoolCapacity(s, static_cast<int>(y), l);
            for (std::size_t c = 0; c < catchments.size(); ++c)
                state.catchmentCells[at(c, static_cast<int>(catchments[c].level), v, y)].demand
                    = distribute(cx, links, c, v, y, at, state, all, parts[c]);
            for (std::size_t c = 0; c < catchments.size(); ++c) {
                const int l = static_cast<int>(catchments[c].level);
                state.catchmentCells[at(c, l, v, y)].capacity
                    = catchmentCapacity(links, c, l, v, y, at, state, parts[c]);
            }
            // Towns and counties pool all their zones' demand against all their seats.
            for (std::size_t z = 0; z < nz; ++z)
                for (int l = 0; l < kLevelCount; ++l)
                    townCells[at(cx.zoneTown[z], l, v, y)].demand
                        += cx.demand.publicDemand(v, z, year, static_cast<Level>(l));
            for (std::size_t s = 0; s < schools.size(); ++s)
                for (int l = 0; l < kLevelCount; ++l)
                    townCells[at(cx.schoolTown[s], l, v, y)].capacity
                        += cx.schoolCapacity(s, static_cast<int>(y), l);
            for (std::size_t t = 0; t < nt; ++t)
                for (int l = 0; l < kLevelCount; ++l) {
                    const auto& cell = townCells[at(t, l, v, y)];
                    auto& county = countyCells[at(cx.townCounty[t], l, v, y)];
                    county.demand += cell.demand;
                    county.capacity += cell.capacity;
                }
        }
    }

    // Rows in subject, level, variant, year order, within the requested years.
    const auto y0 = static_cast<std::size_t>(results.firstYear - in.baseYear);
    const auto y1 = static_cast<std::size_t>(results.lastYear - in.baseYear);
    const std::size_t perSubject = nv * (y1 - y0 + 1);
    state.schoolRowStart.assign(schools.size() * kLevelCount, kNoRow);
    std::size_t schoolRows = 0;
    for (std::size_t s = 0; s < schools.size(); ++s)
        for (int l = 0; l < kLevelCount; ++l) {
            bool has = schoolTeaches(schools[s].type, static_cast<Level>(l));
            for (std::size_t y = 0; y < ny && !has; ++y)
                has = cx.model.classes[s][y][l] > 0;
            if (has) {
                state.schoolRowStart[s * kLevelCount + l] = schoolRows;
                schoolRows += perSubject;
            }
        }
    results.schools.reserve(schoolRows);
    results.catchments.reserve(catchments.size() * perSubject);
    results.towns.reserve(nt * kLevelCount * perSubject);
    results.counties.reserve(nc * kLevelCount * perSubject);
    for (std::size_t s = 0; s < schools.size(); ++s)
        for (int l = 0; l < kLevelCount; ++l)
            if (state.schoolRowStart[s * kLevelCount + l] != kNoRow)
                writeRows(cx, results.schools, results.schools.size(), Scope::School, schools[s].id,
                    schools[s].countyCode, l, state.schoolCells, s, at, y0, y1);
    for (std::size_t c = 0; c < catchments.size(); ++c)
        writeRows(cx, results.catchments, results.catchments.size(), Scope::Catchment,
            catchments[c].id, catchmentCounty(cx, links, c), static_cast<int>(catchments[c].level),
            state.catchmentCells, c, at, y0, y1);
    for (std::size_t t = 0; t < nt; ++t)
        for (int l = 0; l < kLevelCount; ++l)
            writeRows(cx, results.towns, results.towns.size(), Scope::Town, in.towns[t].code,
                in.towns[t].countyCode, l, townCells, t, at, y0, y1);
    for (std::size_t c = 0; c < nc; ++c)
        for (int l = 0; l < kLevelCount; ++l)
            writeRows(cx, results.counties, results.counties.size(), Scope::County,
                in.counties[c].code, in.counties[c].code, l, countyCells, c, at, y0, y1);

    computeBuildPlan(cx, state, results);

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

void updateBalance(const AnalysisContext& cx, const std::vector<std::size_t>& changed,
    Results& results, BalanceState& state)
{
    const auto& in = cx.inputs;
    const auto& catchments = cx.model.catchments;
    const std::size_t nv = cx.options.variants.size();
    const auto ny = static_cast<std::size_t>(cx.years);
    const Layout at { nv, ny };
    auto links = makeLinks(cx);

    // Schools whose demand changes: those of the edited catchments, before and after.
    std::vector<bool> affected(cx.model.schools.size() * kLevelCount, false);
    for (const auto c : changed) {
        for (const auto& m : state.links.schools[c]) {
            // The old catchment's level is that of its rows.
            const auto l = static_cast<std::size_t>(results.catchments.empty()
                    ? catchments[c].level
                    : results
                          .catchments[c * nv
                              * static_cast<std::size_t>(results.lastYear - results.firstYear + 1)]
                          .level);
            affected[m.index * kLevelCount + l] = true;
        }
        for (const auto& m : links.schools[c])
            affected[m.index * kLevelCount + static_cast<std::size_t>(catchments[c].level)] = true;
    }
    // Catchments to redo: the edited ones and all that share an affected school.
    std::vector<std::size_t> redo;
    for (std::size_t c = 0; c < catchments.size(); ++c) {
        bool touch = std::find(changed.begin(), changed.end(), c) != changed.end();
        for (std::size_t k = 0; k < links.schools[c].size() && !touch; ++k)
            touch = affected[links.schools[c][k].index * kLevelCount
                + static_cast<std::size_t>(catchments[c].level)];
        if (touch)
            redo.push_back(c);
    }
    state.links = std::move(links);
    const auto take = [&](std::size_t s, int l) {
        return affected[s * kLevelCount + static_cast<std::size_t>(l)];
    };
    std::vector<std::vector<double>> parts(catchments.size());
    for (std::size_t v = 0; v < nv; ++v)
        for (std::size_t y = 0; y < ny; ++y) {
            for (std::size_t s = 0; s < cx.model.schools.size(); ++s)
                for (int l = 0; l < kLevelCount; ++l)
                    if (take(s, l))
                        state.schoolCells[at(s, l, v, y)].demand = 0;
            for (const auto c : redo) {
                for (int l = 0; l < kLevelCount; ++l)
                    state.catchmentCells[at(c, l, v, y)] = {};
                state.catchmentCells[at(c, static_cast<int>(catchments[c].level), v, y)].demand
                    = distribute(cx, state.links, c, v, y, at, state, take, parts[c]);
            }
            for (const auto c : redo) {
                const int l = static_cast<int>(catchments[c].level);
                state.catchmentCells[at(c, l, v, y)].capacity
                    = catchmentCapacity(state.links, c, l, v, y, at, state, parts[c]);
            }
        }

    const auto y0 = static_cast<std::size_t>(results.firstYear - in.baseYear);
    const auto y1 = static_cast<std::size_t>(results.lastYear - in.baseYear);
    const std::size_t perSubject = nv * (y1 - y0 + 1);
    for (std::size_t s = 0; s < cx.model.schools.size(); ++s)
        for (int l = 0; l < kLevelCount; ++l) {
            const auto start = state.schoolRowStart[s * kLevelCount + l];
            if (take(s, l) && start != kNoRow)
                writeRows(cx, results.schools, start, Scope::School, cx.model.schools[s].id,
                    cx.model.schools[s].countyCode, l, state.schoolCells, s, at, y0, y1);
        }
    for (const auto c : redo)
        writeRows(cx, results.catchments, c * perSubject, Scope::Catchment, catchments[c].id,
            catchmentCounty(cx, state.links, c), static_cast<int>(catchments[c].level),
            state.catchmentCells, c, at, y0, y1);
    computeBuildPlan(cx, state, results);
}

} // namespace seatplan::core::detail
