#pragma once

#include "seatplan/core/siting/siting_solution.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace seatplan::core {

struct SitingProblem;

/// How long and how hard the heuristic searches.
struct HeuristicSitingOptions {
    /// Wall-clock budget in seconds; the best solution so far is returned when it runs out.
    double timeLimitSeconds = 1.5;
    /// Stops after this many shaking rounds without improvement (0 = only the time limit).
    int maxRoundsWithoutImprovement = 300;
    /// Seed of the random shaking; the same seed and problem give the same answer (unless the
    /// time limit cuts the search short).
    std::uint64_t seed = 20260601;
    /// When set and becoming true (from any thread), the search stops at the next check
    /// (within milliseconds) and returns the best solution found so far. Not owned.
    const std::atomic<bool>* cancel = nullptr;
    /// Called on the solving thread whenever a better solution is found, with its cost.
    std::function<void(double cost)> onImprovement;
};

/// What the heuristic returns: the best solution, its figures and how the search went.
struct HeuristicSitingResult {
    SitingSolution solution;
    SitingEvaluation evaluation;
    int rounds = 0; ///< shaking rounds performed
    double seconds = 0.0; ///< wall-clock time used
    bool cancelled = false; ///< stopped by the cancel flag
};

/**
 * Solves a capacitated location-allocation problem heuristically (anytime, cancellable).
 *
 * Greedy construction adds the site that lowers the cost most until the budget is spent; a
 * variable neighbourhood search then swaps open and closed sites, resizes open ones under a
 * class budget, and shakes the best solution with random swaps. Every configuration of sites
 * is scored by a capacitated single-source assignment: regret-greedy construction followed
 * by shift, swap and ejection-chain local search. MinCount runs Coverage with 0, 1, 2, ...
 * new schools and stops at the first count that covers everyone. Finally each open site is
 * shrunk to the smallest size option that still holds the children assigned to it.
 *
 * Runs on the calling thread. Throws InvalidInput when `problem.validate()` does.
 */
HeuristicSitingResult solveSitingHeuristic(
    const SitingProblem& problem, const HeuristicSitingOptions& options = {});

} // namespace seatplan::core
