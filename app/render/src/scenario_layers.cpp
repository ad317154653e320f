#include "seatplan/render/scenario_layers.h"

#include "seatplan/gis/geometry_ops.h"

#include <algorithm>

namespace seatplan::render {

namespace {

    std::vector<std::string> zoneIdsOf(const core::Catchment& catchment)
    {
        std::vector<std::string> ids;
        ids.reserve(catchment.zones.size());
        for (const core::ZoneShare& z : catchment.zones)
            ids.push_back(z.zoneId);
        return ids;
    }

    std::string schoolIdsOf(const core::Catchment& catchment)
    {
        std::string out;
        for (const core::SchoolShare& s : catchment.schools)
            out += (out.empty() ? "" : ", ") + s.schoolId;
        return out;
    }

    /// Sets `field` of `feature` when `layer` has it.
    void setIfPresent(const gis::VectorLayer& layer, gis::Feature& feature,
        const std::string& field, gis::FieldValue value)
    {
        const int index = layer.fieldIndex(field);
        if (index < 0)
            return;
        const bool text
            = layer.fields[static_cast<std::size_t>(index)].type == gis::FieldType::Text;
        if (text && !std::holds_alternative<std::string>(value))
            value = gis::toText(value);
        feature.values[static_cast<std::size_t>(index)] = std::move(value);
    }

} // namespace

CatchmentDissolver::CatchmentDissolver(std::shared_ptr<const gis::VectorLayer> zones)
    : m_zones(std::move(zones))
{
    if (!m_zones)
        return;
    for (std::size_t i = 0; i < m_zones->features.size(); ++i)
        m_zoneIndex.emplace(gis::toText(m_zones->value(i, "id")), i);
}

gis::Geometry CatchmentDissolver::polygonOf(const core::Catchment& catchment)
{
    std::vector<std::string> ids = zoneIdsOf(catchment);
    const std::lock_guard lock(m_mutex); // one dissolve at a time: never the same one twice
    const auto cached = m_cache.find(catchment.id);
    if (cached != m_cache.end() && cached->second.zoneIds == ids)
        return cached->second.geometry;
    std::vector<gis::Geometry> parts;
    for (const std::string& id : ids)
        if (const auto found = m_zoneIndex.find(id); found != m_zoneIndex.end())
            parts.push_back(m_zones->features[found->second].geometry);
    gis::Geometry merged = gis::unionPolygons(parts);
    ++m_dissolved;
    m_cache[catchment.id] = Cached { std::move(ids), merged };
    return merged;
}

int CatchmentDissolver::dissolvedCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_dissolved;
}

gis::VectorLayer CatchmentDissolver::dissolve(
    const std::vector<core::Catchment>& catchments, core::Level level)
{
    gis::VectorLayer out;
    out.name = "catchments";
    out.kind = gis::GeometryKind::Polygon;
    if (m_zones)
        out.crs = m_zones->crs;
    out.fields = { { "id", gis::FieldType::Text }, { "level", gis::FieldType::Text },
        { "schools", gis::FieldType::Text } };
    std::int64_t fid = 0;
    for (const core::Catchment& c : catchments) {
        if (c.level != level)
            continue;
        gis::Feature f;
        f.fid = ++fid;
        f.geometry = polygonOf(c);
        f.values = { c.id, std::string(core::levelName(c.level)), schoolIdsOf(c) };
        out.features.push_back(std::move(f));
    }
    return out;
}

gis::VectorLayer withNewSchools(
    const gis::VectorLayer& schools, const std::vector<core::ScenarioEdit>& edits)
{
    gis::VectorLayer out = schools;
    const int flag = out.addField(kNewSchoolField, gis::FieldType::Integer);
    for (gis::Feature& f : out.features)
        f.values[static_cast<std::size_t>(flag)] = std::int64_t { 0 };
    // The last edit of an id wins; keep the order in which schools were first added.
    std::vector<const core::NewSchoolEdit*> added;
    for (const core::ScenarioEdit& edit : edits) {
        const auto* add = std::get_if<core::NewSchoolEdit>(&edit);
        if (!add)
            continue;
        const auto same = std::find_if(added.begin(), added.end(),
            [&](const core::NewSchoolEdit* a) { return a->school.id == add->school.id; });
        if (same != added.end())
            *same = add;
        else
            added.push_back(add);
    }
    std::int64_t fid = 0;
    for (const gis::Feature& f : out.features)
        fid = std::max(fid, f.fid);
    for (const core::NewSchoolEdit* add : added) {
        if (!add->location)
            continue;
        const core::School& s = add->school;
        gis::Feature f;
        f.fid = ++fid;
        f.geometry = gis::Geometry::point(add->location->x, add->location->y);
        f.values.assign(out.fields.size(), gis::FieldValue {});
        setIfPresent(out, f, "id", s.id);
        setIfPresent(out, f, "name", s.name);
        setIfPresent(out, f, "level", std::string(core::schoolTypeName(s.type)));
        setIfPresent(out, f, "town_code", s.townCode);
        setIfPresent(out, f, "classes_primary", std::int64_t { s.classes[0] });
        setIfPresent(out, f, "classes_junior", std::int64_t { s.classes[1] });
        setIfPresent(out, f, "students_primary", s.students[0]);
        setIfPresent(out, f, "students_junior", s.students[1]);
        f.values[static_cast<std::size_t>(flag)] = std::int64_t { 1 };
        out.features.push_back(std::move(f));
    }
    return out;
}

} // namespace seatplan::render
