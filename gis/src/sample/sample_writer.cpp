#include "sample_writer.h"

#include "detail/ogr_convert.h"
#include "seatplan/gis/project.h"

#include <cmath>
#include <cstdio>

namespace seatplan::gis::sample {

namespace {

    constexpr float kNoData = -1.0F;

    std::string textId(char prefix, int id)
    {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%c%04d", prefix, id);
        return buffer;
    }

    // Builds a VectorLayer column by column: fields first, then one feature per add().
    class LayerBuilder {
    public:
        LayerBuilder(const char* name, GeometryKind kind,
            std::initializer_list<std::pair<const char*, FieldType>> fields)
        {
            m_layer.name = name;
            m_layer.crs = kDefaultProjectCrs;
            m_layer.kind = kind;
            for (const auto& [field, type] : fields)
                m_layer.fields.push_back({ field, type });
        }

        void add(const OGRGeometry& geometry, std::vector<FieldValue> values)
        {
            Feature feature;
            feature.fid = static_cast<std::int64_t>(m_layer.features.size()) + 1;
            feature.geometry
                = detail::fromOgr(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&geometry)));
            feature.values = std::move(values);
            m_layer.features.push_back(std::move(feature));
        }

        const VectorLayer& layer() const { return m_layer; }

    private:
        VectorLayer m_layer;
    };

    FieldValue integer(long long value)
    {
        return static_cast<std::int64_t>(value);
    }

    FieldValue optionalInt(const std::optional<int>& value)
    {
        return value ? integer(*value) : FieldValue {};
    }

    FieldValue text(const std::string& value)
    {
        return value;
    }

    const char* levelName(SchoolLevel level)
    {
        switch (level) {
        case SchoolLevel::Primary:
            return "primary";
        case SchoolLevel::Junior:
            return "junior";
        case SchoolLevel::NineYear:
            return "nine_year";
        case SchoolLevel::TwelveYear:
            return "twelve_year";
        case SchoolLevel::TeachingPoint:
            return "teaching_point";
        }
        return "primary";
    }

    constexpr auto kInt = FieldType::Integer;
    constexpr auto kReal = FieldType::Real;
    constexpr auto kText = FieldType::Text;

    void writeLayers(const SampleProject& p, Project& project)
    {
        const auto townCode = [&](std::size_t t) { return text(p.towns[t].record->code); };
        const auto countyCode
            = [&](std::size_t t) { return text(p.counties[p.towns[t].county].census->code); };

        LayerBuilder counties("counties", GeometryKind::Polygon,
            { { "code", kText }, { "name", kText }, { "population", kInt }, { "households", kInt },
                { "urban_share", kReal }, { "males_per_100_females", kReal } });
        for (const auto& c : p.counties)
            counties.add(*c.geometry,
                { text(c.census->code), text(c.census->name), integer(c.census->population),
                    integer(std::llround(c.census->population * c.census->familyHouseholdShare
                        / c.census->householdSize)),
                    c.census->urbanShare, c.census->malesPer100Females });
        project.writeLayer(counties.layer());

        LayerBuilder towns("towns", GeometryKind::Polygon,
            { { "code", kText }, { "name", kText }, { "county_code", kText }, { "urban", kInt },
                { "population", kReal } });
        for (std::size_t t = 0; t < p.towns.size(); ++t)
            towns.add(*p.towns[t].geometry,
                { townCode(t), text(p.towns[t].record->name), countyCode(t),
                    integer(p.towns[t].urban ? 1 : 0),
                    static_cast<double>(p.towns[t].population) });
        project.writeLayer(towns.layer());

        LayerBuilder zones("zones", GeometryKind::Polygon,
            { { "id", kText }, { "name", kText }, { "town_code", kText }, { "county_code", kText },
                { "urban", kInt }, { "population", kReal } });
        for (const auto& z : p.zones)
            zones.add(*z.geometry,
                { text(zoneId(z.id)), text(z.name), townCode(z.town), countyCode(z.town),
                    integer(p.towns[z.town].urban ? 1 : 0), static_cast<double>(z.population) });
        project.writeLayer(zones.layer());

        LayerBuilder schools("schools", GeometryKind::Point,
            { { "id", kText }, { "name", kText }, { "level", kText }, { "is_public", kInt },
                { "boarding", kInt }, { "town_code", kText }, { "county_code", kText },
                { "edu_group", kText }, { "classes_primary", kInt }, { "classes_junior", kInt },
                { "students_primary", kInt }, { "students_junior", kInt },
                { "max_class_size", kInt }, { "disabled_students", kInt },
                { "resource_room", kInt }, { "opening_year", kInt }, { "closing_year", kInt } });
        for (const auto& s : p.schools) {
            const OGRPoint point(s.location.x, s.location.y);
            schools.add(point,
                { text(schoolId(s.id)), text(s.name), text(levelName(s.level)),
                    integer(s.isPublic ? 1 : 0), integer(s.boarding ? 1 : 0), townCode(s.town),
                    countyCode(s.town), s.eduGroup.empty() ? FieldValue {} : text(s.eduGroup),
                    integer(s.classesPrimary), integer(s.classesJunior), integer(s.studentsPrimary),
                    integer(s.studentsJunior), integer(s.maxClassSize), integer(s.disabledStudents),
                    integer(s.resourceRoom ? 1 : 0), optionalInt(s.openingYear),
                    optionalInt(s.closingYear) });
        }
        project.writeLayer(schools.layer());

        LayerBuilder catchments("catchments", GeometryKind::Polygon,
            { { "id", kText }, { "scenario", kText }, { "level", kText }, { "school_ids", kText },
                { "locked", kInt } });
        for (const auto& c : p.catchments)
            catchments.add(*c.geometry,
                { text(textId('C', c.id)), text("base"), text(c.level), text(c.schoolIds),
                    integer(0) });
        project.writeLayer(catchments.layer());

        LayerBuilder plots("plots", GeometryKind::Polygon,
            { { "id", kText }, { "name", kText }, { "town_code", kText },
                { "planned_level", kText }, { "planned_classes", kInt }, { "status", kText },
                { "note", kText }, { "site_area_m2", kReal } });
        for (const auto& pl : p.plots)
            plots.add(*pl.geometry,
                { text(textId('P', pl.id)), text(pl.name), townCode(pl.town), text(pl.plannedLevel),
                    integer(pl.plannedClasses), text(pl.status), text(pl.note),
                    std::round(pl.geometry->toMultiPolygon()->get_Area()) });
        project.writeLayer(plots.layer());

        LayerBuilder developments("developments", GeometryKind::Polygon,
            { { "id", kText }, { "name", kText }, { "town_code", kText }, { "site_area_m2", kReal },
                { "far_old", kReal }, { "far_new", kReal }, { "residential_share", kReal },
                { "dwellings", kInt }, { "floor_area_m2", kReal }, { "school_plot_id", kText },
                { "completion_year", kInt } });
        for (const auto& d : p.developments)
            developments.add(*d.geometry,
                { text(textId('D', d.id)), text(d.name), townCode(d.town), d.siteArea, d.farOld,
                    d.farNew, d.residentialShare, integer(d.dwellings), d.floorArea,
                    d.schoolPlotId ? text(textId('P', *d.schoolPlotId)) : FieldValue {},
                    optionalInt(d.completionYear) });
        project.writeLayer(developments.layer());

        LayerBuilder landuse(
            "landuse", GeometryKind::Polygon, { { "class", kText }, { "code", kText } });
        for (const auto& l : p.landuse)
            landuse.add(*l.geometry, { text(l.cls), text(l.code) });
        project.writeLayer(landuse.layer());

        LayerBuilder roads("roads", GeometryKind::Line, { { "kind", kText }, { "name", kText } });
        for (const auto& r : p.roads)
            roads.add(*r.geometry, { text(r.kind), text(r.name) });
        project.writeLayer(roads.layer());
    }

    void writeTables(const SampleProject& p, Project& project)
    {
        std::vector<CohortRow> cohorts;
        cohorts.reserve(p.zones.size() * (kTopAge + 1));
        for (const auto& z : p.zones)
            for (int age = 0; age <= kTopAge; ++age)
                cohorts.push_back({ zoneId(z.id), kCensusYear, age,
                    static_cast<double>(z.cohorts[static_cast<std::size_t>(age)]) });
        project.replaceCohorts(cohorts);

        std::vector<gis::BirthRow> births;
        for (const auto& b : p.births)
            births.push_back({ b.areaCode, b.year, static_cast<double>(b.births) });
        project.replaceBirths(births);

        std::vector<gis::EnrolmentRow> enrolment;
        enrolment.reserve(p.enrolment.size());
        for (const auto& e : p.enrolment)
            enrolment.push_back(
                { schoolId(e.schoolId), e.year, e.grade, static_cast<double>(e.students) });
        project.replaceEnrolment(enrolment);

        project.putScenario({ "base", "",
            "base: nearest-school catchments, schools as of 2020 (generated)", kSampleDate });
    }

    Raster toRaster(const PopulationGrid& grid)
    {
        Raster raster;
        raster.width = grid.columns;
        raster.height = grid.rows;
        raster.originX = grid.originX;
        raster.originY = grid.originY;
        raster.cellWidth = grid.cellSize;
        raster.cellHeight = grid.cellSize;
        raster.noData = kNoData;
        raster.crs = kDefaultProjectCrs;
        raster.values = grid.persons;
        for (std::size_t i = 0; i < raster.values.size(); ++i)
            if (grid.zone[i] < 0)
                raster.values[i] = kNoData;
        return raster;
    }

} // namespace

std::string zoneId(int id)
{
    return textId('Z', id);
}

std::string schoolId(int id)
{
    return textId('S', id);
}

void writeSampleProject(const SampleProject& project,
    const std::vector<std::pair<std::string, std::string>>& metadata,
    const std::vector<LayerProvenance>& provenance, Project& store)
{
    writeLayers(project, store);
    writeTables(project, store);
    for (const auto& [key, value] : metadata)
        store.setMetadata(key, value);
    // The store stamps the creation time; the sample is dated by its data instead.
    store.setMetadata("created", kSampleDate);
    store.writePopulationRaster(toRaster(project.grid));
    for (const auto& row : provenance)
        store.putProvenance({ row.layer, row.origin, row.source, row.sourceCrs, row.correction,
            kSampleDate, row.report });
}

} // namespace seatplan::gis::sample
