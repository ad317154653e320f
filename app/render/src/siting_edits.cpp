#include "seatplan/render/siting_edits.h"

#include "seatplan/core/siting/siting_solution.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace seatplan::render {

namespace {

    /// The catchments of the run's scenario: the inputs' with its catchment edits applied.
    std::map<std::string, core::Catchment> scenarioCatchments(const LoadedScenario& loaded)
    {
        std::map<std::string, core::Catchment> out;
        for (const core::Catchment& c : loaded.inputs.catchments)
            out[c.id] = c;
        for (const core::ScenarioEdit& edit : loaded.scenario.edits) {
            if (const auto* change = std::get_if<core::CatchmentEdit>(&edit)) {
                if (change->remove)
                    out.erase(change->catchment.id);
                else
                    out[change->catchment.id] = change->catchment;
            }
        }
        return out;
    }

} // namespace

std::string sitedSchoolId(const std::string& plotId)
{
    return gis::kSitedSchoolPrefix + plotId;
}

std::vector<core::ScenarioEdit> sitingEdits(const SitingRun& run)
{
    const gis::SitingSetup& setup = run.setup;
    const core::SitingProblem& problem = setup.problem;
    const auto existing = static_cast<int>(problem.existing.size());
    const auto levelIndex = static_cast<std::size_t>(setup.level);
    std::map<std::string, std::string> countyOfTown;
    for (const core::Town& t : run.loaded.inputs.towns)
        countyOfTown[t.code] = t.countyCode;

    std::vector<core::ScenarioEdit> schools;
    std::vector<core::ScenarioEdit> catchments;
    std::set<std::string> movedZones;
    for (const core::SiteExplanation& site : run.explanations) {
        const auto c = static_cast<std::size_t>(site.candidate);
        core::School school;
        school.id = sitedSchoolId(site.siteId);
        school.name = setup.facilityNames[static_cast<std::size_t>(existing) + c];
        school.type = setup.level == core::Level::Primary ? core::SchoolType::Primary
                                                          : core::SchoolType::Junior;
        school.townCode = setup.candidateTownCodes[c];
        school.countyCode = countyOfTown[school.townCode];
        school.classes[levelIndex] = site.classes;
        school.openingYear = setup.year;
        std::optional<core::PlanePoint> at;
        if (c < setup.candidateSitePoints.size())
            at = setup.candidateSitePoints[c];
        schools.push_back(core::NewSchoolEdit { school, at });

        core::Catchment catchment;
        catchment.id = school.id + "-" + std::string(core::levelName(setup.level));
        catchment.level = setup.level;
        catchment.schools.push_back({ school.id, 0.0 });
        for (int z = 0; z < problem.zoneCount(); ++z) {
            if (run.result.solution.assignment[static_cast<std::size_t>(z)]
                == existing + site.candidate) {
                const std::string& zone = problem.zones[static_cast<std::size_t>(z)].id;
                catchment.zones.push_back({ zone, 1.0 });
                movedZones.insert(zone);
            }
        }
        catchments.push_back(core::CatchmentEdit { catchment, false });
    }
    for (auto& [id, catchment] : scenarioCatchments(run.loaded)) {
        if (catchment.level != setup.level)
            continue;
        const auto before = catchment.zones.size();
        std::erase_if(catchment.zones,
            [&](const core::ZoneShare& share) { return movedZones.count(share.zoneId) > 0; });
        if (catchment.zones.size() != before)
            catchments.push_back(core::CatchmentEdit { catchment, false });
    }
    schools.insert(schools.end(), catchments.begin(), catchments.end());
    return schools;
}

} // namespace seatplan::render
