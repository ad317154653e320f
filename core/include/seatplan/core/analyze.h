#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/results.h"
#include "seatplan/core/scenario.h"

#include <memory>
#include <stop_token>
#include <vector>

namespace seatplan::core {

/// What analyze() computes and returns.
struct AnalysisOptions {
    /// Years returned in the tables; 0 = PlanningInputs::baseYear / lastYear.
    int firstYear = 0;
    int lastYear = 0;
    /// Variants computed; default all three.
    std::vector<Variant> variants { Variant::Low, Variant::Medium, Variant::High };
    /// Also return the per-zone demand table (large: zones x levels x years x variants).
    bool zoneDemand = false;
};

/**
 * Analyses `inputs` under `scenario`: demand projection, supply, balance per school,
 * catchment, town and county, the build plan, flags, development and plot land, 优质均衡
 * evaluation, work-plan targets and the assumptions ledger.
 *
 * Pure and deterministic: the same arguments give the same Results (rows in input order).
 * Throws InvalidInput for bad data (unknown ids, duplicate ids, invalid standards, negative
 * counts, a year range outside base..last) with a message naming the object and field.
 *
 * Cooperative cancel: `stop` is polled at cheap points (before and after the projection,
 * once per variant and year of the balance, between the flag and ledger steps); once a stop
 * is requested it throws Cancelled. A default token never stops; the result is the same.
 * The token may be requested from any thread.
 */
Results analyze(const PlanningInputs& inputs, const Scenario& scenario,
    const AnalysisOptions& options = {}, std::stop_token stop = {});

/**
 * Repeated analysis of one project for interactive editing. It keeps the last run: the demand
 * projection is reused while the scenario's developments are unchanged, and when only
 * existing catchments changed (the drawn-catchment edit) it updates just those catchments,
 * the schools they touch, the build plan and the balance flags. Results equal analyze()'s.
 * Owns a copy of the inputs. Not thread-safe: one instance per thread (the app keeps one on
 * its analysis worker).
 */
class Analyzer {
public:
    explicit Analyzer(PlanningInputs inputs, AnalysisOptions options = {});
    ~Analyzer();
    Analyzer(const Analyzer&) = delete;
    Analyzer& operator=(const Analyzer&) = delete;

    /// Returns analyze(inputs(), scenario, options(), stop). The reference stays valid until
    /// the next call or the Analyzer's destruction; copy it to keep it. Throws like analyze()
    /// (the cache is then dropped). A catchment update (a few ms) polls `stop` only before it
    /// starts, so a Cancelled update keeps the cache; a cancelled full run drops it.
    const Results& analyze(const Scenario& scenario, std::stop_token stop = {});

    const PlanningInputs& inputs() const { return m_inputs; }
    const AnalysisOptions& options() const { return m_options; }

private:
    struct Cache;
    PlanningInputs m_inputs;
    AnalysisOptions m_options;
    std::unique_ptr<Cache> m_cache;
};

} // namespace seatplan::core
