// The analysis's cooperative cancel: a requested std::stop_token stops analyze() and the
// Analyzer with Cancelled; a token never requested changes nothing.
#include "planning_fixture.h"
#include "seatplan/core/analyze.h"
#include "seatplan/core/errors.h"

#include <catch2/catch.hpp>

#include <stop_token>

using namespace seatplan::core;

namespace {

Scenario redraw(const PlanningInputs& in)
{
    Scenario s;
    s.name = "redraw";
    auto c = in.catchments[0];
    c.zones.push_back({ "z2", 0.5 });
    s.edits.push_back(CatchmentEdit { c, false });
    return s;
}

void checkSame(const Results& a, const Results& b)
{
    CHECK(a.scenario == b.scenario);
    REQUIRE(a.catchments.size() == b.catchments.size());
    for (std::size_t i = 0; i < a.catchments.size(); ++i) {
        CHECK(a.catchments[i].id == b.catchments[i].id);
        CHECK(a.catchments[i].demand == b.catchments[i].demand);
        CHECK(a.catchments[i].capacity == b.catchments[i].capacity);
    }
    REQUIRE(a.schools.size() == b.schools.size());
    for (std::size_t i = 0; i < a.schools.size(); ++i)
        CHECK(a.schools[i].demand == b.schools[i].demand);
    CHECK(a.flags.size() == b.flags.size());
}

} // namespace

TEST_CASE("A cancelled analysis stops with Cancelled, not a data error", "[core][analyze]")
{
    const auto in = seatplan::test::tinyProject();
    std::stop_source source;
    source.request_stop();
    CHECK_THROWS_AS(analyze(in, redraw(in), {}, source.get_token()), Cancelled);
    try {
        analyze(in, redraw(in), {}, source.get_token());
    } catch (const InvalidInput&) {
        FAIL("a cancel is not bad input");
    } catch (const Cancelled& e) {
        CHECK(std::string(e.what()) == "analysis cancelled");
    }
}

TEST_CASE("A stop token never requested leaves the results unchanged", "[core][analyze]")
{
    const auto in = seatplan::test::tinyProject();
    std::stop_source source;
    const auto withToken = analyze(in, redraw(in), {}, source.get_token());
    const auto without = analyze(in, redraw(in));
    checkSame(withToken, without);
    CHECK_FALSE(withToken.catchments.empty());
}

TEST_CASE("A cancelled Analyzer run leaves it usable and still equal to analyze", "[core][analyze]")
{
    const auto in = seatplan::test::tinyProject();
    Analyzer analyzer(in);
    std::stop_source stopped;
    stopped.request_stop();
    // Cancelled first (full) run: nothing cached, the next run starts afresh.
    CHECK_THROWS_AS(analyzer.analyze(Scenario {}, stopped.get_token()), Cancelled);
    checkSame(analyzer.analyze(Scenario {}), analyze(in, Scenario {}));
    // Cancelled catchment update: the cache of the base run serves the next update.
    CHECK_THROWS_AS(analyzer.analyze(redraw(in), stopped.get_token()), Cancelled);
    checkSame(analyzer.analyze(redraw(in)), analyze(in, redraw(in)));
}
