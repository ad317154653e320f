#pragma once

#include "seatplan/core/analyze.h"
#include "seatplan/core/planning_inputs.h"
#include "seatplan/core/results.h"
#include "seatplan/core/scenario.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <stop_token>
#include <string>

namespace seatplan::render {
class CatchmentDissolver;
}

namespace seatplan::ui {

class CatchmentContiguity;

/// What one re-analysis publishes.
struct AnalysisOutcome {
    std::shared_ptr<const core::Results> results; ///< null when the analysis threw
    QString error; ///< why there are no results
    /// catchment id -> pieces, for catchments whose zones are not contiguous
    std::map<std::string, int> fragmented;
};

/**
 * Runs PlanDocument's re-analysis on one worker thread, so the GUI thread only writes the
 * journal and keeps taking edits while the seat balance is recomputed.
 *
 * Each submit() copies the scenario and bumps a generation counter; a job that is no longer
 * the newest when it starts or finishes is dropped, so a newer edit supersedes an older
 * computation and only the newest scenario's results are published. A newer submit() (or
 * cancel()) also requests a stop on the running job's std::stop_token: the analysis stops at
 * its next cheap check with core::Cancelled, which the job counts (cancelledJobs()) and drops
 * without an error. The worker keeps one
 * core::Analyzer (with its incremental cache) per set of inputs; the pool has one thread, so
 * the analyzer is never used by two jobs at once. `publish` runs on the thread of `context`
 * (the GUI thread), through its event loop, with the results or, when the analysis threw,
 * null and the error message.
 *
 * Owned by the document; GUI thread only. The destructor waits for a running job.
 */
class AnalysisRunner {
public:
    using Publish = std::function<void(AnalysisOutcome)>;

    AnalysisRunner(QObject* context, Publish publish);
    ~AnalysisRunner();
    AnalysisRunner(const AnalysisRunner&) = delete;
    AnalysisRunner& operator=(const AnalysisRunner&) = delete;

    /// Uses `inputs` from the next submit() on (null = nothing can be analysed), with the
    /// zones' dissolver shared with the map for the contiguity check (null = no check); drops
    /// any pending job. Builds the analyzer (a copy of the inputs) on the calling thread.
    void setInputs(const std::shared_ptr<const core::PlanningInputs>& inputs,
        const core::AnalysisOptions& options,
        std::shared_ptr<render::CatchmentDissolver> dissolver);
    bool hasInputs() const { return m_analyzer != nullptr; }
    /// Queues the analysis of `scenario`; supersedes every earlier job.
    void submit(const core::Scenario& scenario);
    /// Drops every pending or running job (their results are never published).
    void cancel();
    /// True while the newest submitted job has not been published.
    bool busy() const { return m_published != m_latest->load(); }
    /// Blocks until the newest job finished and publishes it (tests, bench).
    void wait();
    /// Jobs whose analysis stopped with core::Cancelled because a newer edit arrived.
    std::uint64_t cancelledJobs() const { return m_cancelled->load(); }
    /// Runs on the worker as each job is about to analyse (tests: hold a job while it runs).
    /// Set it before submit(); empty = none.
    void setJobStartHook(std::function<void()> hook) { m_startHook = std::move(hook); }

private:
    QObject* m_context;
    Publish m_publish;
    std::shared_ptr<core::Analyzer> m_analyzer;
    std::shared_ptr<CatchmentContiguity> m_contiguity;
    std::shared_ptr<std::atomic<std::uint64_t>> m_latest;
    std::shared_ptr<std::atomic<std::uint64_t>> m_cancelled;
    std::stop_source m_stop; // of the newest job; requested when it is superseded
    std::function<void()> m_startHook;
    std::uint64_t m_published = 0;
    QThreadPool m_pool; // last: destroyed (joined) first
};

} // namespace seatplan::ui
