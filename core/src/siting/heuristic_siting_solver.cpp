#include "seatplan/core/siting/heuristic_siting_solver.h"

#include "capacitated_assigner.h"
#include "seatplan/core/siting/siting_cost.h"
#include "seatplan/core/siting/siting_problem.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <unordered_map>

namespace seatplan::core {

namespace {

    using Clock = std::chrono::steady_clock;

    constexpr double kGain = 1e-9; // smallest improvement a move must bring
    // Neighbourhoods up to this many moves are scored exactly; larger ones are ranked by a
    // capacity-aware estimate and only the best kShortlist are scored exactly.
    constexpr std::size_t kExactMoves = 400;
    constexpr std::size_t kShortlist = 12;
    // How many nearest facilities of a zone the estimates look at.
    constexpr std::size_t kEstimateNeighbours = 24;
    constexpr int kMaxShake = 3; // largest number of random swaps in one shake
    constexpr int kPolishRounds = 60; // ruin-and-recreate rounds on each local optimum
    constexpr int kLargePolishRounds = 3; // the same on large problems
    constexpr double kLargeProblem = 2.0e5; // zones x facilities from which a problem is large

    std::size_t at(int index)
    {
        return static_cast<std::size_t>(index);
    }

    /// Which size each candidate is built at (SitingSolution::kClosed when not built).
    using Configuration = std::vector<int>;

    struct Move {
        double estimate = 0.0;
        int close = -1; // candidate to close, or -1
        int open = -1; // candidate to open (or resize), or -1
        int size = -1;
    };

    class Search {
    public:
        Search(const SitingProblem& problem, const HeuristicSitingOptions& options)
            : m_problem(problem)
            , m_options(options)
            , m_cost(problem)
            , m_assigner(m_cost, weights(problem), problem.facilityCount())
            , m_existing(static_cast<int>(problem.existing.size()))
            , m_random(options.seed)
            , m_start(Clock::now())
            , m_large(static_cast<double>(problem.zoneCount()) * problem.facilityCount()
                  > kLargeProblem)
        {
        }

        HeuristicSitingResult run();

    private:
        static std::vector<double> weights(const SitingProblem& problem)
        {
            std::vector<double> w;
            for (const DemandZone& zone : problem.zones) {
                w.push_back(zone.children);
            }
            return w;
        }

        bool stopped()
        {
            if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
                m_cancelled = true;
                return true;
            }
            return seconds() > m_options.timeLimitSeconds;
        }
        double seconds() const
        {
            return std::chrono::duration<double>(Clock::now() - m_start).count();
        }

        std::vector<double> capacities(const Configuration& config) const;
        double evaluate(const Configuration& config, std::vector<int>* assignment = nullptr);
        int classesUsed(const Configuration& config) const;
        int openCount(const Configuration& config) const;
        int largestSize(int candidate, int classesLeft) const;
        bool fullyCovered(const std::vector<int>& assignment) const;
        std::vector<double> addGains(
            const Configuration& config, const std::vector<int>& assignment);
        bool bestMove(std::vector<Move> moves, Configuration& config, double& cost);
        bool addStep(Configuration& config, double& cost);
        void localSearch(Configuration& config, double& cost);
        void shake(Configuration& config, int swaps);
        double polish(const Configuration& config);
        void dropRedundant(Configuration& config, double& cost);
        SitingSolution finish(const Configuration& config);

        const SitingProblem& m_problem;
        const HeuristicSitingOptions& m_options;
        SitingCost m_cost;
        CapacitatedAssigner m_assigner;
        int m_existing = 0;
        std::mt19937_64 m_random;
        Clock::time_point m_start;
        bool m_cancelled = false;
        // Large problems score configurations with the quick assignment (construction and
        // shifts); only local optima get the full local search (polish). Every score is the
        // cost of a real feasible assignment, so the two kinds compare fairly.
        bool m_large = false;
        std::unordered_map<std::string, std::pair<double, std::vector<int>>> m_cache;
    };

    std::vector<double> Search::capacities(const Configuration& config) const
    {
        std::vector<double> capacity(at(m_problem.facilityCount()), 0.0);
        for (int j = 0; j < m_existing; ++j) {
            capacity[at(j)] = std::min(m_problem.existing[at(j)].capacity, m_problem.schoolSizeCap);
        }
        for (std::size_t c = 0; c < config.size(); ++c) {
            if (config[c] != SitingSolution::kClosed) {
                capacity[at(m_existing) + c] = std::min(
                    m_problem.candidates[c].sizes[at(config[c])].seats, m_problem.schoolSizeCap);
            }
        }
        return capacity;
    }

    double Search::evaluate(const Configuration& config, std::vector<int>* assignment)
    {
        std::string key(reinterpret_cast<const char*>(config.data()), config.size() * sizeof(int));
        auto found = m_cache.find(key);
        if (found == m_cache.end()) {
            std::vector<int> assigned;
            const double cost = m_assigner.solve(capacities(config), assigned, !m_large);
            found
                = m_cache.emplace(std::move(key), std::make_pair(cost, std::move(assigned))).first;
        }
        if (assignment) {
            *assignment = found->second.second;
        }
        return found->second.first;
    }

    int Search::classesUsed(const Configuration& config) const
    {
        int classes = 0;
        for (std::size_t c = 0; c < config.size(); ++c) {
            if (config[c] != SitingSolution::kClosed) {
                classes += m_problem.candidates[c].sizes[at(config[c])].classes;
            }
        }
        return classes;
    }

    int Search::openCount(const Configuration& config) const
    {
        return static_cast<int>(std::count_if(
            config.begin(), config.end(), [](int s) { return s != SitingSolution::kClosed; }));
    }

    int Search::largestSize(int candidate, int classesLeft) const
    {
        int best = -1;
        const auto& sizes = m_problem.candidates[at(candidate)].sizes;
        for (int s = 0; s < static_cast<int>(sizes.size()); ++s) {
            if (sizes[at(s)].classes <= classesLeft
                && (best < 0 || sizes[at(s)].seats > sizes[at(best)].seats)) {
                best = s;
            }
        }
        return best;
    }

    bool Search::fullyCovered(const std::vector<int>& assignment) const
    {
        for (int i = 0; i < m_problem.zoneCount(); ++i) {
            if (m_problem.zones[at(i)].children <= 0.0) {
                continue;
            }
            const int j = assignment[at(i)];
            if (j < 0 || m_problem.distances.at(i, j) > m_problem.serviceRadius) {
                return false;
            }
        }
        return true;
    }

    std::vector<double> Search::addGains(
        const Configuration& config, const std::vector<int>& assignment)
    {
        // What opening each closed candidate alone would save: the zones that prefer it,
        // best saving per child first, until its seats are full.
        std::vector<std::vector<std::pair<double, double>>> offers(config.size());
        for (int i = 0; i < m_problem.zoneCount(); ++i) {
            const int j = assignment[at(i)];
            const double current = j < 0 ? m_cost.unserved(i) : m_cost.assign(i, j);
            const auto& ranked = m_assigner.ranked(i);
            const std::size_t limit = std::min(ranked.size(), kEstimateNeighbours);
            for (std::size_t r = 0; r < limit; ++r) {
                const int f = ranked[r];
                const double saving = current - m_cost.assign(i, f);
                if (saving <= 0.0) {
                    break;
                }
                if (f >= m_existing && config[at(f - m_existing)] == SitingSolution::kClosed) {
                    offers[at(f - m_existing)].emplace_back(
                        saving, m_problem.zones[at(i)].children);
                }
            }
        }
        std::vector<double> gains(config.size(), 0.0);
        for (std::size_t c = 0; c < config.size(); ++c) {
            auto& list = offers[c];
            std::sort(list.begin(), list.end(), [](const auto& x, const auto& y) {
                return x.first * y.second > y.first * x.second;
            });
            double room = 0.0;
            for (const SizeOption& size : m_problem.candidates[c].sizes) {
                room = std::max(room, std::min(size.seats, m_problem.schoolSizeCap));
            }
            for (const auto& [saving, children] : list) {
                if (children > room) {
                    continue;
                }
                room -= children;
                gains[c] += saving;
            }
        }
        return gains;
    }

    bool Search::bestMove(std::vector<Move> moves, Configuration& config, double& cost)
    {
        // Most promising first; the first exact improvement is taken (first improvement
        // scores far fewer configurations than best improvement for the same final quality).
        std::stable_sort(moves.begin(), moves.end(),
            [](const Move& x, const Move& y) { return x.estimate < y.estimate; });
        if (moves.size() > kExactMoves) {
            moves.resize(kShortlist);
        }
        double bestCost = cost - kGain * std::max(1.0, std::abs(cost));
        const Move* best = nullptr;
        Configuration trial = config;
        for (const Move& move : moves) {
            if (stopped()) {
                break;
            }
            if (move.close >= 0) {
                trial[at(move.close)] = SitingSolution::kClosed;
            }
            const int before = move.open >= 0 ? trial[at(move.open)] : SitingSolution::kClosed;
            if (move.open >= 0) {
                trial[at(move.open)] = move.size;
            }
            const double c = evaluate(trial);
            if (c < bestCost) {
                bestCost = c;
                best = &move;
                break;
            }
            if (move.open >= 0) {
                trial[at(move.open)] = before;
            }
            if (move.close >= 0) {
                trial[at(move.close)] = config[at(move.close)];
            }
        }
        if (!best) {
            return false;
        }
        if (best->close >= 0) {
            config[at(best->close)] = SitingSolution::kClosed;
        }
        if (best->open >= 0) {
            config[at(best->open)] = best->size;
        }
        cost = bestCost;
        return true;
    }

    bool Search::addStep(Configuration& config, double& cost)
    {
        if (openCount(config) >= m_problem.budget.maxNewSchools) {
            return false;
        }
        const int classesLeft = m_problem.budget.maxNewClasses
            ? *m_problem.budget.maxNewClasses - classesUsed(config)
            : std::numeric_limits<int>::max();
        std::vector<int> assignment;
        evaluate(config, &assignment);
        const std::vector<double> gains = addGains(config, assignment);
        std::vector<Move> moves;
        for (int c = 0; c < static_cast<int>(config.size()); ++c) {
            if (config[at(c)] == SitingSolution::kClosed) {
                const int size = largestSize(c, classesLeft);
                if (size >= 0) {
                    moves.push_back({ -gains[at(c)], -1, c, size });
                }
            }
        }
        return bestMove(std::move(moves), config, cost);
    }

    void Search::localSearch(Configuration& config, double& cost)
    {
        const int classBudget
            = m_problem.budget.maxNewClasses.value_or(std::numeric_limits<int>::max());
        for (;;) {
            if (stopped()) {
                return;
            }
            std::vector<int> assignment;
            evaluate(config, &assignment);
            const std::vector<double> gains = addGains(config, assignment);
            // What closing each open candidate would lose: its zones fall back to their next
            // open facility (ignoring capacity) or go unserved.
            std::vector<double> losses(config.size(), 0.0);
            for (int i = 0; i < m_problem.zoneCount(); ++i) {
                const int j = assignment[at(i)];
                if (j < m_existing) {
                    continue;
                }
                double fallback = m_cost.unserved(i);
                for (int f : m_assigner.ranked(i)) {
                    if (f != j && (f < m_existing || config[at(f - m_existing)] >= 0)) {
                        fallback = std::min(fallback, m_cost.assign(i, f));
                        break;
                    }
                }
                losses[at(j - m_existing)] += fallback - m_cost.assign(i, j);
            }
            const int used = classesUsed(config);
            std::vector<Move> moves;
            for (int a = 0; a < static_cast<int>(config.size()); ++a) {
                if (config[at(a)] == SitingSolution::kClosed) {
                    continue;
                }
                const int freed = m_problem.candidates[at(a)].sizes[at(config[at(a)])].classes;
                for (int b = 0; b < static_cast<int>(config.size()); ++b) {
                    if (config[at(b)] != SitingSolution::kClosed) {
                        continue;
                    }
                    const int size = largestSize(b, classBudget - used + freed);
                    if (size >= 0) {
                        moves.push_back({ losses[at(a)] - gains[at(b)], a, b, size });
                    }
                }
                if (m_problem.budget.maxNewClasses) {
                    const auto& sizes = m_problem.candidates[at(a)].sizes;
                    for (int s = 0; s < static_cast<int>(sizes.size()); ++s) {
                        if (s != config[at(a)]
                            && used - freed + sizes[at(s)].classes <= classBudget) {
                            moves.push_back({ -1.0, -1, a, s });
                        }
                    }
                }
            }
            if (!bestMove(std::move(moves), config, cost)) {
                // No swap helps; a site may still be added if the budget allows.
                if (m_problem.objective == SitingObjective::MinCount || !addStep(config, cost)) {
                    return;
                }
            }
        }
    }

    void Search::shake(Configuration& config, int swaps)
    {
        const int classBudget
            = m_problem.budget.maxNewClasses.value_or(std::numeric_limits<int>::max());
        for (int k = 0; k < swaps; ++k) {
            std::vector<int> open;
            std::vector<int> closed;
            for (int c = 0; c < static_cast<int>(config.size()); ++c) {
                (config[at(c)] == SitingSolution::kClosed ? closed : open).push_back(c);
            }
            if (open.empty() || closed.empty()) {
                return;
            }
            const int a
                = open[std::uniform_int_distribution<std::size_t>(0, open.size() - 1)(m_random)];
            const int b = closed[std::uniform_int_distribution<std::size_t>(0, closed.size() - 1)(
                m_random)];
            const int freed = m_problem.candidates[at(a)].sizes[at(config[at(a)])].classes;
            const int size = largestSize(b, classBudget - classesUsed(config) + freed);
            if (size >= 0) {
                config[at(a)] = SitingSolution::kClosed;
                config[at(b)] = size;
            }
        }
    }

    double Search::polish(const Configuration& config)
    {
        // Re-solve the assignment of a local optimum harder and remember the better answer,
        // so that later comparisons see it.
        std::vector<int> assignment;
        evaluate(config, &assignment);
        std::string key(reinterpret_cast<const char*>(config.data()), config.size() * sizeof(int));
        auto& cached = m_cache[key];
        const double cost = m_assigner.polish(
            capacities(config), assignment, m_large ? kLargePolishRounds : kPolishRounds, m_random);
        if (cost < cached.first) {
            cached = { cost, std::move(assignment) };
        }
        return cached.first;
    }

    void Search::dropRedundant(Configuration& config, double& cost)
    {
        // MinCount: remove sites whose children the others can still take within the radius.
        for (int c = 0; c < static_cast<int>(config.size()); ++c) {
            if (config[at(c)] == SitingSolution::kClosed) {
                continue;
            }
            Configuration trial = config;
            trial[at(c)] = SitingSolution::kClosed;
            std::vector<int> assignment;
            const double trialCost = evaluate(trial, &assignment);
            if (fullyCovered(assignment)) {
                config = trial;
                cost = trialCost;
            }
        }
    }

    SitingSolution Search::finish(const Configuration& config)
    {
        SitingSolution solution;
        solution.candidateSize = config;
        evaluate(config, &solution.assignment);
        if (m_large) {
            // The search compared quick assignments; give the winner the full local search.
            std::vector<int> thorough;
            m_assigner.solve(capacities(config), thorough, true);
            const double cost
                = m_assigner.polish(capacities(config), thorough, kLargePolishRounds, m_random);
            if (cost < evaluate(config)) {
                solution.assignment = std::move(thorough);
            }
        }
        std::vector<double> load(at(m_problem.facilityCount()), 0.0);
        for (int i = 0; i < m_problem.zoneCount(); ++i) {
            const int j = solution.assignment[at(i)];
            if (j >= 0) {
                load[at(j)] += m_problem.zones[at(i)].children;
            } else if (m_problem.zones[at(i)].children <= 0.0) {
                // A zone without children fits anywhere: give it its nearest open school.
                for (int f : m_assigner.ranked(i)) {
                    if (f < m_existing || config[at(f - m_existing)] >= 0) {
                        solution.assignment[at(i)] = f;
                        break;
                    }
                }
            }
        }
        // Build each site only as large as the children it takes need.
        for (std::size_t c = 0; c < config.size(); ++c) {
            if (config[c] == SitingSolution::kClosed) {
                continue;
            }
            const auto& sizes = m_problem.candidates[c].sizes;
            const double need = load[at(m_existing) + c];
            int best = config[c];
            for (int s = 0; s < static_cast<int>(sizes.size()); ++s) {
                const double seats = std::min(sizes[at(s)].seats, m_problem.schoolSizeCap);
                if (seats + 1e-9 >= need && sizes[at(s)].classes < sizes[at(best)].classes) {
                    best = s;
                }
            }
            solution.candidateSize[c] = best;
        }
        return solution;
    }

    HeuristicSitingResult Search::run()
    {
        HeuristicSitingResult result;
        Configuration config(m_problem.candidates.size(), SitingSolution::kClosed);
        double cost = evaluate(config);
        for (;;) {
            if (m_problem.objective == SitingObjective::MinCount) {
                std::vector<int> assignment;
                evaluate(config, &assignment);
                if (fullyCovered(assignment)) {
                    break;
                }
            }
            if (stopped() || !addStep(config, cost)) {
                break;
            }
        }
        localSearch(config, cost);
        cost = polish(config);
        if (m_options.onImprovement) {
            m_options.onImprovement(cost);
        }
        Configuration best = config;
        double bestCost = cost;
        int sinceImprovement = 0;
        int strength = 1;
        while (!stopped()
            && (m_options.maxRoundsWithoutImprovement <= 0
                || sinceImprovement < m_options.maxRoundsWithoutImprovement)) {
            Configuration trial = best;
            shake(trial, strength);
            double trialCost = evaluate(trial);
            localSearch(trial, trialCost);
            trialCost = polish(trial);
            ++result.rounds;
            if (trialCost < bestCost - kGain * std::max(1.0, std::abs(bestCost))) {
                best = trial;
                bestCost = trialCost;
                sinceImprovement = 0;
                strength = 1;
                if (m_options.onImprovement) {
                    m_options.onImprovement(bestCost);
                }
            } else {
                ++sinceImprovement;
                strength = strength % kMaxShake + 1;
            }
            if (openCount(best) == 0) {
                break; // nothing to swap
            }
        }
        if (m_problem.objective == SitingObjective::MinCount) {
            dropRedundant(best, bestCost);
        }
        result.solution = finish(best);
        result.evaluation = evaluateSiting(m_problem, result.solution);
        result.cancelled = m_cancelled;
        result.seconds = seconds();
        return result;
    }

} // namespace

HeuristicSitingResult solveSitingHeuristic(
    const SitingProblem& problem, const HeuristicSitingOptions& options)
{
    problem.validate();
    Search search(problem, options);
    return search.run();
}

} // namespace seatplan::core
