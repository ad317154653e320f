#include "catchment_contiguity.h"

#include "seatplan/gis/geometry_ops.h"
#include "seatplan/ui/tools/catchment_edits.h"

#include <algorithm>

namespace seatplan::ui {

CatchmentContiguity::CatchmentContiguity(std::shared_ptr<const gis::VectorLayer> zones)
    : m_zones(std::move(zones))
{
    if (!m_zones)
        return;
    const int id = m_zones->fieldIndex("id");
    if (id < 0) {
        m_zones.reset();
        return;
    }
    for (std::size_t i = 0; i < m_zones->features.size(); ++i)
        m_zoneIndex.emplace(
            gis::toText(m_zones->features[i].values[static_cast<std::size_t>(id)]), i);
}

std::map<std::string, int> CatchmentContiguity::fragmented(
    const core::PlanningInputs& inputs, const core::Scenario& scenario)
{
    std::map<std::string, int> out;
    if (!m_zones)
        return out;
    for (const core::Catchment& c : effectiveCatchments(inputs, scenario))
        if (const int n = pieces(c); n > 1)
            out[c.id] = n;
    return out;
}

int CatchmentContiguity::pieces(const core::Catchment& catchment)
{
    std::vector<std::string> ids;
    for (const core::ZoneShare& z : catchment.zones)
        if (z.share > 0)
            ids.push_back(z.zoneId);
    std::sort(ids.begin(), ids.end());
    auto& cached = m_cache[catchment.id];
    if (cached.second > 0 && cached.first == ids)
        return cached.second;
    std::vector<gis::Geometry> polygons;
    for (const std::string& id : ids)
        if (const auto it = m_zoneIndex.find(id); it != m_zoneIndex.end())
            polygons.push_back(m_zones->features[it->second].geometry);
    const int n = static_cast<int>(gis::connectedPieces(polygons, kToleranceM));
    cached = { std::move(ids), std::max(n, 1) };
    return n;
}

} // namespace seatplan::ui
