#include "seatplan/core/scenario.h"

#include "scenario_model.h"
#include "seatplan/core/errors.h"

#include <algorithm>
#include <unordered_map>

namespace seatplan::core {

bool editAffectsDemand(const ScenarioEdit& edit)
{
    return std::holds_alternative<DevelopmentEdit>(edit);
}

namespace detail {

    namespace {

        template <typename T>
        std::unordered_map<std::string, std::size_t> indexById(
            const std::vector<T>& items, const char* kind)
        {
            std::unordered_map<std::string, std::size_t> index;
            for (std::size_t i = 0; i < items.size(); ++i)
                if (!index.emplace(items[i].id, i).second)
                    throw InvalidInput(
                        std::string("duplicate ") + kind + " id '" + items[i].id + "'");
            return index;
        }

        std::size_t find(const std::unordered_map<std::string, std::size_t>& index,
            const std::string& id, const char* kind, const std::string& scenario)
        {
            const auto found = index.find(id);
            if (found == index.end())
                throw InvalidInput(
                    "scenario '" + scenario + "' edits unknown " + kind + " '" + id + "'");
            return found->second;
        }

        /// A dated change of one school's classes, applied in year order after the base.
        struct ClassChange {
            int year;
            std::size_t order;
            bool replace; ///< conversion (replace) or expansion (add)
            std::array<int, kLevelCount> classes;
            SchoolType type;
        };

    } // namespace

    ScenarioModel applyScenario(const PlanningInputs& in, const Scenario& scenario)
    {
        ScenarioModel model;
        model.schools = in.schools;
        model.catchments = in.catchments;
        model.developments = in.developments;
        model.plots = in.plots;
        auto schoolIndex = indexById(model.schools, "school");
        auto catchmentIndex = indexById(model.catchments, "catchment");
        auto developmentIndex = indexById(model.developments, "development");
        const auto plotIndex = indexById(model.plots, "plot");
        std::vector<std::vector<ClassChange>> changes(model.schools.size());
        std::vector<std::size_t> removedCatchments, removedDevelopments;

        for (std::size_t order = 0; order < scenario.edits.size(); ++order) {
            const auto& edit = scenario.edits[order];
            if (const auto* add = std::get_if<NewSchoolEdit>(&edit)) {
                if (!schoolIndex.emplace(add->school.id, model.schools.size()).second)
                    throw InvalidInput("scenario '" + scenario.name + "' adds school '"
                        + add->school.id + "', which already exists");
                model.schools.push_back(add->school);
                changes.emplace_back();
            } else if (const auto* grow = std::get_if<ExpansionEdit>(&edit)) {
                const auto i = find(schoolIndex, grow->schoolId, "school", scenario.name);
                changes[i].push_back({ grow->year, order, false, grow->addClasses, {} });
            } else if (const auto* close = std::get_if<ClosureEdit>(&edit)) {
                auto& school
                    = model.schools[find(schoolIndex, close->schoolId, "school", scenario.name)];
                school.closingYear
                    = school.closingYear ? std::min(*school.closingYear, close->year) : close->year;
            } else if (const auto* convert = std::get_if<ConversionEdit>(&edit)) {
                const auto i = find(schoolIndex, convert->schoolId, "school", scenario.name);
                changes[i].push_back(
                    { convert->year, order, true, convert->classes, convert->newType });
            } else if (const auto* ce = std::get_if<CatchmentEdit>(&edit)) {
                const auto found = catchmentIndex.find(ce->catchment.id);
                if (ce->remove) {
                    removedCatchments.push_back(
                        find(catchmentIndex, ce->catchment.id, "catchment", scenario.name));
                } else if (found != catchmentIndex.end()) {
                    model.catchments[found->second] = ce->catchment;
                    std::erase(removedCatchments, found->second);
                } else {
                    catchmentIndex.emplace(ce->catchment.id, model.catchments.size());
                    model.catchments.push_back(ce->catchment);
                }
            } else if (const auto* pe = std::get_if<PlotStatusEdit>(&edit)) {
                auto& plot = model.plots[find(plotIndex, pe->plotId, "plot", scenario.name)];
                plot.status = pe->status;
                plot.note = pe->note;
            } else if (const auto* de = std::get_if<DevelopmentEdit>(&edit)) {
                const auto found = developmentIndex.find(de->development.id);
                if (de->remove) {
                    removedDevelopments.push_back(
                        find(developmentIndex, de->development.id, "development", scenario.name));
                } else if (found != developmentIndex.end()) {
                    model.developments[found->second] = de->development;
                    std::erase(removedDevelopments, found->second);
                } else {
                    developmentIndex.emplace(de->development.id, model.developments.size());
                    model.developments.push_back(de->development);
                }
            }
        }

        const int years = in.lastYear - in.baseYear + 1;
        model.classes.resize(model.schools.size());
        for (std::size_t i = 0; i < model.schools.size(); ++i) {
            auto& school = model.schools[i];
            auto& dated = changes[i];
            std::stable_sort(dated.begin(), dated.end(),
                [](const ClassChange& a, const ClassChange& b) { return a.year < b.year; });
            for (int l = 0; l < kLevelCount; ++l)
                if (school.classes[l] < 0 || school.students[l] < 0)
                    throw InvalidInput(
                        "school '" + school.id + "' has a negative number of classes or students");
            auto current = school.classes;
            std::size_t next = 0;
            model.classes[i].resize(years);
            for (int y = 0; y < years; ++y) {
                const int year = in.baseYear + y;
                for (; next < dated.size() && dated[next].year <= year; ++next) {
                    for (int l = 0; l < kLevelCount; ++l)
                        current[l] = dated[next].replace
                            ? dated[next].classes[l]
                            : std::max(0, current[l] + dated[next].classes[l]);
                }
                const bool open = (!school.openingYear || *school.openingYear <= year)
                    && (!school.closingYear || *school.closingYear > year);
                model.classes[i][y] = open ? current : std::array<int, kLevelCount> {};
            }
            // A conversion also changes the school's type for the rest of the analysis.
            for (const auto& change : dated)
                if (change.replace)
                    school.type = change.type;
        }

        // Remove deleted catchments and developments, keeping the others' order.
        const auto erase = [](auto& items, std::vector<std::size_t> gone) {
            std::sort(gone.begin(), gone.end());
            gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
            for (auto it = gone.rbegin(); it != gone.rend(); ++it)
                items.erase(items.begin() + static_cast<std::ptrdiff_t>(*it));
        };
        erase(model.catchments, removedCatchments);
        erase(model.developments, removedDevelopments);
        return model;
    }

} // namespace detail

} // namespace seatplan::core
