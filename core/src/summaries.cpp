#include "analysis_context.h"

#include "seatplan/core/development.h"
#include "seatplan/core/errors.h"
#include "seatplan/core/quality_evaluation.h"

#include <cstdio>
#include <set>

namespace seatplan::core::detail {

namespace {

    constexpr const char* kCiteDev = "STANDARDS.md 5.2-5.3: 千人指标 -> classes -> land; 配套学校";
    constexpr const char* kCitePlot = "广东省义务教育标准化学校标准 (2013) 第三条 land per student";

    std::string num(double value)
    {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.6g", value);
        return buffer;
    }

    void landResults(const AnalysisContext& cx, Results& results)
    {
        const auto& st = cx.inputs.standards;
        std::unordered_map<std::string, const Plot*> plots;
        for (const auto& plot : cx.model.plots) {
            if (plot.areaM2 < 0)
                throw InvalidInput("plot '" + plot.id + "' has a negative area");
            plots.emplace(plot.id, &plot);
            PlotResult r;
            r.plotId = plot.id;
            r.areaM2 = plot.areaM2;
            r.landNeededM2 = plotLandNeeded(plot, st);
            r.adequate = plot.areaM2 >= r.landNeededM2;
            r.status = plot.status;
            r.note = plot.note;
            if (!r.adequate) {
                Flag f;
                f.ruleId = "plot.too_small";
                f.citation = kCitePlot;
                f.scope = Scope::Town;
                f.subjectKind = "plot";
                f.subjectId = plot.id;
                f.value = plot.areaM2;
                f.limit = r.landNeededM2;
                f.message = "Plot '" + plot.name + "' has " + num(plot.areaM2) + " m2; its "
                    + std::to_string(plot.plannedClasses) + "-class school needs "
                    + num(r.landNeededM2) + " m2.";
                results.flags.push_back(std::move(f));
            }
            results.plots.push_back(r);
        }
        for (const auto& d : cx.model.developments) {
            const Plot* plot = nullptr;
            if (!d.schoolPlotId.empty()) {
                const auto found = plots.find(d.schoolPlotId);
                if (found == plots.end())
                    throw InvalidInput(
                        "development '" + d.id + "' names unknown plot '" + d.schoolPlotId + "'");
                plot = found->second;
            }
            auto r = evaluateDevelopment(d, plot, st);
            if (!r.plotAdequate && (r.classes[0] > 0 || r.classes[1] > 0)) {
                Flag f;
                f.ruleId = "development.no_adequate_plot";
                f.citation = kCiteDev;
                f.scope = Scope::Town;
                f.subjectKind = "development";
                f.subjectId = d.id;
                f.value = r.plotAreaM2;
                f.limit = r.landNeededM2[0] + r.landNeededM2[1];
                f.message = "Development '" + d.name + "' needs " + num(r.seats[0])
                    + " primary and " + num(r.seats[1]) + " junior seats and " + num(f.limit)
                    + " m2 of school land; "
                    + (plot ? "its plot has " + num(plot->areaM2) + " m2." : "none is reserved.");
                results.flags.push_back(std::move(f));
            }
            results.developments.push_back(std::move(r));
        }
    }

    void workPlan(const AnalysisContext& cx, Results& results)
    {
        const auto& in = cx.inputs;
        const auto& st = in.standards;
        std::unordered_map<std::string, const CountyStatistics*> stats;
        for (const auto& s : in.countyStatistics)
            stats.emplace(s.countyCode, &s);
        const int last = cx.years - 1;
        for (std::size_t c = 0; c < in.counties.size(); ++c) {
            const auto& code = in.counties[c].code;
            const CountyStatistics* s = stats.count(code) ? stats[code] : nullptr;
            const auto add = [&](const char* key, std::optional<double> value, double target) {
                results.workPlan.push_back(
                    { code, key, value, target, value && *value >= target - 1e-9 });
            };
            add("workplan.enrolment_rate", s ? s->enrolmentRate : std::nullopt,
                st.targetEnrolmentRate);
            add("workplan.consolidation_rate", s ? s->consolidationRate : std::nullopt,
                st.targetConsolidationRate);
            add("workplan.migrant_public_share",
                s && s->migrantPublicShare ? s->migrantPublicShare : st.migrantPublicShare,
                st.targetMigrantPublicShare);
            add("workplan.disabled_enrolment", s ? s->disabledEnrolment : std::nullopt,
                st.targetDisabledEnrolment);
            // Derived from the schools: resource rooms where required, boarding schools in the
            // town with fewest, education groups.
            int needRoom = 0, haveRoom = 0;
            std::set<std::string> groups;
            std::unordered_map<std::size_t, int> boarding;
            for (std::size_t t = 0; t < in.towns.size(); ++t)
                if (cx.townCounty[t] == c)
                    boarding[t] = 0;
            for (std::size_t i = 0; i < cx.model.schools.size(); ++i) {
                const auto& school = cx.model.schools[i];
                if (school.countyCode != code)
                    continue;
                const auto& classes = cx.model.classes[i][static_cast<std::size_t>(last)];
                if (classes[0] + classes[1] == 0)
                    continue;
                if (school.disabledStudents >= st.resourceRoomMinDisabled) {
                    ++needRoom;
                    haveRoom += school.resourceRoom ? 1 : 0;
                }
                if (!school.eduGroup.empty())
                    groups.insert(school.eduGroup);
                if (school.boarding && school.isPublic)
                    ++boarding[cx.schoolTown[i]];
            }
            add("workplan.resource_room_min_disabled",
                needRoom > 0 ? static_cast<double>(haveRoom) / needRoom : 1.0, 1.0);
            int fewest = boarding.empty() ? 0 : 1 << 30;
            for (const auto& [town, count] : boarding)
                fewest = std::min(fewest, count);
            add("workplan.boarding_schools_per_town", fewest, st.boardingSchoolsPerTown);
            add("workplan.edu_groups_per_county", static_cast<double>(groups.size()),
                st.eduGroupsPerCounty);
        }
    }

    void ledger(const AnalysisContext& cx, Results& results)
    {
        const auto& in = cx.inputs;
        const auto& st = in.standards;
        auto& out = results.ledger;
        out.push_back(scenarioLedgerEntry(cx.scenario));
        out.push_back({ "projection.base_year", std::to_string(in.baseYear), "year",
            "census single-year ages (七普 2020)" });
        out.push_back({ "projection.last_year", std::to_string(in.lastYear), "year", "project" });
        out.push_back({ "projection.entry_share_older_births", num(st.entryShareOlderBirths()),
            "share of grade-1 entrants born in Y-7",
            "31 August cut-off: (12 - cutoff month) / 12 of births of Y-7, the rest of Y-6" });
        out.push_back({ "demand.disabled_children", "counted", "",
            "disabled children in ordinary schools (随班就读) are part of the cohorts and need "
            "ordinary seats; resource rooms are checked per school" });
        std::string variants;
        for (const auto v : cx.options.variants)
            variants += (variants.empty() ? "" : ",") + std::string(variantName(v));
        out.push_back({ "projection.variants", variants, "", "analysis options" });
        const auto count = [&](const char* key, std::size_t n, const char* what) {
            out.push_back({ key, std::to_string(n), what, "project inputs" });
        };
        count("inputs.zones", in.zones.size(), "zones");
        count("inputs.schools", cx.model.schools.size(), "schools (scenario)");
        count("inputs.catchments", cx.model.catchments.size(), "catchments (scenario)");
        count("inputs.births", in.births.size(), "area-year records");
        count("inputs.enrolment", in.enrolment.size(), "school-year-grade records");
        for (const auto& [county, ratios] : cx.demand.progressionRatios()) {
            std::string text;
            for (const double r : ratios)
                text += (text.empty() ? "" : ",") + (r >= 0 ? num(r) : std::string("-"));
            out.push_back({ "projection.progression_ratios." + county, text,
                "grade g -> g+1 (- = net migration used)", "enrolment history (教育事业统计)" });
        }
        for (const auto& info : Standards::catalogue())
            out.push_back({ info.key, st.valueText(info.key), info.unit, info.source });
        for (const auto l : { Level::Primary, Level::Junior })
            out.push_back({ "development.seats_per_1000_used." + std::string(levelName(l)),
                num(st.seatsPer1000(l)), "seats per 1000 residents",
                "override, or cohorts x birth rate x adjustment (STANDARDS.md 5.1)" });
    }

} // namespace

LedgerEntry scenarioLedgerEntry(const Scenario& scenario)
{
    return { "scenario", scenario.name, "",
        std::to_string(scenario.edits.size()) + " edits on parent '"
            + (scenario.parent.empty() ? std::string("-") : scenario.parent) + "'" };
}

void computeLandQualityLedger(const AnalysisContext& cx, Results& results)
{
    landResults(cx, results);
    evaluateQuality(cx.model.schools, cx.inputs.standards, results.quality, results.qualityCv);
    workPlan(cx, results);
    ledger(cx, results);
}

} // namespace seatplan::core::detail
