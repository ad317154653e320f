// Solves every OR-Library pmedcap1 instance with the siting heuristic and prints, per
// instance, the objective, the published optimum, the gap (%) and the time (s).
// Usage: siting_orlib_bench [FOLDER] (default: ../shared/data/benchmarks/orlib-pmedcap1).
#include "seatplan/core/siting/heuristic_siting_solver.h"
#include "seatplan/core/siting/orlib_instance.h"
#include "seatplan/core/siting/siting_problem.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

int main(int argc, char** argv)
{
    namespace fs = std::filesystem;
    using namespace seatplan::core;
    const fs::path folder = argc > 1
        ? fs::path(argv[1])
        : fs::path(SEATPLAN_SOURCE_DIR) / "../shared/data/benchmarks/orlib-pmedcap1";
    if (!fs::is_directory(folder)) {
        std::printf("siting_orlib_bench: %s not found, skipped\n", folder.string().c_str());
        return 0;
    }
    double worstGap = 0.0;
    double worstSeconds = 0.0;
    std::printf(
        "%-16s %10s %10s %8s %8s\n", "instance", "objective", "optimum", "gap_%", "seconds");
    for (int k = 1; k <= 10; ++k) {
        const fs::path file = folder / ("pmedcap1-" + std::to_string(k) + ".txt");
        if (!fs::exists(file)) {
            continue;
        }
        const OrLibInstance instance = OrLibInstance::readFile(file);
        const SitingProblem problem = instance.toSitingProblem();
        const HeuristicSitingResult result = solveSitingHeuristic(problem);
        const double objective = result.evaluation.weightedDistance;
        const double gap
            = 100.0 * (objective - instance.publishedOptimum) / instance.publishedOptimum;
        worstGap = std::max(worstGap, gap);
        worstSeconds = std::max(worstSeconds, result.seconds);
        std::printf("%-16s %10.2f %10.0f %8.3f %8.3f%s\n", file.filename().string().c_str(),
            objective, instance.publishedOptimum, gap, result.seconds,
            result.evaluation.feasible() && result.evaluation.childrenUnserved == 0.0
                ? ""
                : "  INFEASIBLE");
    }
    std::printf("worst gap: %.3f %%, worst time: %.3f s\n", worstGap, worstSeconds);
    return 0;
}
