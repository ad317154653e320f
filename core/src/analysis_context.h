#pragma once

#include "scenario_model.h"
#include "seatplan/core/analyze.h"
#include "seatplan/core/demand_projection.h"
#include "seatplan/core/errors.h"

#include <stop_token>
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
    /// Polled by the full run's steps (see throwIfStopped); default = never stops.
    std::stop_token stop;

    AnalysisContext(const PlanningInputs& in, const Scenario& sc, const AnalysisOptions& op,
        const ScenarioModel& m, const DemandProjection& d);

    double schoolCapacity(std::size_t school, int y, int level) const
    {
        return capacity[(school * static_cast<std::size_t>(years) + static_cast<std::size_t>(y))
                * kLevelCount
            + static_cast<std::size_t>(level)];
    }
};

/// Throws Cancelled once a stop was requested on `stop`: the analysis's cooperative cancel.
inline void throwIfStopped(const std::stop_token& stop)
{
    if (stop.stop_requested())
        throw Cancelled();
}

/// Demand and capacity of one subject, level, variant and year.
struct BalanceCell {
    double demand = 0;
    double capacity = 0;
};

/// Who is in which catchment, resolved to indices of the scenario model.
struct CatchmentLinks {
    struct Member {
        std::size_t index;
        double share;
    };
    std::vector<std::vector<Member>> zones; ///< per catchment
    std::vector<std::vector<Member>> schools; ///< per catchment
    std::vector<std::size_t> town; ///< per catchment; towns.size() when it has no member
    std::vector<double> covered; ///< [zone * kLevelCount + level], capped at 1
    std::vector<int> memberships; ///< [school * kLevelCount + level]: catchments naming it
};

/// What the balance keeps between runs so that the Analyzer can update it after a catchment
/// edit: cells of every school and catchment for all years and the positions of their rows.
struct BalanceState {
    CatchmentLinks links;
    std::vector<BalanceCell> schoolCells; ///< [((school * L + l) * V + v) * Y + y]
    std::vector<BalanceCell> catchmentCells; ///< same layout per catchment
    std::vector<std::size_t> schoolRowStart; ///< [school * L + l]; npos = no rows
};

/// Fills the balance tables, the build plan and (if asked) the zone demand of `results`.
void computeBalance(const AnalysisContext& context, Results& results, BalanceState& state);
/**
 * Updates `results` after the catchments at `changed` were edited; everything else (schools,
 * classes, developments, the set and order of catchments) is as in the run that made
 * `state`. Only the changed catchments, their schools and catchments sharing those schools
 * are recomputed; the build plan is redone.
 */
void updateBalance(const AnalysisContext& context, const std::vector<std::size_t>& changed,
    Results& results, BalanceState& state);
/// Appends the flags about base data (schools, towns, counties) to `results.flags`.
void computeBaseFlags(const AnalysisContext& context, Results& results);
/// Appends the flags that depend on catchments (over capacity, shortfall without land,
/// uncovered zones); isBalanceFlag() tells them apart.
void computeBalanceFlags(const AnalysisContext& context, Results& results);
/// Flags come in a fixed order: base-data flags, land flags, then balance flags (the Analyzer
/// replaces that last run after a catchment edit).
bool isBalanceFlag(const Flag& flag);
/// The ledger's first entry: the scenario's name, parent and number of edits.
LedgerEntry scenarioLedgerEntry(const Scenario& scenario);
/// Fills developments, plots, quality, work plan and the ledger.
void computeLandQualityLedger(const AnalysisContext& context, Results& results);

} // namespace seatplan::core::detail
