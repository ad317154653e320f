#include "seatplan/gis/siting_problem_builder.h"

#include "seatplan/core/analyze.h"
#include "seatplan/core/errors.h"
#include "seatplan/core/siting/candidate_filter.h"
#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/plot_clearance.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/road_class.h"
#include "seatplan/gis/road_network.h"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace seatplan::gis {

namespace {

    using core::InvalidInput;

    /// Feature index by the `id` field of a layer.
    std::unordered_map<std::string, std::size_t> indexById(const VectorLayer& layer)
    {
        std::unordered_map<std::string, std::size_t> out;
        for (std::size_t i = 0; i < layer.features.size(); ++i)
            out.emplace(toText(layer.value(i, "id")), i);
        return out;
    }

    int resolveYear(const core::PlanningInputs& inputs, int requested)
    {
        if (requested == 0)
            return std::clamp(inputs.standards.targetYear, inputs.baseYear, inputs.lastYear);
        if (requested < inputs.baseYear || requested > inputs.lastYear)
            throw InvalidInput("siting year " + std::to_string(requested)
                + " is outside the projected years " + std::to_string(inputs.baseYear) + "-"
                + std::to_string(inputs.lastYear));
        return requested;
    }

    /// Which county and town codes are in the request's area.
    class Area {
    public:
        Area(const core::PlanningInputs& inputs, const std::string& code)
            : m_code(code)
        {
            for (const core::Town& t : inputs.towns)
                m_countyOfTown[t.code] = t.countyCode;
            if (code.empty())
                return;
            const bool county = std::any_of(inputs.counties.begin(), inputs.counties.end(),
                [&](const core::County& c) { return c.code == code; });
            if (!county && !m_countyOfTown.count(code))
                throw InvalidInput("area '" + code + "' is neither a county nor a town code");
        }
        bool contains(const std::string& townCode, const std::string& countyCode) const
        {
            if (m_code.empty() || townCode == m_code || countyCode == m_code)
                return true;
            const auto county = m_countyOfTown.find(townCode);
            return countyCode.empty() && county != m_countyOfTown.end() && county->second == m_code;
        }
        std::string countyOf(const std::string& townCode) const
        {
            const auto found = m_countyOfTown.find(townCode);
            return found == m_countyOfTown.end() ? std::string() : found->second;
        }

    private:
        std::string m_code;
        std::map<std::string, std::string> m_countyOfTown;
    };

    core::PlanePoint pointOf(const Coord& c)
    {
        return { c.x, c.y };
    }

    bool hasClass(const VectorLayer& roads, std::initializer_list<RoadClass> classes)
    {
        for (std::size_t i = 0; i < roads.features.size(); ++i)
            if (std::find(classes.begin(), classes.end(), roadClassOf(roads, i)) != classes.end())
                return true;
        return false;
    }

    std::vector<Coord> coordsOf(const std::vector<core::PlanePoint>& points)
    {
        std::vector<Coord> out;
        out.reserve(points.size());
        for (const core::PlanePoint& p : points)
            out.push_back({ p.x, p.y });
        return out;
    }

} // namespace

SitingSetup buildSitingProblem(const Project& project, const core::PlanningInputs& inputs,
    const core::Scenario& scenario, const SitingRequest& request, const std::atomic<bool>* cancel)
{
    SitingSetup setup;
    setup.level = request.level;
    setup.year = resolveYear(inputs, request.year);
    const Area area(inputs, request.areaCode);
    const core::Standards& standards = inputs.standards;
    const auto level = static_cast<std::size_t>(request.level);

    // Demand and supply of the year under the scenario (medium variant).
    core::AnalysisOptions options;
    options.firstYear = setup.year;
    options.lastYear = setup.year;
    options.variants = { core::Variant::Medium };
    options.zoneDemand = true;
    const core::Results results = core::analyze(inputs, scenario, options);

    const VectorLayer zones = project.readLayer(layers::kZones);
    const VectorLayer schools = project.readLayer(layers::kSchools);
    const VectorLayer plots = project.readLayer(layers::kPlots);
    VectorLayer roads;
    setup.notes.roadsLayer = project.hasLayer(layers::kRoads);
    if (setup.notes.roadsLayer)
        roads = project.readLayer(layers::kRoads);
    const auto zoneIndex = indexById(zones);
    const auto schoolIndex = indexById(schools);
    const auto plotIndex = indexById(plots);

    // Zones with demand, at their centroids.
    std::unordered_map<std::string, double> demand;
    for (const core::ZoneDemandRow& row : results.zoneDemand)
        if (row.level == request.level && row.year == setup.year
            && row.variant == core::Variant::Medium)
            demand[row.zoneId] += row.publicDemand;
    for (const core::Zone& z : inputs.zones) {
        const double children = demand.count(z.id) ? demand[z.id] : 0.0;
        if (children <= 0.0 || !area.contains(z.townCode, z.countyCode))
            continue;
        const auto found = zoneIndex.find(z.id);
        const std::optional<Coord> at = found == zoneIndex.end()
            ? std::nullopt
            : centroid(zones.features[found->second].geometry);
        if (!at) {
            ++setup.notes.zonesWithoutGeometry;
            continue;
        }
        setup.problem.zones.push_back({ z.id, children });
        setup.zonePoints.push_back(pointOf(*at));
    }

    // Every school of the scenario (the base's and those its edits add), by id.
    std::map<std::string, core::School> schoolById;
    for (const core::School& s : inputs.schools)
        schoolById[s.id] = s;
    std::set<std::string> sitedPlots;
    std::map<std::string, Coord> placedAt; ///< where the scenario's new schools stand
    for (const core::ScenarioEdit& edit : scenario.edits) {
        if (const auto* added = std::get_if<core::NewSchoolEdit>(&edit)) {
            schoolById[added->school.id] = added->school;
            if (added->location)
                placedAt[added->school.id] = Coord { added->location->x, added->location->y };
            else
                placedAt.erase(added->school.id);
            if (added->school.id.rfind(kSitedSchoolPrefix, 0) == 0)
                sitedPlots.insert(added->school.id.substr(std::string(kSitedSchoolPrefix).size()));
        }
    }
    // Existing schools with public seats of the level in the year.
    for (const core::BalanceRow& row : results.schools) {
        if (row.level != request.level || row.year != setup.year
            || row.variant != core::Variant::Medium || row.capacity <= 0.0)
            continue;
        const auto school = schoolById.find(row.id);
        if (school == schoolById.end()
            || !area.contains(school->second.townCode, school->second.countyCode))
            continue;
        std::optional<Coord> at;
        if (const auto found = schoolIndex.find(row.id); found != schoolIndex.end())
            at = centroid(schools.features[found->second].geometry);
        else if (const auto placed = placedAt.find(row.id); placed != placedAt.end())
            at = placed->second;
        else if (row.id.rfind(kSitedSchoolPrefix, 0) == 0) {
            const auto plot = plotIndex.find(row.id.substr(std::string(kSitedSchoolPrefix).size()));
            if (plot != plotIndex.end())
                at = centroid(plots.features[plot->second].geometry);
        }
        if (!at) {
            ++setup.notes.schoolsWithoutLocation;
            continue;
        }
        const double cap
            = std::min(standards.schoolCap[level], standards.schoolCapFor(school->second.type));
        setup.problem.existing.push_back({ row.id, std::min(row.capacity, cap) });
        setup.facilityPoints.push_back(pointOf(*at));
        setup.facilityNames.push_back(school->second.name);
    }

    // Candidate plots with the standard sizes their land allows, clear of railways and roads.
    setup.notes.railways = hasClass(roads, { RoadClass::Railway });
    setup.notes.arterials = hasClass(roads, { RoadClass::Expressway, RoadClass::Arterial });
    const core::SiteClearances clearances = core::siteClearances(standards);
    std::unordered_map<std::string, PlotClearance> clearanceOf;
    if (setup.notes.roadsLayer)
        for (PlotClearance& c :
            plotClearances(plots, roads, { clearances.railwayM, clearances.arterialM }))
            clearanceOf.emplace(c.id, std::move(c));
    const std::vector<double>& classes = request.level == core::Level::Primary
        ? standards.standardSizesPrimary
        : standards.standardSizesJunior;
    for (const core::Plot& plot : inputs.plots) {
        if (!area.contains(plot.townCode, area.countyOf(plot.townCode)))
            continue;
        const auto exclude = [&](PlotExclusion why) { setup.excluded.push_back({ plot.id, why }); };
        const auto found = plotIndex.find(plot.id);
        if (found == plotIndex.end())
            continue;
        if (plot.status == core::PlotStatus::Built) {
            exclude(PlotExclusion::Built);
            continue;
        }
        if (sitedPlots.count(plot.id)) {
            exclude(PlotExclusion::InScenario);
            continue;
        }
        if (plot.plannedType && !core::schoolTeaches(*plot.plannedType, request.level)) {
            exclude(PlotExclusion::OtherLevel);
            continue;
        }
        const Geometry& shape = plots.features[found->second].geometry;
        const double landPerStudent = plot.cityCentre ? standards.landPerStudentCityCentre[level]
                                                      : standards.landPerStudent[level];
        const std::vector<core::SizeOption> sizes = core::standardSizeOptions(
            classes, standards.classSize[level], landPerStudent, standards.schoolCap[level]);
        core::PlotSurroundings around;
        around.areaM2 = plot.areaM2;
        if (const auto measured = clearanceOf.find(plot.id); measured != clearanceOf.end()) {
            around.railwayDistanceM = measured->second.railwayDistanceM;
            around.arterialDistanceM = measured->second.arterialDistanceM;
        }
        switch (core::checkPlot(around, sizes, clearances)) {
        case core::PlotRejection::TooSmall:
            exclude(PlotExclusion::TooSmall);
            continue;
        case core::PlotRejection::NearRailway:
            exclude(PlotExclusion::NearRailway);
            continue;
        case core::PlotRejection::NearArterial:
            exclude(PlotExclusion::NearArterial);
            continue;
        case core::PlotRejection::None:
            break;
        }
        const std::optional<Coord> at = centroid(shape);
        if (!at)
            continue;
        setup.problem.candidates.push_back({ plot.id, core::sizesFittingPlot(sizes, plot.areaM2) });
        setup.facilityPoints.push_back(pointOf(*at));
        setup.facilityNames.push_back(plot.name);
        setup.candidateTownCodes.push_back(plot.townCode);
        // Where the school is drawn and placed: inside the plot even when it is not convex.
        setup.candidateSitePoints.push_back(pointOf(interiorPoint(shape).value_or(*at)));
    }

    // Distances: on the streets when there are streets to walk, else straight-line.
    std::optional<RoadGraph> network;
    if (hasClass(roads, { RoadClass::Local }))
        network = buildRoadNetwork(roads);
    setup.notes.walkingDistances = network && !network->nodes.empty();
    setup.problem.distances = setup.notes.walkingDistances
        ? core::networkDistances(network->network,
            networkAccess(*network, coordsOf(setup.zonePoints)),
            networkAccess(*network, coordsOf(setup.facilityPoints)), cancel)
        : core::DistanceMatrix::straightLine(setup.zonePoints, setup.facilityPoints);

    setup.problem.objective = request.objective;
    setup.problem.budget = request.budget;
    setup.problem.schoolSizeCap = standards.schoolCap[level];
    setup.problem.serviceRadius = standards.serviceRadius[level];
    setup.problem.weightByChildren = true;
    setup.problem.validate();
    return setup;
}

} // namespace seatplan::gis
