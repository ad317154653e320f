#pragma once

#include "scenario_model.h"
#include "seatplan/core/analyze.h"
#include "seatplan/core/demand_projection.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace seatplan::core::detail {

/// Indices and per-year capacities shared by the balance, flag and ledger steps of one
/// analysis. Private to core; built once per analyze() call.
struct AnalysisContext {
    const PlanningInputs& inputs;
    const Scenario& scenario;
    const AnalysisOptions& options;
    const ScenarioModel& model;
    const DemandProjection& demand;
    int years = 0; ///< baseYear..lastYear
    std::unordered_map<std::string, std::size_t> zoneIndex, townIndex, countyIndex, schoolIndex;
    std::vector<std::size_t> zoneTown; ///< zone -> town index
    std::vector<std::size_t> schoolTown; ///< school -> town index
    std::vector<std::size_t> townCounty; ///< town -> county index
    std::vector<bool> schoolRural;
    /// capacity[(school * years + y) * kLevelCount + l], public seats (0 for private schools)
    std::vector<double> capacity;

    AnalysisContext(const PlanningInputs& in, const Scenario& sc, const AnalysisOptions& op,
        const ScenarioModel& m, const DemandProjection& d);

    double schoolCapacity(std::size_t school, int y, int level) const
    {
        return capacity[(school * static_cast<std::size_t>(years) + static_cast<std::size_t>(y))
                * kLevelCount
            + static_cast<std::size_t>(level)];
    }
};

/// Fills the balance tables and the build plan of `results`.
void computeBalance(const AnalysisContext& context, Results& results);
/// Appends every flag (base data, balance, land) to `results.flags`.
void computeFlags(const AnalysisContext& context, Results& results);
/// Fills developments, plots, quality, work plan and the ledger.
void computeLandQualityLedger(const AnalysisContext& context, Results& results);

} // namespace seatplan::core::detail
