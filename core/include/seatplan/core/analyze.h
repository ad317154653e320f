#pragma once

#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/results.h"
#include "seatplan/core/scenario.h"

#include <memory>
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
 */
Results analyze(
    const PlanningInputs& inputs, const Scenario& scenario, const AnalysisOptions& options = {});

class DemandProjection;

/**
 * Repeated analysis of one project for interactive editing: keeps the demand projection of
 * the last call and reuses it while the scenario's demand-side edits (developments) are
 * unchanged, so re-analysis after a catchment or school edit costs only the balance.
 * Results are identical to analyze(). Owns a copy of the inputs. Not thread-safe: one
 * instance per thread (the app keeps one on its analysis worker).
 */
class Analyzer {
public:
    explicit Analyzer(PlanningInputs inputs, AnalysisOptions options = {});
    ~Analyzer();
    Analyzer(const Analyzer&) = delete;
    Analyzer& operator=(const Analyzer&) = delete;

    /// Returns analyze(inputs(), scenario, options()), reusing the cached projection if valid.
    Results analyze(const Scenario& scenario);

    const PlanningInputs& inputs() const { return m_inputs; }
    const AnalysisOptions& options() const { return m_options; }

private:
    PlanningInputs m_inputs;
    AnalysisOptions m_options;
    std::vector<Development> m_cachedDevelopments;
    std::unique_ptr<DemandProjection> m_cachedDemand;
};

} // namespace seatplan::core
