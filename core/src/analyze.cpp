#include "seatplan/core/analyze.h"

#include "analysis_context.h"
#include "seatplan/core/errors.h"

#include <algorithm>
#include <optional>

namespace seatplan::core {

namespace detail {

    namespace {

        template <typename T, typename Key>
        std::unordered_map<std::string, std::size_t> indexBy(
            const std::vector<T>& items, Key key, const char* kind)
        {
            std::unordered_map<std::string, std::size_t> index;
            for (std::size_t i = 0; i < items.size(); ++i)
                if (!index.emplace(key(items[i]), i).second)
                    throw InvalidInput(
                        std::string("duplicate ") + kind + " '" + key(items[i]) + "'");
            return index;
        }

        std::size_t lookup(const std::unordered_map<std::string, std::size_t>& index,
            const std::string& code, const std::string& who, const char* kind)
        {
            const auto found = index.find(code);
            if (found == index.end())
                throw InvalidInput(who + " names unknown " + kind + " '" + code + "'");
            return found->second;
        }

    } // namespace

    AnalysisContext::AnalysisContext(const PlanningInputs& in, const Scenario& sc,
        const AnalysisOptions& op, const ScenarioModel& m, const DemandProjection& d)
        : inputs(in)
        , scenario(sc)
        , options(op)
        , model(m)
        , demand(d)
        , years(in.lastYear - in.baseYear + 1)
    {
        zoneIndex = indexBy(
            in.zones, [](const Zone& z) { return z.id; }, "zone id");
        townIndex = indexBy(
            in.towns, [](const Town& t) { return t.code; }, "town code");
        countyIndex = indexBy(
            in.counties, [](const County& c) { return c.code; }, "county code");
        schoolIndex = indexBy(
            m.schools, [](const School& s) { return s.id; }, "school id");
        for (const auto& town : in.towns)
            townCounty.push_back(
                lookup(countyIndex, town.countyCode, "town '" + town.code + "'", "county"));
        for (const auto& zone : in.zones) {
            zoneTown.push_back(lookup(townIndex, zone.townCode, "zone '" + zone.id + "'", "town"));
            if (in.towns[zoneTown.back()].countyCode != zone.countyCode)
                throw InvalidInput("zone '" + zone.id + "' lies in town '" + zone.townCode
                    + "' of county '" + in.towns[zoneTown.back()].countyCode
                    + "' but names county '" + zone.countyCode + "'");
        }
        capacity.assign(m.schools.size() * static_cast<std::size_t>(years) * kLevelCount, 0.0);
        for (std::size_t s = 0; s < m.schools.size(); ++s) {
            const auto& school = m.schools[s];
            schoolTown.push_back(
                lookup(townIndex, school.townCode, "school '" + school.id + "'", "town"));
            schoolRural.push_back(!in.towns[schoolTown.back()].urban);
            if (!school.isPublic)
                continue;
            for (int y = 0; y < years; ++y)
                for (int l = 0; l < kLevelCount; ++l)
                    capacity[(s * years + y) * kLevelCount + l] = m.classes[s][y][l]
                        * in.standards.standardClassSize(static_cast<Level>(l), schoolRural[s]);
        }
        for (const auto& c : m.catchments) {
            for (const auto& share : c.zones) {
                lookup(zoneIndex, share.zoneId, "catchment '" + c.id + "'", "zone");
                if (share.share < 0 || share.share > 1)
                    throw InvalidInput("catchment '" + c.id + "': the share of zone '"
                        + share.zoneId + "' must be in 0-1");
            }
            for (const auto& share : c.schools) {
                lookup(schoolIndex, share.schoolId, "catchment '" + c.id + "'", "school");
                if (share.share < 0)
                    throw InvalidInput("catchment '" + c.id + "': the share of school '"
                        + share.schoolId + "' is negative");
            }
        }
    }

    Results run(const PlanningInputs& in, const Scenario& scenario, const AnalysisOptions& options,
        const ScenarioModel& model, const DemandProjection& demand, BalanceState& state,
        std::stop_token stop)
    {
        Results results;
        results.scenario = scenario.name;
        results.firstYear = options.firstYear ? options.firstYear : in.baseYear;
        results.lastYear = options.lastYear ? options.lastYear : in.lastYear;
        results.variants = options.variants;
        AnalysisContext context(in, scenario, options, model, demand);
        context.stop = std::move(stop);
        computeBalance(context, results, state);
        throwIfStopped(context.stop);
        computeBaseFlags(context, results);
        computeLandQualityLedger(context, results);
        throwIfStopped(context.stop);
        computeBalanceFlags(context, results); // last: see isBalanceFlag()
        return results;
    }

    /// Returns the catchments that differ, or nothing when an update cannot replace a full
    /// run (schools, classes or the list of catchments changed).
    std::optional<std::vector<std::size_t>> changedCatchmentsOnly(
        const ScenarioModel& before, const ScenarioModel& after)
    {
        if (before.classes != after.classes || before.schools.size() != after.schools.size()
            || before.catchments.size() != after.catchments.size() || before.plots != after.plots)
            return std::nullopt;
        for (std::size_t s = 0; s < before.schools.size(); ++s) {
            const auto& a = before.schools[s];
            const auto& b = after.schools[s];
            if (a.id != b.id || a.type != b.type || a.isPublic != b.isPublic
                || a.townCode != b.townCode || a.boarding != b.boarding
                || a.openingYear != b.openingYear || a.closingYear != b.closingYear)
                return std::nullopt;
        }
        std::vector<std::size_t> changed;
        for (std::size_t c = 0; c < before.catchments.size(); ++c) {
            if (before.catchments[c].id != after.catchments[c].id)
                return std::nullopt;
            if (!(before.catchments[c] == after.catchments[c]))
                changed.push_back(c);
        }
        return changed;
    }

    void checkOptions(const PlanningInputs& in, const AnalysisOptions& options)
    {
        in.standards.validate();
        const int first = options.firstYear ? options.firstYear : in.baseYear;
        const int last = options.lastYear ? options.lastYear : in.lastYear;
        if (first < in.baseYear || last > in.lastYear || first > last)
            throw InvalidInput("years " + std::to_string(first) + "-" + std::to_string(last)
                + " lie outside the projection " + std::to_string(in.baseYear) + "-"
                + std::to_string(in.lastYear));
        if (options.variants.empty())
            throw InvalidInput("no projection variant requested");
    }

} // namespace detail

Results analyze(const PlanningInputs& inputs, const Scenario& scenario,
    const AnalysisOptions& options, std::stop_token stop)
{
    detail::checkOptions(inputs, options);
    detail::throwIfStopped(stop);
    const auto model = detail::applyScenario(inputs, scenario);
    const DemandProjection demand(inputs, model.developments, options.variants);
    detail::throwIfStopped(stop);
    detail::BalanceState state;
    return detail::run(inputs, scenario, options, model, demand, state, std::move(stop));
}

/// What the Analyzer keeps from its last run.
struct Analyzer::Cache {
    detail::ScenarioModel model;
    std::unique_ptr<DemandProjection> demand;
    detail::BalanceState balance;
    Results results;
};

Analyzer::Analyzer(PlanningInputs inputs, AnalysisOptions options)
    : m_inputs(std::move(inputs))
    , m_options(std::move(options))
{
}

Analyzer::~Analyzer() = default;

const Results& Analyzer::analyze(const Scenario& scenario, std::stop_token stop)
{
    detail::checkOptions(m_inputs, m_options);
    detail::throwIfStopped(stop);
    auto model = detail::applyScenario(m_inputs, scenario);
    if (m_cache && model.developments == m_cache->model.developments) {
        if (const auto changed = detail::changedCatchmentsOnly(m_cache->model, model)) {
            // Only catchments changed: update their rows, the build plan and balance flags.
            try {
                const detail::AnalysisContext context(
                    m_inputs, scenario, m_options, model, *m_cache->demand);
                auto& results = m_cache->results;
                detail::updateBalance(context, *changed, results, m_cache->balance);
                const auto balanceFlags = std::find_if(
                    results.flags.begin(), results.flags.end(), detail::isBalanceFlag);
                results.flags.erase(balanceFlags, results.flags.end());
                detail::computeBalanceFlags(context, results);
                results.scenario = scenario.name;
                results.ledger.front() = detail::scenarioLedgerEntry(scenario);
                m_cache->model = std::move(model);
                return results;
            } catch (...) {
                m_cache.reset(); // a half-updated cache must not serve the next call
                throw;
            }
        }
    }
    auto cache = std::make_unique<Cache>();
    if (m_cache && model.developments == m_cache->model.developments)
        cache->demand = std::move(m_cache->demand);
    else
        cache->demand
            = std::make_unique<DemandProjection>(m_inputs, model.developments, m_options.variants);
    cache->model = std::move(model);
    m_cache.reset();
    detail::throwIfStopped(stop);
    cache->results = detail::run(m_inputs, scenario, m_options, cache->model, *cache->demand,
        cache->balance, std::move(stop));
    m_cache = std::move(cache);
    return m_cache->results;
}

} // namespace seatplan::core
