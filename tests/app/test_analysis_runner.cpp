// The worker's re-analysis: a burst of edits publishes only the newest result, and the job
// running when a newer edit arrives is stopped through its cancel token (counted, not timed).
#include "seatplan/ui/analysis_runner.h"
#include "seatplan/ui/project_loader.h"

#include "test_paths.h"

#include <QObject>

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <future>
#include <vector>

using namespace seatplan;

namespace {

std::shared_ptr<const core::PlanningInputs> sampleInputs(const seatplan::test::TempDir& dir)
{
    const auto data = seatplan::test::sourceDir() / "data";
    std::filesystem::copy_file(data / "meizhou.gpkg", dir / "meizhou.gpkg");
    std::filesystem::copy_file(data / "meizhou.population.tif", dir / "meizhou.population.tif");
    return ui::loadProject(QString::fromStdString((dir / "meizhou.gpkg").string())).inputs;
}

core::Scenario named(const std::string& name)
{
    core::Scenario scenario;
    scenario.name = name;
    return scenario;
}

} // namespace

TEST_CASE("A burst of edits publishes only the last result and cancels the running job",
    "[app][analysis_runner]")
{
    seatplan::test::TempDir dir;
    const auto inputs = sampleInputs(dir);
    REQUIRE(inputs != nullptr);
    QObject context;
    std::vector<ui::AnalysisOutcome> published;
    ui::AnalysisRunner runner(
        &context, [&](ui::AnalysisOutcome outcome) { published.push_back(std::move(outcome)); });
    runner.setInputs(inputs, {}, nullptr);

    // The first job, once running, waits until the newer edits were submitted.
    std::promise<void> started;
    std::promise<void> go;
    const auto released = go.get_future().share();
    std::atomic<int> jobs { 0 };
    runner.setJobStartHook([&] {
        if (jobs++ == 0) {
            started.set_value();
            released.wait();
        }
    });
    runner.submit(named("first"));
    started.get_future().wait();
    runner.submit(named("second")); // supersedes "first" while it runs
    runner.submit(named("last")); // "second" is dropped before it starts
    go.set_value();
    runner.wait();

    REQUIRE(published.size() == 1);
    REQUIRE(published.front().results != nullptr);
    CHECK(published.front().results->scenario == "last");
    CHECK(published.front().error.isEmpty());
    CHECK(runner.cancelledJobs() == 1); // "first" stopped through its token
    CHECK(jobs.load() == 2); // "first" and "last" ran; "second" never started
    CHECK_FALSE(runner.busy());
}

TEST_CASE("A single edit is analysed to the end and nothing is cancelled", "[app][analysis_runner]")
{
    seatplan::test::TempDir dir;
    const auto inputs = sampleInputs(dir);
    REQUIRE(inputs != nullptr);
    QObject context;
    std::vector<ui::AnalysisOutcome> published;
    ui::AnalysisRunner runner(
        &context, [&](ui::AnalysisOutcome outcome) { published.push_back(std::move(outcome)); });
    runner.setInputs(inputs, {}, nullptr);
    runner.submit(named("only"));
    runner.wait();
    REQUIRE(published.size() == 1);
    REQUIRE(published.front().results != nullptr);
    CHECK(published.front().results->scenario == "only");
    CHECK_FALSE(published.front().results->schools.empty());
    CHECK(runner.cancelledJobs() == 0);
}
