#include "analysis_context.h"

#include "seatplan/core/development.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace seatplan::core::detail {

namespace {

    // Citations, as in ../shared/STANDARDS.md.
    constexpr const char* kCiteCap = "教督〔2017〕6号 政府保障程度 4: 学校规模 <= 2000 / 2500";
    constexpr const char* kCiteBands = "MOE 班额: 56-65 大班额, >=66 超大班额; 国发〔2016〕40号";
    constexpr const char* kCiteClass = "教督〔2017〕6号 政府保障程度 5; 建标102-2002 第六条";
    constexpr const char* kCiteCapacity = "capacity = classes x standard class size (建标102-2002)";
    constexpr const char* kCiteSmall = "国办发〔2018〕27号 乡村小规模学校 (< 100 students)";
    constexpr const char* kCiteBoarding = "梅州 2021 work plan: >= 1 boarding school per town";
    constexpr const char* kCiteResource = "普通学校特殊教育资源教室建设指南 (2016): >= 5 disabled";
    constexpr const char* kCiteLand = "广东省义务教育标准化学校标准 (2013) 第三条; 教育用地预留";
    constexpr const char* kCiteDev = "STANDARDS.md 5.2-5.3: 千人指标, 配套学校用地";
    constexpr const char* kCiteGroups = "梅州 2021 work plan: >= 2 education groups per county";
    constexpr const char* kCiteCoverage = "义务教育法 第十二条 就近入学: every zone in a catchment";

    std::string num(double value)
    {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.4g", value);
        return buffer;
    }

    Flag make(std::string rule, const char* citation, Scope scope, std::string kind, std::string id,
        double value, double limit, std::string message)
    {
        Flag f;
        f.ruleId = std::move(rule);
        f.citation = citation;
        f.scope = scope;
        f.subjectKind = std::move(kind);
        f.subjectId = std::move(id);
        f.value = value;
        f.limit = limit;
        f.message = std::move(message);
        return f;
    }

    void schoolFlags(const AnalysisContext& cx, std::vector<Flag>& flags)
    {
        const auto& st = cx.inputs.standards;
        for (std::size_t s = 0; s < cx.model.schools.size(); ++s) {
            const auto& school = cx.model.schools[s];
            if (school.openingYear && *school.openingYear > cx.inputs.baseYear)
                continue; // base-data checks are about schools that exist
            const double students = school.students[0] + school.students[1];
            const double cap = st.schoolCapFor(school.type);
            if (students > cap)
                flags.push_back(make("school.over_cap", kCiteCap, Scope::School, "school",
                    school.id, students, cap,
                    "School '" + school.name + "' has " + num(students)
                        + " students, above the cap of " + num(cap) + " (大校额)."));
            // One class-size flag per school, the most severe band. A school teaching both
            // levels is held to the larger standard: its largest class may be a junior one.
            const double size = school.maxClassSize;
            const bool junior = schoolTeaches(school.type, Level::Junior);
            const double standard = st.classSize[junior ? 1 : 0];
            if (size >= st.oversizedClass)
                flags.push_back(make("class.oversized", kCiteBands, Scope::School, "school",
                    school.id, size, st.oversizedClass,
                    "School '" + school.name + "' has a class of " + num(size)
                        + " students (超大班额, >= " + num(st.oversizedClass) + ")."));
            else if (size >= st.largeClass)
                flags.push_back(make("class.large", kCiteBands, Scope::School, "school", school.id,
                    size, st.largeClass,
                    "School '" + school.name + "' has a class of " + num(size)
                        + " students (大班额, >= " + num(st.largeClass) + ")."));
            else if (size > standard)
                flags.push_back(make("class.above_standard", kCiteClass, Scope::School, "school",
                    school.id, size, standard,
                    "School '" + school.name + "' has a class of " + num(size)
                        + " students, above the standard " + num(standard) + "."));
            if (school.isPublic && cx.schoolRural[s] && students < st.ruralSmallSchool
                && schoolTeaches(school.type, Level::Primary))
                flags.push_back(make("school.rural_small", kCiteSmall, Scope::School, "school",
                    school.id, students, st.ruralSmallSchool,
                    "Rural school '" + school.name + "' has only " + num(students)
                        + " students (乡村小规模学校)."));
            if (school.disabledStudents >= st.resourceRoomMinDisabled && !school.resourceRoom)
                flags.push_back(make("school.no_resource_room", kCiteResource, Scope::School,
                    "school", school.id, school.disabledStudents, st.resourceRoomMinDisabled,
                    "School '" + school.name + "' enrols " + num(school.disabledStudents)
                        + " disabled students but has no resource room."));
        }
    }

    void townAndCountyFlags(const AnalysisContext& cx, std::vector<Flag>& flags)
    {
        const auto& in = cx.inputs;
        const auto& st = in.standards;
        const int last = cx.years - 1;
        std::vector<int> boarding(in.towns.size(), 0);
        std::vector<std::set<std::string>> groups(in.counties.size());
        for (std::size_t s = 0; s < cx.model.schools.size(); ++s) {
            const auto& school = cx.model.schools[s];
            const auto& classes = cx.model.classes[s][static_cast<std::size_t>(last)];
            const bool open = classes[0] + classes[1] > 0;
            if (open && school.isPublic && school.boarding)
                ++boarding[cx.schoolTown[s]];
            if (open && !school.eduGroup.empty())
                groups[cx.townCounty[cx.schoolTown[s]]].insert(school.eduGroup);
        }
        for (std::size_t t = 0; t < in.towns.size(); ++t)
            if (boarding[t] < st.boardingSchoolsPerTown)
                flags.push_back(make("town.no_boarding_school", kCiteBoarding, Scope::Town, "town",
                    in.towns[t].code, boarding[t], st.boardingSchoolsPerTown,
                    "Town '" + in.towns[t].name + "' has no public boarding school."));
        for (std::size_t c = 0; c < in.counties.size(); ++c)
            if (static_cast<double>(groups[c].size()) < st.eduGroupsPerCounty)
                flags.push_back(make("county.few_edu_groups", kCiteGroups, Scope::County, "county",
                    in.counties[c].code, static_cast<double>(groups[c].size()),
                    st.eduGroupsPerCounty,
                    "County '" + in.counties[c].name + "' has " + std::to_string(groups[c].size())
                        + " education groups."));
    }

    void balanceFlags(const AnalysisContext& cx, const Results& results, std::vector<Flag>& flags)
    {
        // One flag per subject, level and variant: the first year over, the worst value.
        // Rows come in runs of one subject, level and variant over the requested years.
        const auto run = static_cast<std::size_t>(results.lastYear - results.firstYear + 1);
        const auto firstOver = [&](const std::vector<BalanceRow>& rows, auto over, auto emit) {
            for (std::size_t i = 0; i < rows.size(); i += run) {
                const BalanceRow* first = nullptr;
                const BalanceRow* worst = nullptr;
                for (std::size_t j = i; j < i + run && j < rows.size(); ++j) {
                    if (!over(rows[j]))
                        continue;
                    if (!first)
                        first = &rows[j];
                    if (!worst || over(rows[j]) > over(*worst))
                        worst = &rows[j];
                }
                if (first)
                    emit(*first, *worst);
            }
        };
        firstOver(
            results.schools,
            [](const BalanceRow& r) { return r.utilisation > 1 ? r.utilisation : 0; },
            [&](const BalanceRow& first, const BalanceRow& worst) {
                Flag f = make("school.over_capacity", kCiteCapacity, Scope::School, "school",
                    first.id, worst.utilisation, 1.0,
                    "School '" + first.id + "' is over capacity from " + std::to_string(first.year)
                        + " (utilisation up to " + num(worst.utilisation * 100) + "%).");
                f.year = first.year;
                f.variant = first.variant;
                f.level = first.level;
                flags.push_back(std::move(f));
            });
        // Catchments with a shortfall and no reserved plot in them (or in their town).
        std::set<std::string> plotCatchments, plotTowns;
        for (const auto& plot : cx.model.plots) {
            plotCatchments.insert(plot.catchmentIds.begin(), plot.catchmentIds.end());
            if (plot.catchmentIds.empty())
                plotTowns.insert(plot.townCode);
        }
        std::unordered_map<std::string, std::size_t> catchmentIndex;
        for (std::size_t c = 0; c < cx.model.catchments.size(); ++c)
            catchmentIndex.emplace(cx.model.catchments[c].id, c);
        const auto catchmentTown = [&](const std::string& id) -> std::string {
            const auto& c = cx.model.catchments[catchmentIndex.at(id)];
            if (!c.schools.empty())
                return cx.model.schools[cx.schoolIndex.at(c.schools.front().schoolId)].townCode;
            if (!c.zones.empty())
                return cx.inputs.zones[cx.zoneIndex.at(c.zones.front().zoneId)].townCode;
            return {};
        };
        firstOver(
            results.catchments, [](const BalanceRow& r) { return r.shortfall; },
            [&](const BalanceRow& first, const BalanceRow& worst) {
                if (plotCatchments.count(first.id) || plotTowns.count(catchmentTown(first.id)))
                    return;
                Flag f = make("catchment.shortfall_no_land", kCiteLand, Scope::Catchment,
                    "catchment", first.id, worst.shortfall, 0,
                    "Catchment '" + first.id + "' lacks " + num(worst.shortfall) + " seats (from "
                        + std::to_string(first.year) + ") and has no reserved school land.");
                f.year = first.year;
                f.variant = first.variant;
                f.level = first.level;
                flags.push_back(std::move(f));
            });
    }

    void coverageFlags(const AnalysisContext& cx, std::vector<Flag>& flags)
    {
        // Only where catchments of that level exist in the zone's county: a project without
        // catchments is balanced by town instead.
        const auto& in = cx.inputs;
        std::vector<double> covered(in.zones.size() * kLevelCount, 0.0);
        std::vector<char> countyHas(in.counties.size() * kLevelCount, 0);
        for (const auto& c : cx.model.catchments)
            for (const auto& z : c.zones) {
                const auto zi = cx.zoneIndex.at(z.zoneId);
                const auto l = static_cast<std::size_t>(c.level);
                covered[zi * kLevelCount + l] += z.share;
                countyHas[cx.townCounty[cx.zoneTown[zi]] * kLevelCount + l] = 1;
            }
        for (std::size_t z = 0; z < in.zones.size(); ++z)
            for (int l = 0; l < kLevelCount; ++l) {
                const double share = covered[z * kLevelCount + l];
                if (share < 1 - 1e-6
                    && countyHas[cx.townCounty[cx.zoneTown[z]] * kLevelCount
                        + static_cast<std::size_t>(l)]
                    && in.zones[z].population > 0) {
                    Flag f = make("zone.uncovered", kCiteCoverage, Scope::Town, "zone",
                        in.zones[z].id, share, 1,
                        "Zone '" + in.zones[z].name + "' is only " + num(share * 100) + "% in a "
                            + std::string(levelName(static_cast<Level>(l))) + " catchment.");
                    f.level = static_cast<Level>(l);
                    flags.push_back(std::move(f));
                }
            }
    }

} // namespace

void computeBaseFlags(const AnalysisContext& cx, Results& results)
{
    schoolFlags(cx, results.flags);
    townAndCountyFlags(cx, results.flags);
}

void computeBalanceFlags(const AnalysisContext& cx, Results& results)
{
    balanceFlags(cx, results, results.flags);
    coverageFlags(cx, results.flags);
}

bool isBalanceFlag(const Flag& flag)
{
    return flag.ruleId == "school.over_capacity" || flag.ruleId == "catchment.shortfall_no_land"
        || flag.ruleId == "zone.uncovered";
}

} // namespace seatplan::core::detail
