#include "catchment_contiguity.h"

#include "seatplan/gis/geometry_ops.h"
#include "seatplan/render/scenario_layers.h"
#include "seatplan/ui/tools/catchment_edits.h"

#include <algorithm>

namespace seatplan::ui {

namespace {

    /// The polygons (parts) of `geometry`, each with its holes.
    std::vector<gis::Geometry> partsOf(const gis::Geometry& geometry)
    {
        std::vector<gis::Geometry> out;
        for (std::size_t p = 0; p < geometry.partCount(); ++p) {
            std::vector<std::vector<gis::Coord>> rings;
            for (std::uint32_t r = geometry.parts[p]; r < geometry.parts[p + 1]; ++r)
                rings.emplace_back(geometry.coords.begin() + geometry.rings[r],
                    geometry.coords.begin() + geometry.rings[r + 1]);
            gis::Geometry part;
            part.addPolygon(rings);
            out.push_back(std::move(part));
        }
        return out;
    }

} // namespace

CatchmentContiguity::CatchmentContiguity(std::shared_ptr<render::CatchmentDissolver> dissolver)
    : m_dissolver(std::move(dissolver))
{
}

std::map<std::string, int> CatchmentContiguity::fragmented(
    const core::PlanningInputs& inputs, const core::Scenario& scenario)
{
    std::map<std::string, int> out;
    if (!m_dissolver)
        return out;
    for (const core::Catchment& c : effectiveCatchments(inputs, scenario))
        if (const int n = pieces(c); n > 1)
            out[c.id] = n;
    return out;
}

int CatchmentContiguity::pieces(const core::Catchment& catchment)
{
    core::Catchment held = catchment; // zones with a share only
    std::erase_if(held.zones, [](const core::ZoneShare& z) { return z.share <= 0; });
    std::vector<std::string> ids;
    for (const core::ZoneShare& z : held.zones)
        ids.push_back(z.zoneId);
    std::sort(ids.begin(), ids.end());
    auto& cached = m_cache[catchment.id];
    if (cached.second > 0 && cached.first == ids)
        return cached.second;
    // The map's dissolve (shared, usually cached): zones that touch are one part already;
    // parts within the tolerance of each other (slivers) are joined here.
    const std::vector<gis::Geometry> parts = partsOf(m_dissolver->polygonOf(held));
    const int n = parts.size() <= 1 ? static_cast<int>(parts.size())
                                    : static_cast<int>(gis::connectedPieces(parts, kToleranceM));
    cached = { std::move(ids), std::max(n, 1) };
    return n;
}

} // namespace seatplan::ui
