#pragma once

#include "seatplan/core/siting/siting_cost.h"

#include <random>
#include <vector>

namespace seatplan::core {

/**
 * The inner subproblem of the siting heuristic: given the seats each facility has (0 when
 * closed), assign every zone to exactly one facility (or leave it unserved) without exceeding
 * any capacity, at least cost. A generalised assignment problem, solved by regret-greedy
 * construction and a local search over shifts, swaps and two-step ejection chains.
 *
 * Owns scratch buffers; one instance per thread.
 */
class CapacitatedAssigner {
public:
    /// `weights` are the zones' children; `cost` must outlive the assigner.
    CapacitatedAssigner(const SitingCost& cost, std::vector<double> weights, int facilities);

    /// Assigns every zone for the given capacities; returns the total cost and fills
    /// `assignment` (facility index or -1 for unserved). Without `thorough` only shifts are
    /// tried after construction (a quick estimate for ranking moves on large problems).
    double solve(
        const std::vector<double>& capacity, std::vector<int>& assignment, bool thorough = true);

    /**
     * Improves a feasible `assignment` for `capacity` by ruin and recreate: `rounds` times, a
     * few random zones are unassigned, re-inserted by regret and the local search re-run; a
     * round is kept when it costs no more. Returns the new total cost; updates `assignment`.
     */
    double polish(const std::vector<double>& capacity, std::vector<int>& assignment, int rounds,
        std::mt19937_64& random);

    /// Returns the reachable facilities of `zone`, the nearest (by cost) first in order; past
    /// the first few dozen the order is arbitrary.
    const std::vector<int>& ranked(int zone) const
    {
        return m_ranked[static_cast<std::size_t>(zone)];
    }

private:
    double currentCost(int zone) const;
    void place(int zone, int facility);
    void construct();
    void descend(bool thorough);
    double total() const;
    bool shiftPass();
    template <class Relocate> bool displacementPass(Relocate relocate);
    bool swapPass();
    bool chainPass();

    const SitingCost& m_cost;
    std::vector<double> m_weight;
    int m_facilities = 0;
    std::vector<std::vector<int>> m_ranked;

    // Scratch state of one solve().
    std::vector<double> m_residual;
    std::vector<int> m_assignment;
    std::vector<std::vector<int>> m_members;
};

} // namespace seatplan::core
