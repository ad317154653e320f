#include "seatplan/gis/placement_check.h"

#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/polygon_index.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace seatplan::gis {

namespace {

    // Data-quality heuristics (not planning policy): the bounding boxes "have the same size"
    // when width and height agree within this share.
    constexpr double kSameSizeTolerance = 0.1;
    // Centre offsets from this many metres are reported; GCJ-02 at Meizhou is about 560 m.
    constexpr double kShiftedFromM = 200;
    // Offsets from this many metres are beyond any datum or encryption offset of China.
    constexpr double kMisplacedFromM = 1500;
    // Fewer features than this share inside the project area: the layer is mostly elsewhere.
    constexpr double kOutsideBelowShare = 0.5;
    // Features looked at for the inside share (evenly sampled on larger layers).
    constexpr std::size_t kSampledFeatures = 5000;
    // Fewest points paired by id with the previous layer for their median shift to count.
    constexpr std::size_t kFewestMatches = 3;

    double median(std::vector<double> values)
    {
        const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
        std::nth_element(values.begin(), middle, values.end());
        return *middle;
    }

    // The median displacement of the points of `layer` from the points of `previous` with the
    // same "id" value, and how many were paired.
    std::pair<Coord, std::size_t> shiftById(const VectorLayer& layer, const VectorLayer& previous)
    {
        const int newId = layer.fieldIndex("id");
        const int oldId = previous.fieldIndex("id");
        if (newId < 0 || oldId < 0 || layer.kind != GeometryKind::Point
            || previous.kind != GeometryKind::Point)
            return { {}, 0 };
        std::unordered_map<std::string, Coord> before;
        for (const Feature& f : previous.features)
            if (!f.geometry.isEmpty())
                before.emplace(
                    toText(f.values[static_cast<std::size_t>(oldId)]), f.geometry.coords[0]);
        std::vector<double> dx;
        std::vector<double> dy;
        for (const Feature& f : layer.features) {
            if (f.geometry.isEmpty())
                continue;
            const auto old = before.find(toText(f.values[static_cast<std::size_t>(newId)]));
            if (old == before.end() || old->first.empty())
                continue;
            dx.push_back(f.geometry.coords[0].x - old->second.x);
            dy.push_back(f.geometry.coords[0].y - old->second.y);
        }
        if (dx.size() < kFewestMatches)
            return { {}, 0 };
        return { { median(dx), median(dy) }, dx.size() };
    }

    // Counts the points of `layer` with a town_code inside the town it names, as given and
    // moved back by the GCJ-02 offset.
    void checkOwnTowns(const VectorLayer& layer, const TownReference& ref, Placement& p)
    {
        const int own = layer.fieldIndex("town_code");
        const int code = ref.towns ? ref.towns->fieldIndex("code") : -1;
        if (own < 0 || code < 0 || layer.kind != GeometryKind::Point)
            return;
        const PolygonIndex towns(*ref.towns);
        const auto named = [&](const Coord& at, const std::string& town) {
            const auto found = towns.locate(at.x, at.y);
            return found
                && toText(ref.towns->features[*found].values[static_cast<std::size_t>(code)])
                == town;
        };
        std::unordered_set<std::string> known;
        for (const Feature& t : ref.towns->features)
            known.insert(toText(t.values[static_cast<std::size_t>(code)]));
        for (const Feature& f : layer.features) {
            const std::string town = toText(f.values[static_cast<std::size_t>(own)]);
            if (f.geometry.isEmpty() || !known.count(town))
                continue;
            const Coord at = f.geometry.coords[0];
            ++p.townChecked;
            p.inOwnTown += named(at, town) ? 1 : 0;
            p.inOwnTownMovedBack
                += named({ at.x - ref.gcj02Offset.x, at.y - ref.gcj02Offset.y }, town) ? 1 : 0;
        }
    }

    double boxArea(const Extent& e)
    {
        return e.isEmpty() ? 0.0 : e.width() * e.height();
    }

    Extent intersection(const Extent& a, const Extent& b)
    {
        Extent out;
        out.minX = std::max(a.minX, b.minX);
        out.minY = std::max(a.minY, b.minY);
        out.maxX = std::min(a.maxX, b.maxX);
        out.maxY = std::min(a.maxY, b.maxY);
        return out;
    }

    bool sameSize(double a, double b)
    {
        return std::abs(a - b) <= kSameSizeTolerance * std::max(a, b);
    }

    std::string metres(double m)
    {
        char buffer[64];
        if (std::abs(m) >= 1000)
            std::snprintf(buffer, sizeof buffer, "%.1f km", m / 1000);
        else
            std::snprintf(buffer, sizeof buffer, "%.0f m", m);
        return buffer;
    }

} // namespace

std::string Placement::message(const std::string& source, const std::string& layer) const
{
    const std::string what = source + (layer.empty() ? "" : " (layer " + layer + ")");
    const std::string from = matchedById > 0
        ? "the same " + std::to_string(matchedById) + " features (by id) already in the project"
        : std::string("the project's counties");
    std::string off = offset ? metres(offsetM) + " off " + from + " (" + metres(offset->x)
            + " east, " + metres(offset->y) + " north)"
                             : std::string();
    if (offset && shiftedByTown)
        off = metres(offsetM) + " off where their town codes put them ("
            + std::to_string(townChecked - inOwnTown) + " of " + std::to_string(townChecked)
            + " points outside their own town, " + std::to_string(townChecked - inOwnTownMovedBack)
            + " once moved back by the GCJ-02 offset of " + metres(offset->x) + " east, "
            + metres(offset->y) + " north)";
    switch (verdict) {
    case Verdict::Fine:
        return {};
    case Verdict::Shifted:
        return what + " lies " + off
            + ": Amap/DataV/Tencent coordinates (GCJ-02) are about 560 m off here; import with "
              "--source-crs gcj02 (or bd09 for Baidu)";
    case Verdict::Misplaced:
        return what + " lies " + off + ": a wrongly placed dataset, do not use it as it is";
    case Verdict::Outside: {
        char share[64];
        std::snprintf(share, sizeof share, "%.0f%% of its features (bounding box overlap %.0f%%)",
            insideShare * 100, extentOverlap * 100);
        return what + " barely overlaps the project's counties: only " + share
            + " lie inside them; check the file, its CRS and --source-crs";
    }
    }
    return {};
}

std::optional<Placement> checkPlacement(const VectorLayer& layer, const VectorLayer& projectArea,
    const VectorLayer* previous, const TownReference* towns)
{
    const Extent area = projectArea.extent();
    if (area.isEmpty() || layer.features.empty())
        return std::nullopt;
    Placement p;
    const Extent own = layer.extent();
    if (boxArea(own) > 0) {
        const Extent both = intersection(own, area);
        p.extentOverlap = both.isEmpty() ? 0.0 : boxArea(both) / boxArea(own);
    } else {
        p.extentOverlap = own.intersects(area) ? 1.0 : 0.0;
    }

    const PolygonIndex index(projectArea);
    const std::size_t step = std::max<std::size_t>(1, layer.features.size() / kSampledFeatures);
    std::size_t looked = 0;
    std::size_t inside = 0;
    for (std::size_t i = 0; i < layer.features.size(); i += step) {
        const Geometry& g = layer.features[i].geometry;
        if (g.isEmpty())
            continue;
        // A polygon's first vertex lies on its outline, which a county outline shares; a point
        // inside the polygon says where it really is.
        const std::optional<Coord> at = g.kind == GeometryKind::Polygon
            ? interiorPoint(g)
            : std::optional<Coord>(g.coords[0]);
        if (!at)
            continue;
        ++looked;
        if (index.locate(at->x, at->y))
            ++inside;
    }
    p.insideShare = looked == 0 ? 1.0 : static_cast<double>(inside) / static_cast<double>(looked);

    // Only an area-covering layer shares the area's box; points spread over a city can fill
    // most of it while their box's centre says nothing of a shift.
    if (layer.kind == GeometryKind::Polygon && sameSize(own.width(), area.width())
        && sameSize(own.height(), area.height())) {
        const Coord c { (own.minX + own.maxX - area.minX - area.maxX) / 2,
            (own.minY + own.maxY - area.minY - area.maxY) / 2 };
        p.offset = c;
        p.offsetM = std::hypot(c.x, c.y);
    }
    if (previous) {
        if (const auto [shift, matched] = shiftById(layer, *previous); matched > 0) {
            p.offset = shift;
            p.offsetM = std::hypot(shift.x, shift.y);
            p.matchedById = matched;
        }
    }
    if (towns && p.matchedById == 0) {
        checkOwnTowns(layer, *towns, p);
        // Points near a town boundary fall into the neighbour when shifted; moved back, at
        // most half as many may still miss (data errors), and a few more must fit.
        const std::size_t missed = p.townChecked - p.inOwnTown;
        const std::size_t missedBack = p.townChecked - p.inOwnTownMovedBack;
        if (missed >= missedBack + kFewestMatches && 2 * missedBack <= missed) {
            p.offset = towns->gcj02Offset;
            p.offsetM = std::hypot(towns->gcj02Offset.x, towns->gcj02Offset.y);
            p.shiftedByTown = true;
        }
    }
    if (p.offsetM >= kMisplacedFromM)
        p.verdict = Placement::Verdict::Misplaced;
    else if (p.insideShare < kOutsideBelowShare)
        p.verdict = Placement::Verdict::Outside;
    else if (p.offsetM >= kShiftedFromM)
        p.verdict = Placement::Verdict::Shifted;
    return p;
}

} // namespace seatplan::gis
