#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/results.h"
#include "seatplan/core/scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace seatplan::core {

/// Which rows compareResults() keeps; nullopt = all.
struct CompareOptions {
    std::optional<int> year;
    std::optional<Variant> variant = Variant::Medium;
};

/// One school's or catchment's balance in scenario A and scenario B (students, seats; a
/// subject missing from a scenario has zeros there and present* false).
struct BalanceChange {
    Scope scope = Scope::School;
    std::string id;
    Level level = Level::Primary;
    Variant variant = Variant::Medium;
    int year = 0;
    bool presentA = false;
    bool presentB = false;
    double demandA = 0;
    double demandB = 0;
    double capacityA = 0;
    double capacityB = 0;
    double utilisationA = 0; ///< demand / capacity
    double utilisationB = 0;
    double shortfallA = 0;
    double shortfallB = 0;

    /// Returns true when presence, demand, capacity or shortfall differ (beyond rounding,
    /// 1e-9 relative).
    bool changed() const;
};

/// A flag raised in only one of the two scenarios.
struct FlagChange {
    Flag flag;
    bool added = false; ///< true: raised in B only; false: raised in A only (resolved)
};

/// A zone whose schools (at one level) differ between the scenarios' catchments.
struct ZoneChange {
    std::string zoneId;
    Level level = Level::Primary;
    std::vector<std::string> schoolsA; ///< sorted school ids serving the zone in A
    std::vector<std::string> schoolsB;
};

/// Scenario B against scenario A.
struct ScenarioComparison {
    std::string scenarioA;
    std::string scenarioB;
    std::vector<BalanceChange> schools; ///< A's row order, then rows only in B
    std::vector<BalanceChange> catchments;
    std::vector<FlagChange> flags; ///< flags resolved (A only), then flags added (B only)
    std::vector<ZoneChange> zones; ///< by zone id and level
};

/**
 * Compares two analyses row by row (school and catchment balance, matched by scope, id, level,
 * variant and year) and their flags (matched by rule, subject, year, variant and level),
 * keeping the rows `options` selects. Pure; any thread.
 */
ScenarioComparison compareResults(
    const Results& a, const Results& b, const CompareOptions& options = {});

/**
 * Returns the zones whose schools differ between scenario A and B: for each zone and level the
 * schools of every catchment holding a share of it, after each scenario's edits. Throws
 * InvalidInput like analyze() for an edit naming an unknown id. Pure; any thread.
 */
std::vector<ZoneChange> changedZones(const PlanningInputs& inputsA, const Scenario& scenarioA,
    const PlanningInputs& inputsB, const Scenario& scenarioB);

} // namespace seatplan::core
