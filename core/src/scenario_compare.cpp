#include "seatplan/core/scenario_compare.h"

#include "scenario_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <type_traits>

namespace seatplan::core {

namespace {

    using RowKey = std::tuple<Scope, std::string, Level, Variant, int>;
    using FlagKey = std::tuple<std::string, std::string, std::string, std::optional<int>,
        std::optional<Variant>, std::optional<Level>>;

    RowKey keyOf(const BalanceRow& row)
    {
        return { row.scope, row.id, row.level, row.variant, row.year };
    }

    FlagKey keyOf(const Flag& flag)
    {
        return { flag.ruleId, flag.subjectKind, flag.subjectId, flag.year, flag.variant,
            flag.level };
    }

    bool differs(double x, double y)
    {
        // Relative tolerance: the same inputs summed in another order differ in the last bits.
        constexpr double kRelativeTolerance = 1e-9;
        return std::abs(x - y) > kRelativeTolerance * std::max({ 1.0, std::abs(x), std::abs(y) });
    }

    template <typename Row> bool selected(const Row& row, const CompareOptions& options)
    {
        if constexpr (std::is_same_v<Row, Flag>) {
            return (!options.year || !row.year || *row.year == *options.year)
                && (!options.variant || !row.variant || *row.variant == *options.variant);
        } else {
            return (!options.year || row.year == *options.year)
                && (!options.variant || row.variant == *options.variant);
        }
    }

    std::vector<BalanceChange> compareRows(const std::vector<BalanceRow>& a,
        const std::vector<BalanceRow>& b, const CompareOptions& options)
    {
        std::map<RowKey, std::size_t> inB;
        for (std::size_t i = 0; i < b.size(); ++i)
            if (selected(b[i], options))
                inB.emplace(keyOf(b[i]), i);
        std::vector<BalanceChange> out;
        std::set<std::size_t> matched;
        const auto start = [](const BalanceRow& row) {
            BalanceChange change;
            change.scope = row.scope;
            change.id = row.id;
            change.level = row.level;
            change.variant = row.variant;
            change.year = row.year;
            return change;
        };
        const auto setB = [](BalanceChange& change, const BalanceRow& row) {
            change.presentB = true;
            change.demandB = row.demand;
            change.capacityB = row.capacity;
            change.utilisationB = row.utilisation;
            change.shortfallB = row.shortfall;
        };
        for (const BalanceRow& row : a) {
            if (!selected(row, options))
                continue;
            BalanceChange change = start(row);
            change.presentA = true;
            change.demandA = row.demand;
            change.capacityA = row.capacity;
            change.utilisationA = row.utilisation;
            change.shortfallA = row.shortfall;
            if (const auto found = inB.find(keyOf(row)); found != inB.end()) {
                setB(change, b[found->second]);
                matched.insert(found->second);
            }
            out.push_back(change);
        }
        for (std::size_t i = 0; i < b.size(); ++i) {
            if (!selected(b[i], options) || matched.count(i))
                continue;
            BalanceChange change = start(b[i]);
            setB(change, b[i]);
            out.push_back(change);
        }
        return out;
    }

    void appendMissing(const std::vector<Flag>& from, const std::vector<Flag>& other, bool added,
        const CompareOptions& options, std::vector<FlagChange>& out)
    {
        std::set<FlagKey> present;
        for (const Flag& flag : other)
            present.insert(keyOf(flag));
        for (const Flag& flag : from)
            if (selected(flag, options) && !present.count(keyOf(flag)))
                out.push_back({ flag, added });
    }

    using ZoneSchools = std::map<std::pair<std::string, Level>, std::set<std::string>>;

    ZoneSchools zoneSchools(const PlanningInputs& inputs, const Scenario& scenario)
    {
        ZoneSchools out;
        for (const Catchment& catchment : detail::applyScenario(inputs, scenario).catchments)
            for (const ZoneShare& zone : catchment.zones) {
                if (zone.share <= 0)
                    continue;
                auto& schools = out[{ zone.zoneId, catchment.level }];
                for (const SchoolShare& school : catchment.schools)
                    schools.insert(school.schoolId);
            }
        return out;
    }

} // namespace

bool BalanceChange::changed() const
{
    return presentA != presentB || differs(demandA, demandB) || differs(capacityA, capacityB)
        || differs(shortfallA, shortfallB);
}

ScenarioComparison compareResults(const Results& a, const Results& b, const CompareOptions& options)
{
    ScenarioComparison out;
    out.scenarioA = a.scenario;
    out.scenarioB = b.scenario;
    out.schools = compareRows(a.schools, b.schools, options);
    out.catchments = compareRows(a.catchments, b.catchments, options);
    appendMissing(a.flags, b.flags, false, options, out.flags);
    appendMissing(b.flags, a.flags, true, options, out.flags);
    return out;
}

std::vector<ZoneChange> changedZones(const PlanningInputs& inputsA, const Scenario& scenarioA,
    const PlanningInputs& inputsB, const Scenario& scenarioB)
{
    const ZoneSchools a = zoneSchools(inputsA, scenarioA);
    const ZoneSchools b = zoneSchools(inputsB, scenarioB);
    std::set<std::pair<std::string, Level>> keys;
    for (const auto& [key, schools] : a)
        keys.insert(key);
    for (const auto& [key, schools] : b)
        keys.insert(key);
    std::vector<ZoneChange> out;
    const std::set<std::string> none;
    for (const auto& key : keys) {
        const auto inA = a.find(key);
        const auto inB = b.find(key);
        const auto& schoolsA = inA == a.end() ? none : inA->second;
        const auto& schoolsB = inB == b.end() ? none : inB->second;
        if (schoolsA != schoolsB)
            out.push_back({ key.first, key.second, { schoolsA.begin(), schoolsA.end() },
                { schoolsB.begin(), schoolsB.end() } });
    }
    return out;
}

} // namespace seatplan::core
