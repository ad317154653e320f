#include "seatplan/ui/tools/catchment_reshape.h"

#include "seatplan/gis/geometry_ops.h"
#include "seatplan/ui/tools/zone_lookup.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>

namespace seatplan::ui {

namespace {
    QPolygonF open(QPolygonF ring)
    {
        if (ring.size() > 1 && ring.front() == ring.back())
            ring.removeLast();
        return ring;
    }

    // A zone is a neighbour when it overlaps a buffer this wide around the zone: wide enough
    // for boundaries digitised a little apart, narrow enough not to reach across a zone.
    constexpr double kTouchMetres = 0.5;

    void applyEdits(std::vector<core::Catchment>& state, const CatchmentChange& change)
    {
        for (const core::CatchmentEdit& edit : change.edits) {
            const auto found = std::find_if(state.begin(), state.end(),
                [&](const core::Catchment& c) { return c.id == edit.catchment.id; });
            if (found != state.end())
                *found = edit.catchment;
        }
    }
} // namespace

RingPosition projectOntoRing(const QPolygonF& ring, QPointF p)
{
    RingPosition best;
    const int n = static_cast<int>(ring.size());
    for (int i = 0; i < n; ++i) {
        const QPointF a = ring[i];
        const QPointF b = ring[(i + 1) % n];
        const QPointF ab = b - a;
        const double len2 = QPointF::dotProduct(ab, ab);
        const double t
            = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
        const QPointF q = a + t * ab;
        const double d = QLineF(p, q).length();
        if (d < best.distance)
            best = { i, t, q, d };
    }
    return best;
}

double polygonArea(const QPolygonF& polygon)
{
    double twice = 0;
    const int n = static_cast<int>(polygon.size());
    for (int i = 0; i < n; ++i) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[(i + 1) % n];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2.0;
}

QPolygonF reshapeRing(const QPolygonF& closedRing, const QPolygonF& line)
{
    const QPolygonF ring = open(closedRing);
    const int n = static_cast<int>(ring.size());
    if (n < 3 || line.size() < 2)
        return {};
    const RingPosition s = projectOntoRing(ring, line.front());
    const RingPosition e = projectOntoRing(ring, line.back());
    QPolygonF stretch = line;
    stretch.front() = s.point;
    stretch.back() = e.point;

    // Keep the ring from e forward to s, or from e backward to s.
    const bool sameSegment = s.segment == e.segment;
    int forward = (s.segment - e.segment + n) % n;
    if (sameSegment)
        forward = s.t >= e.t ? 0 : n;
    int backward = (e.segment - s.segment + n) % n;
    if (sameSegment)
        backward = e.t >= s.t ? 0 : n;
    QPolygonF a = stretch;
    for (int k = 1; k <= forward; ++k)
        a << ring[(e.segment + k) % n];
    QPolygonF b = stretch;
    for (int k = 0; k < backward; ++k)
        b << ring[(e.segment - k + n) % n];
    return polygonArea(a) >= polygonArea(b) ? a : b;
}

QPolygonF catchmentShell(
    const ZoneLookup& zones, const std::vector<std::string>& zoneIds, QPointF a, QPointF b)
{
    std::vector<gis::Geometry> parts;
    for (const std::string& id : zoneIds)
        if (const auto index = zones.indexOf(id))
            parts.push_back(zones.layer().features[*index].geometry);
    if (parts.empty())
        return {};
    const gis::Geometry united = gis::unionPolygons(parts);
    QPolygonF best;
    double bestDistance = std::numeric_limits<double>::max();
    // Each part's first ring is its shell.
    for (std::size_t p = 0; p + 1 < united.parts.size(); ++p) {
        const std::uint32_t r = united.parts[p];
        QPolygonF shell;
        for (std::uint32_t k = united.rings[r]; k < united.rings[r + 1]; ++k)
            shell << QPointF(united.coords[k].x, united.coords[k].y);
        shell = open(shell);
        if (shell.size() < 3)
            continue;
        const double d = projectOntoRing(shell, a).distance + projectOntoRing(shell, b).distance;
        if (d < bestDistance) {
            bestDistance = d;
            best = shell;
        }
    }
    return best;
}

std::map<std::string, std::vector<std::string>> zoneNeighbours(
    const ZoneLookup& zones, const std::vector<std::string>& zoneIds)
{
    std::map<std::string, std::vector<std::string>> out;
    gis::VectorLayer probes;
    probes.kind = gis::GeometryKind::Polygon;
    std::vector<std::string> probeIds;
    for (const std::string& id : zoneIds) {
        const auto index = zones.indexOf(id);
        if (!index)
            continue;
        gis::Feature f;
        f.geometry = gis::buffer(zones.layer().features[*index].geometry, kTouchMetres);
        probes.features.push_back(std::move(f));
        probeIds.push_back(id);
        out[id];
    }
    if (probes.features.empty())
        return out;
    std::map<std::string, std::vector<std::pair<double, std::string>>> touching;
    for (const gis::OverlayShare& s : gis::overlayShares(zones.layer(), probes)) {
        const std::string& zone = probeIds[s.bIndex];
        const std::string& other = zones.id(s.aIndex);
        if (other != zone)
            touching[zone].push_back({ s.area, other });
    }
    for (auto& [zone, list] : touching) {
        std::sort(list.begin(), list.end(), std::greater<>());
        for (const auto& item : list)
            out[zone].push_back(item.second);
    }
    return out;
}

ReshapeChange reshapeCatchment(const std::vector<core::Catchment>& catchments,
    const std::string& targetId, const std::vector<std::string>& joining,
    const std::vector<std::string>& leaving,
    const std::map<std::string, std::vector<std::string>>& neighbours)
{
    ReshapeChange out;
    const core::Catchment* target = findCatchment(catchments, targetId);
    if (!target)
        return out;
    if (target->locked) {
        out.change.targetLocked = true;
        return out;
    }
    const core::Level level = target->level;
    std::vector<core::Catchment> state = catchments;

    if (!joining.empty()) {
        const CatchmentChange grow = assignZones(state, targetId, joining);
        applyEdits(state, grow);
        out.change.lockedZones = grow.lockedZones;
        const std::set<std::string> locked(grow.lockedZones.begin(), grow.lockedZones.end());
        for (const std::string& z : joining)
            if (!locked.count(z))
                out.joined.push_back(z);
    }

    // Each leaving zone goes to the catchment of a neighbour that stays outside the target;
    // zones cut off behind other leaving zones follow once those have moved.
    std::vector<std::string> pending = leaving;
    for (bool progress = true; progress && !pending.empty();) {
        progress = false;
        for (auto it = pending.begin(); it != pending.end();) {
            const core::Catchment* home = nullptr;
            const auto found = neighbours.find(*it);
            if (found != neighbours.end())
                for (const std::string& n : found->second) {
                    const core::Catchment* c = catchmentOfZone(state, n, level);
                    if (c && c->id != targetId && !c->locked) {
                        home = c;
                        break;
                    }
                }
            if (!home) {
                ++it;
                continue;
            }
            applyEdits(state, assignZones(state, home->id, { *it }));
            out.left.push_back(*it);
            it = pending.erase(it);
            progress = true;
        }
    }
    out.stranded = pending;

    // One edit per catchment that changed, the target first.
    for (const core::Catchment& c : state) {
        const core::Catchment* before = findCatchment(catchments, c.id);
        if (before && *before == c)
            continue;
        core::CatchmentEdit edit { c, false };
        if (c.id == targetId)
            out.change.edits.insert(out.change.edits.begin(), std::move(edit));
        else
            out.change.edits.push_back(std::move(edit));
    }
    return out;
}

} // namespace seatplan::ui
