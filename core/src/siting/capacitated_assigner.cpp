#include "capacitated_assigner.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <queue>
#include <utility>

namespace seatplan::core {

namespace {

    constexpr double kFit = 1e-9; // slack when comparing loads with capacities
    constexpr double kGain = 1e-9; // smallest improvement a move must bring
    // Local search only looks at this many best facilities per zone (the rest rarely help).
    constexpr std::size_t kNeighbours = 48;
    // Facilities kept in cost order per zone (the rest are scanned unordered when needed).
    constexpr std::size_t kSortedPrefix = 64;
    // Ruin and recreate unassigns between this many zones per round.
    constexpr int kMinRuin = 2;
    constexpr int kMaxRuin = 6;

    std::size_t at(int index)
    {
        return static_cast<std::size_t>(index);
    }

} // namespace

CapacitatedAssigner::CapacitatedAssigner(
    const SitingCost& cost, std::vector<double> weights, int facilities)
    : m_cost(cost)
    , m_weight(std::move(weights))
    , m_facilities(facilities)
{
    const int n = static_cast<int>(m_weight.size());
    m_ranked.resize(at(n));
    for (int i = 0; i < n; ++i) {
        auto& list = m_ranked[at(i)];
        for (int j = 0; j < facilities; ++j) {
            if (std::isfinite(cost.assign(i, j))) {
                list.push_back(j);
            }
        }
        // Only the nearest facilities are ever scanned in order; sorting all of them would
        // dominate set-up time on city-scale problems.
        const auto prefix
            = list.begin() + static_cast<std::ptrdiff_t>(std::min(list.size(), kSortedPrefix));
        std::partial_sort(list.begin(), prefix, list.end(), [&](int a, int b) {
            return cost.assign(i, a) < cost.assign(i, b)
                || (cost.assign(i, a) == cost.assign(i, b) && a < b);
        });
    }
}

double CapacitatedAssigner::currentCost(int zone) const
{
    const int j = m_assignment[at(zone)];
    return j < 0 ? m_cost.unserved(zone) : m_cost.assign(zone, j);
}

void CapacitatedAssigner::place(int zone, int facility)
{
    const int old = m_assignment[at(zone)];
    const double w = m_weight[at(zone)];
    if (old >= 0) {
        m_residual[at(old)] += w;
        auto& members = m_members[at(old)];
        members.erase(std::find(members.begin(), members.end(), zone));
    }
    m_assignment[at(zone)] = facility;
    if (facility >= 0) {
        m_residual[at(facility)] -= w;
        m_members[at(facility)].push_back(zone);
    }
}

void CapacitatedAssigner::construct()
{
    // Regret greedy: the zone that would lose most by not getting its best facility goes
    // first. Keys go stale as facilities fill up, so a popped zone is re-scored and pushed
    // back unless its key still holds (lazy priority queue).
    const int n = static_cast<int>(m_weight.size());
    auto score = [&](int i, int& best) {
        best = -1;
        const double none = std::numeric_limits<double>::infinity();
        double first = none;
        double second = none;
        const auto& list = m_ranked[at(i)];
        const std::size_t sorted = std::min(list.size(), kSortedPrefix);
        std::size_t r = 0;
        for (; r < sorted && second == none; ++r) {
            const int j = list[r];
            if (m_residual[at(j)] + kFit >= m_weight[at(i)]) {
                (best < 0 ? first : second) = m_cost.assign(i, j);
                best = best < 0 ? j : best;
            }
        }
        for (; r < list.size() && second == none; ++r) {
            // Beyond the sorted prefix: keep the two cheapest that fit.
            const int j = list[r];
            if (m_residual[at(j)] + kFit >= m_weight[at(i)]) {
                const double c = m_cost.assign(i, j);
                if (c < first) {
                    second = first;
                    first = c;
                    best = j;
                } else if (c < second) {
                    second = c;
                }
            }
        }
        if (best < 0) {
            return 0.0;
        }
        return std::min(second, m_cost.unserved(i)) - first;
    };
    using Entry = std::pair<double, int>;
    std::priority_queue<Entry> queue;
    for (int i = 0; i < n; ++i) {
        if (m_assignment[at(i)] < 0) {
            int best = -1;
            queue.emplace(score(i, best), i);
        }
    }
    while (!queue.empty()) {
        const auto [key, i] = queue.top();
        queue.pop();
        int best = -1;
        const double regret = score(i, best);
        if (regret < key - kGain && !queue.empty() && regret < queue.top().first) {
            queue.emplace(regret, i);
            continue;
        }
        if (best >= 0) {
            place(i, best);
        }
    }
}

bool CapacitatedAssigner::shiftPass()
{
    bool improved = false;
    const int n = static_cast<int>(m_weight.size());
    for (int i = 0; i < n; ++i) {
        const double current = currentCost(i);
        const auto& list = m_ranked[at(i)];
        const std::size_t limit = std::min(list.size(), kNeighbours);
        for (std::size_t r = 0; r < limit; ++r) {
            const int j = list[r];
            if (m_cost.assign(i, j) >= current - kGain) {
                break;
            }
            if (m_residual[at(j)] + kFit >= m_weight[at(i)]) {
                place(i, j);
                improved = true;
                break;
            }
        }
    }
    return improved;
}

template <class Relocate> bool CapacitatedAssigner::displacementPass(Relocate relocate)
{
    // Zone i wants a better facility j that lacks room; a member k of j makes room by moving
    // to where `relocate` says (nullopt: not with this k).
    bool improved = false;
    const int n = static_cast<int>(m_weight.size());
    for (int i = 0; i < n; ++i) {
        const int a = m_assignment[at(i)];
        const double current = currentCost(i);
        const auto& list = m_ranked[at(i)];
        const std::size_t limit = std::min(list.size(), kNeighbours);
        bool moved = false;
        for (std::size_t r = 0; r < limit && !moved; ++r) {
            const int j = list[r];
            const double gainI = current - m_cost.assign(i, j);
            if (gainI <= kGain) {
                break;
            }
            if (j == a) {
                continue;
            }
            for (int k : m_members[at(j)]) {
                if (m_residual[at(j)] + m_weight[at(k)] + kFit < m_weight[at(i)]) {
                    continue;
                }
                if (const std::optional<int> to = relocate(i, a, j, k, gainI)) {
                    place(i, -1);
                    place(k, *to);
                    place(i, j);
                    improved = moved = true;
                    break;
                }
            }
        }
    }
    return improved;
}

bool CapacitatedAssigner::swapPass()
{
    // k takes i's old place a (or goes unserved when i had none).
    return displacementPass([this](int i, int a, int j, int k, double gainI) -> std::optional<int> {
        const double wk = m_weight[at(k)];
        if (a >= 0 && m_residual[at(a)] + m_weight[at(i)] + kFit < wk) {
            return std::nullopt;
        }
        const double costK = a >= 0 ? m_cost.assign(k, a) : m_cost.unserved(k);
        if (gainI - (costK - m_cost.assign(k, j)) > kGain) {
            return a;
        }
        return std::nullopt;
    });
}

bool CapacitatedAssigner::chainPass()
{
    // k moves on to a third facility b that has space.
    return displacementPass([this](int i, int a, int j, int k, double gainI) -> std::optional<int> {
        const double wk = m_weight[at(k)];
        const double costKj = m_cost.assign(k, j);
        const auto& listK = m_ranked[at(k)];
        const std::size_t limitK = std::min(listK.size(), kNeighbours);
        for (std::size_t q = 0; q < limitK; ++q) {
            const int b = listK[q];
            const double lossK = m_cost.assign(k, b) - costKj;
            if (gainI - lossK <= kGain) {
                break;
            }
            const double room = m_residual[at(b)] + (b == a ? m_weight[at(i)] : 0.0);
            if (b == j || room + kFit < wk) {
                continue;
            }
            return b;
        }
        return std::nullopt;
    });
}

void CapacitatedAssigner::descend(bool thorough)
{
    for (;;) {
        bool improved = shiftPass();
        if (!thorough) {
            if (!improved) {
                return;
            }
            continue;
        }
        improved = swapPass() || improved;
        if (!improved) {
            improved = chainPass();
        }
        if (!improved) {
            return;
        }
    }
}

double CapacitatedAssigner::total() const
{
    double sum = 0.0;
    for (int i = 0; i < static_cast<int>(m_weight.size()); ++i) {
        sum += currentCost(i);
    }
    return sum;
}

double CapacitatedAssigner::solve(
    const std::vector<double>& capacity, std::vector<int>& assignment, bool thorough)
{
    const int n = static_cast<int>(m_weight.size());
    m_residual = capacity;
    m_assignment.assign(at(n), -1);
    m_members.assign(at(m_facilities), {});
    construct();
    descend(thorough);
    assignment = m_assignment;
    return total();
}

double CapacitatedAssigner::polish(const std::vector<double>& capacity,
    std::vector<int>& assignment, int rounds, std::mt19937_64& random)
{
    const int n = static_cast<int>(m_weight.size());
    m_residual = capacity;
    m_assignment.assign(at(n), -1);
    m_members.assign(at(m_facilities), {});
    for (int i = 0; i < n; ++i) {
        if (assignment[at(i)] >= 0) {
            place(i, assignment[at(i)]);
        }
    }
    double best = total();
    std::uniform_int_distribution<int> zone(0, std::max(0, n - 1));
    std::uniform_int_distribution<int> count(kMinRuin, kMaxRuin);
    for (int r = 0; r < rounds && n > 0; ++r) {
        const auto savedResidual = m_residual;
        const auto savedAssignment = m_assignment;
        const auto savedMembers = m_members;
        const int ruin = count(random);
        for (int k = 0; k < ruin; ++k) {
            place(zone(random), -1);
        }
        construct();
        descend(true);
        const double cost = total();
        if (cost <= best + kGain) {
            best = std::min(best, cost);
        } else {
            m_residual = savedResidual;
            m_assignment = savedAssignment;
            m_members = savedMembers;
        }
    }
    assignment = m_assignment;
    return best;
}

} // namespace seatplan::core
