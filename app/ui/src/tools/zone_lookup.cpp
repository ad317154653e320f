#include "seatplan/ui/tools/zone_lookup.h"

#include "seatplan/gis/geometry_ops.h"

namespace seatplan::ui {

ZoneLookup::ZoneLookup(std::shared_ptr<const gis::VectorLayer> zones)
    : m_zones(std::move(zones))
    , m_index(*m_zones)
    , m_interior(m_zones->features.size())
{
    m_ids.reserve(m_zones->features.size());
    for (std::size_t i = 0; i < m_zones->features.size(); ++i) {
        m_ids.push_back(gis::toText(m_zones->value(i, "id")));
        m_byId.emplace(m_ids.back(), i);
    }
}

std::optional<std::size_t> ZoneLookup::indexOf(const std::string& id) const
{
    const auto found = m_byId.find(id);
    if (found == m_byId.end())
        return std::nullopt;
    return found->second;
}

std::optional<std::size_t> ZoneLookup::zoneAt(QPointF map) const
{
    return m_index.locate(map.x(), map.y());
}

std::vector<std::string> ZoneLookup::zonesInPolygon(const QPolygonF& polygon, double minShare) const
{
    std::vector<std::string> ids;
    if (polygon.size() < 3)
        return ids;
    gis::VectorLayer drawn;
    drawn.kind = gis::GeometryKind::Polygon;
    std::vector<gis::Coord> ring;
    for (const QPointF& p : polygon)
        ring.push_back({ p.x(), p.y() });
    ring.push_back(ring.front());
    gis::Feature feature;
    feature.geometry.addPolygon({ ring });
    drawn.features.push_back(std::move(feature));
    for (const gis::OverlayShare& s : gis::overlayShares(*m_zones, drawn, minShare))
        if (s.share > minShare)
            ids.push_back(m_ids[s.aIndex]);
    return ids;
}

QPointF ZoneLookup::interiorPoint(std::size_t index) const
{
    if (!m_interior[index]) {
        const auto p = gis::interiorPoint(m_zones->features[index].geometry);
        m_interior[index] = p ? QPointF(p->x, p->y) : QPointF();
    }
    return *m_interior[index];
}

} // namespace seatplan::ui
