#include "seatplan/gis/project_loader.h"

#include "seatplan/core/errors.h"
#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/polygon_index.h"
#include "seatplan/gis/project.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace seatplan::gis {

namespace {

    /// Field access by name on one layer, with errors naming the layer, feature and field.
    class Reader {
    public:
        Reader(const Project& project, const VectorLayer& layer)
            : m_project(project)
            , m_layer(layer)
        {
        }
        std::string text(std::size_t i, const char* field) const
        {
            return toText(m_layer.value(i, field));
        }
        bool flag(std::size_t i, const char* field) const
        {
            return toInt64(m_layer.value(i, field)).value_or(0) != 0;
        }
        double number(std::size_t i, const char* field, double fallback = 0) const
        {
            return toDouble(m_layer.value(i, field)).value_or(fallback);
        }
        int integer(std::size_t i, const char* field, int fallback = 0) const
        {
            return static_cast<int>(toInt64(m_layer.value(i, field)).value_or(fallback));
        }
        std::optional<int> optionalInt(std::size_t i, const char* field) const
        {
            const auto v = toInt64(m_layer.value(i, field));
            return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
        }
        [[noreturn]] void fail(std::size_t i, const char* field, const std::string& reason) const
        {
            throw GisError(
                { m_project.path(), m_layer.name, m_layer.features[i].fid, field, reason });
        }
        std::string requiredId(std::size_t i, const char* field) const
        {
            const std::string id = text(i, field);
            if (id.empty())
                fail(i, field, "empty id");
            return id;
        }
        template <typename Parse> auto parse(std::size_t i, const char* field, Parse parseFn) const
        {
            const std::string value = text(i, field);
            try {
                return parseFn(value);
            } catch (const core::InvalidInput& error) {
                fail(i, field, "'" + value + "': " + error.what());
            }
        }

    private:
        const Project& m_project;
        const VectorLayer& m_layer;
    };

    std::vector<std::string> splitIds(const std::string& text)
    {
        std::vector<std::string> ids;
        std::string item;
        std::istringstream in(text);
        while (std::getline(in, item, ',')) {
            item.erase(0, item.find_first_not_of(" \t"));
            item.erase(item.find_last_not_of(" \t") + 1);
            if (!item.empty())
                ids.push_back(item);
        }
        return ids;
    }

    int baseYearOf(const Project& project, const std::vector<CohortRow>& cohorts)
    {
        if (const auto value = project.metadata("base_year"); value && !value->empty())
            return std::stoi(*value);
        int latest = 0;
        for (const CohortRow& row : cohorts)
            latest = std::max(latest, row.year);
        return latest > 0 ? latest : 2020;
    }

    VectorLayer readIfPresent(const Project& project, const char* name)
    {
        if (!project.hasLayer(name)) {
            VectorLayer empty;
            empty.name = name;
            return empty;
        }
        return project.readLayer(name);
    }

} // namespace

core::PlanningInputs loadPlanningInputs(const Project& project, const std::string& scenario)
{
    core::PlanningInputs in;
    const std::vector<CohortRow> cohorts = project.cohorts();
    in.regionCode = project.metadata("region_code").value_or("");
    in.baseYear = baseYearOf(project, cohorts);
    in.lastYear = in.baseYear + 15;
    for (const StandardRow& row : project.standards()) {
        try {
            in.standards.set(row.key, row.value);
        } catch (const core::InvalidInput& error) {
            throw GisError(
                { project.path(), "seatplan_standards", std::nullopt, row.key, error.what() });
        }
    }

    const VectorLayer counties = readIfPresent(project, layers::kCounties);
    const Reader county(project, counties);
    for (std::size_t i = 0; i < counties.features.size(); ++i)
        in.counties.push_back({ county.requiredId(i, "code"), county.text(i, "name") });

    const VectorLayer towns = readIfPresent(project, layers::kTowns);
    const Reader town(project, towns);
    for (std::size_t i = 0; i < towns.features.size(); ++i)
        in.towns.push_back({ town.requiredId(i, "code"), town.text(i, "name"),
            town.text(i, "county_code"), town.flag(i, "urban") });

    const VectorLayer zones = readIfPresent(project, layers::kZones);
    const Reader zone(project, zones);
    std::map<std::string, std::size_t> zoneIndex;
    for (std::size_t i = 0; i < zones.features.size(); ++i) {
        core::Zone z;
        z.id = zone.requiredId(i, "id");
        z.name = zone.text(i, "name");
        z.townCode = zone.text(i, "town_code");
        z.countyCode = zone.text(i, "county_code");
        z.urban = zone.flag(i, "urban");
        z.cityCentre = zone.flag(i, "city_centre");
        z.population = zone.number(i, "population");
        zoneIndex[z.id] = in.zones.size();
        in.zones.push_back(std::move(z));
    }
    for (const CohortRow& row : cohorts) {
        if (row.year != in.baseYear || row.age < 0)
            continue;
        const auto found = zoneIndex.find(row.zoneId);
        if (found == zoneIndex.end())
            continue; // cohorts of a zone not in the layer: ignored rather than guessed
        auto& ages = in.zones[found->second].ages;
        if (ages.size() <= static_cast<std::size_t>(row.age))
            ages.resize(static_cast<std::size_t>(row.age) + 1, 0.0);
        ages[static_cast<std::size_t>(row.age)] += row.persons;
    }

    const VectorLayer schools = readIfPresent(project, layers::kSchools);
    const Reader school(project, schools);
    for (std::size_t i = 0; i < schools.features.size(); ++i) {
        core::School s;
        s.id = school.requiredId(i, "id");
        s.name = school.text(i, "name");
        s.type = school.parse(
            i, "level", [](const std::string& v) { return core::parseSchoolType(v); });
        s.isPublic = toInt64(schools.value(i, "is_public")).value_or(1) != 0;
        s.boarding = school.flag(i, "boarding");
        s.townCode = school.text(i, "town_code");
        s.countyCode = school.text(i, "county_code");
        s.eduGroup = school.text(i, "edu_group");
        s.classes = { school.integer(i, "classes_primary"), school.integer(i, "classes_junior") };
        s.students = { school.number(i, "students_primary"), school.number(i, "students_junior") };
        s.maxClassSize = school.integer(i, "max_class_size");
        s.disabledStudents = school.integer(i, "disabled_students");
        s.resourceRoom = school.flag(i, "resource_room");
        s.openingYear = school.optionalInt(i, "opening_year");
        s.closingYear = school.optionalInt(i, "closing_year");
        in.schools.push_back(std::move(s));
    }

    // Catchments of the scenario, with zone shares by area.
    const VectorLayer allCatchments = readIfPresent(project, layers::kCatchments);
    VectorLayer catchments = allCatchments;
    catchments.features.clear();
    for (std::size_t i = 0; i < allCatchments.features.size(); ++i) {
        const std::string s = toText(allCatchments.value(i, "scenario"));
        if (s == scenario || (s.empty() && scenario == "base"))
            catchments.features.push_back(allCatchments.features[i]);
    }
    const Reader catchment(project, catchments);
    const std::vector<OverlayShare> shares = overlayShares(zones, catchments);
    const PolygonIndex catchmentIndex(catchments);
    for (std::size_t i = 0; i < catchments.features.size(); ++i) {
        core::Catchment c;
        c.id = catchment.requiredId(i, "id");
        c.level
            = catchment.parse(i, "level", [](const std::string& v) { return core::parseLevel(v); });
        c.locked = catchment.flag(i, "locked");
        for (const OverlayShare& share : shares) {
            if (share.bIndex == i)
                c.zones.push_back({ in.zones[share.aIndex].id, share.share });
        }
        for (const std::string& id : splitIds(catchment.text(i, "school_ids")))
            c.schools.push_back({ id, 0.0 });
        if (c.schools.empty()) {
            for (std::size_t s = 0; s < schools.features.size(); ++s) {
                const Geometry& g = schools.features[s].geometry;
                if (g.isEmpty() || !core::schoolTeaches(in.schools[s].type, c.level))
                    continue;
                if (catchmentIndex.locate(g.coords[0].x, g.coords[0].y) == i)
                    c.schools.push_back({ in.schools[s].id, 0.0 });
            }
        }
        in.catchments.push_back(std::move(c));
    }

    const VectorLayer plots = readIfPresent(project, layers::kPlots);
    const Reader plot(project, plots);
    const std::vector<OverlayShare> plotCatchments = overlayShares(plots, catchments);
    for (std::size_t i = 0; i < plots.features.size(); ++i) {
        core::Plot p;
        p.id = plot.requiredId(i, "id");
        p.name = plot.text(i, "name");
        p.townCode = plot.text(i, "town_code");
        if (!plot.text(i, "planned_level").empty())
            p.plannedType = plot.parse(
                i, "planned_level", [](const std::string& v) { return core::parseSchoolType(v); });
        p.plannedClasses = plot.integer(i, "planned_classes");
        const std::string status = plot.text(i, "status");
        p.status = status == "built" ? core::PlotStatus::Built
            : status == "acquired"   ? core::PlotStatus::Acquired
                                     : core::PlotStatus::Planned;
        p.areaM2 = area(plots.features[i].geometry);
        p.cityCentre = plot.flag(i, "city_centre");
        p.note = plot.text(i, "note");
        for (const OverlayShare& share : plotCatchments) {
            if (share.aIndex == i)
                p.catchmentIds.push_back(in.catchments[share.bIndex].id);
        }
        in.plots.push_back(std::move(p));
    }

    const VectorLayer developments = readIfPresent(project, layers::kDevelopments);
    const Reader development(project, developments);
    const PolygonIndex zoneLocator(zones);
    for (std::size_t i = 0; i < developments.features.size(); ++i) {
        core::Development d;
        d.id = development.requiredId(i, "id");
        d.name = development.text(i, "name");
        d.townCode = development.text(i, "town_code");
        d.siteAreaM2 = development.number(i, "site_area_m2");
        d.farOld = development.number(i, "far_old");
        d.farNew = development.number(i, "far_new");
        d.residentialShare = development.number(i, "residential_share", 1.0);
        d.dwellings = development.number(i, "dwellings");
        d.floorAreaM2 = development.number(i, "floor_area_m2");
        d.completionYear = development.integer(i, "completion_year");
        d.schoolPlotId = development.text(i, "school_plot_id");
        d.zoneId = development.text(i, "zone_id");
        if (d.zoneId.empty()) {
            if (const auto point = interiorPoint(developments.features[i].geometry)) {
                if (const auto z = zoneLocator.locate(point->x, point->y))
                    d.zoneId = in.zones[*z].id;
            }
        }
        in.developments.push_back(std::move(d));
    }

    for (const BirthRow& row : project.births())
        in.births.push_back({ row.areaCode, row.year, row.births });
    for (const EnrolmentRow& row : project.enrolment())
        in.enrolment.push_back({ row.schoolId, row.year, row.grade, row.students });
    return in;
}

core::PlanningInputs loadPlanningInputs(const std::string& projectPath, const std::string& scenario)
{
    const Project project = Project::openReadOnly(projectPath);
    return loadPlanningInputs(project, scenario);
}

} // namespace seatplan::gis
