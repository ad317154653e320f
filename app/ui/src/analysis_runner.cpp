#include "seatplan/ui/analysis_runner.h"

#include "catchment_contiguity.h"

#include "seatplan/core/errors.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>

#include <exception>

namespace seatplan::ui {

AnalysisRunner::AnalysisRunner(QObject* context, Publish publish)
    : m_context(context)
    , m_publish(std::move(publish))
    , m_latest(std::make_shared<std::atomic<std::uint64_t>>(0))
    , m_cancelled(std::make_shared<std::atomic<std::uint64_t>>(0))
{
    m_pool.setMaxThreadCount(1); // one analyzer, used by one job at a time, in order
}

AnalysisRunner::~AnalysisRunner()
{
    cancel();
    m_pool.waitForDone();
}

void AnalysisRunner::setInputs(const std::shared_ptr<const core::PlanningInputs>& inputs,
    const core::AnalysisOptions& options, std::shared_ptr<render::CatchmentDissolver> dissolver)
{
    cancel();
    // A job still running keeps its own analyzer alive through the shared_ptr.
    m_analyzer = inputs ? std::make_shared<core::Analyzer>(*inputs, options) : nullptr;
    m_contiguity = std::make_shared<CatchmentContiguity>(std::move(dissolver));
}

void AnalysisRunner::submit(const core::Scenario& scenario)
{
    if (!m_analyzer)
        return;
    m_stop.request_stop(); // the running job stops at its next check
    const std::uint64_t generation = ++*m_latest;
    m_stop = std::stop_source();
    m_pool.start([this, generation, latest = m_latest, cancelled = m_cancelled,
                     stop = m_stop.get_token(), hook = m_startHook, analyzer = m_analyzer,
                     contiguity = m_contiguity, context = m_context, scenario] {
        if (latest->load() != generation)
            return; // superseded before it started
        if (hook)
            hook();
        AnalysisOutcome outcome;
        try {
            outcome.results
                = std::make_shared<const core::Results>(analyzer->analyze(scenario, stop));
        } catch (const core::Cancelled&) {
            ++*cancelled; // a newer edit arrived: nothing to publish
            return;
        } catch (const std::exception& e) {
            outcome.error = QString::fromStdString(e.what());
        }
        if (latest->load() != generation)
            return; // superseded while it ran
        try {
            outcome.fragmented = contiguity->fragmented(analyzer->inputs(), scenario);
        } catch (const std::exception&) {
            // A zone GEOS cannot read: no contiguity marks, the balance still shows.
        }
        if (latest->load() != generation)
            return;
        // Delivered on the context's thread; discarded by Qt if the context is gone, so
        // `this` (owned by the context) is alive when it runs.
        QMetaObject::invokeMethod(
            context,
            [this, generation, outcome = std::move(outcome)]() mutable {
                if (generation != m_latest->load())
                    return;
                m_published = generation;
                m_publish(std::move(outcome));
            },
            Qt::QueuedConnection);
    });
}

void AnalysisRunner::cancel()
{
    m_stop.request_stop();
    m_published = ++*m_latest;
}

void AnalysisRunner::wait()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(m_context, QEvent::MetaCall);
}

} // namespace seatplan::ui
