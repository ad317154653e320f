#include "seatplan/gis/geometry_repair.h"

#include "detail/geos_context.h"
#include "seatplan/gis/crs.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <mutex>
#include <thread>

namespace seatplan::gis {

using namespace detail;

namespace {

    struct MakeValidParamsDeleter {
        GEOSContextHandle_t ctx;
        void operator()(GEOSMakeValidParams* p) const noexcept
        {
            GEOSMakeValidParams_destroy_r(ctx, p);
        }
    };
    using MakeValidParamsPtr = std::unique_ptr<GEOSMakeValidParams, MakeValidParamsDeleter>;

    // Removes rings with non-finite coordinates (and polygon parts whose shell is gone).
    bool dropNonFinite(Geometry& g)
    {
        bool finite = true;
        for (const Coord& c : g.coords)
            finite = finite && std::isfinite(c.x) && std::isfinite(c.y);
        if (finite)
            return false;
        Geometry kept;
        for (std::size_t p = 0; p < g.partCount(); ++p) {
            std::vector<std::vector<Coord>> rings;
            for (std::uint32_t r = g.parts[p]; r < g.parts[p + 1]; ++r) {
                std::vector<Coord> ring(
                    g.coords.begin() + g.rings[r], g.coords.begin() + g.rings[r + 1]);
                bool ok = true;
                for (const Coord& c : ring)
                    ok = ok && std::isfinite(c.x) && std::isfinite(c.y);
                if (!ok) {
                    if (r == g.parts[p])
                        break; // shell lost: drop the whole part
                    continue;
                }
                rings.push_back(std::move(ring));
            }
            if (rings.empty())
                continue;
            if (g.kind == GeometryKind::Polygon)
                kept.addPolygon(rings);
            else if (g.kind == GeometryKind::Line)
                kept.addLine(rings[0]);
            else
                kept.addPoint(rings[0][0].x, rings[0][0].y);
        }
        g = std::move(kept);
        return true;
    }

    // Removes polygon rings of fewer than 4 points (and lines of fewer than 2), which GEOS cannot
    // even build.
    bool dropDegenerateRings(Geometry& g)
    {
        if (g.kind == GeometryKind::Point)
            return false;
        const std::uint32_t minimum = g.kind == GeometryKind::Polygon ? 4 : 2;
        bool degenerate = false;
        for (std::size_t r = 0; r < g.ringCount(); ++r)
            degenerate = degenerate || g.rings[r + 1] - g.rings[r] < minimum;
        if (!degenerate)
            return false;
        Geometry kept;
        for (std::size_t p = 0; p < g.partCount(); ++p) {
            std::vector<std::vector<Coord>> rings;
            for (std::uint32_t r = g.parts[p]; r < g.parts[p + 1]; ++r) {
                if (g.rings[r + 1] - g.rings[r] < minimum) {
                    if (r == g.parts[p])
                        break;
                    continue;
                }
                rings.emplace_back(
                    g.coords.begin() + g.rings[r], g.coords.begin() + g.rings[r + 1]);
            }
            if (rings.empty())
                continue;
            if (g.kind == GeometryKind::Polygon)
                kept.addPolygon(rings);
            else
                kept.addLine(rings[0]);
        }
        g = std::move(kept);
        return true;
    }

} // namespace

namespace {

    // Checks and repairs features [begin, end) with this thread's GEOS context; features left
    // without geometry get an empty geometry and `removed` set.
    std::vector<RepairNote> repairRange(std::vector<Feature>& features, std::size_t begin,
        std::size_t end, std::vector<char>& removed)
    {
        std::vector<RepairNote> notes;
        GeosContext& context = GeosContext::get();
        GEOSContextHandle_t ctx = context.handle();
        for (std::size_t index = begin; index < end; ++index) {
            Feature& feature = features[index];
            Geometry& g = feature.geometry;
            if (g.isEmpty())
                continue;
            if (dropNonFinite(g))
                notes.push_back({ feature.fid, RepairProblem::NonFinite, {}, std::nullopt,
                    g.isEmpty() ? RepairFix::GeometryRemoved : RepairFix::PartsRemoved });
            if (dropDegenerateRings(g))
                notes.push_back({ feature.fid, RepairProblem::TooFewPoints, {}, std::nullopt,
                    g.isEmpty() ? RepairFix::GeometryRemoved : RepairFix::PartsRemoved });
            if (g.kind == GeometryKind::Polygon && !g.isEmpty()) {
                GeosGeomPtr geos = toGeos(context, g);
                if (!geos) {
                    notes.push_back({ feature.fid, RepairProblem::Unbuildable, context.takeError(),
                        std::nullopt, RepairFix::GeometryRemoved });
                    g = Geometry {};
                } else {
                    char* reasonRaw = nullptr;
                    GEOSGeometry* locationRaw = nullptr;
                    const char valid
                        = GEOSisValidDetail_r(ctx, geos.get(), 0, &reasonRaw, &locationRaw);
                    GeosStringPtr reason(reasonRaw, GeosFree { ctx });
                    GeosGeomPtr location = own(ctx, locationRaw);
                    if (valid == 0) {
                        RepairNote note { feature.fid, RepairProblem::Invalid,
                            reason ? reason.get() : "", std::nullopt, RepairFix::MadeValid };
                        if (location) {
                            Coord at;
                            GEOSGeomGetX_r(ctx, location.get(), &at.x);
                            GEOSGeomGetY_r(ctx, location.get(), &at.y);
                            note.location = at;
                        }
                        MakeValidParamsPtr params(GEOSMakeValidParams_create_r(ctx), { ctx });
                        GEOSMakeValidParams_setMethod_r(
                            ctx, params.get(), GEOS_MAKE_VALID_STRUCTURE);
                        GEOSMakeValidParams_setKeepCollapsed_r(ctx, params.get(), 0);
                        GeosGeomPtr fixed
                            = own(ctx, GEOSMakeValidWithParams_r(ctx, geos.get(), params.get()));
                        int dropped = 0;
                        g = fixed ? fromGeos(context, fixed.get(), GeometryKind::Polygon, &dropped)
                                  : Geometry {};
                        if (g.isEmpty())
                            note.fix = RepairFix::NothingPolygonalLeft;
                        else
                            note.droppedParts = dropped;
                        notes.push_back(std::move(note));
                    }
                }
            }
            if (g.isEmpty()) {
                if (notes.empty() || notes.back().fid != feature.fid)
                    notes.push_back({ feature.fid, RepairProblem::Empty, {}, std::nullopt,
                        RepairFix::FeatureRemoved });
                else
                    notes.back().featureRemoved = true;
                removed[index] = 1;
            }
        }
        return notes;
    }

} // namespace

std::string RepairNote::text() const
{
    std::string problemText;
    switch (problem) {
    case RepairProblem::NonFinite:
        problemText = "coordinates that are not numbers (NaN or infinite)";
        break;
    case RepairProblem::TooFewPoints:
        problemText = "a ring or line with too few points";
        break;
    case RepairProblem::Unbuildable:
        problemText = "GEOS cannot build the polygon: " + detail;
        break;
    case RepairProblem::Invalid:
        problemText = detail.empty() ? "invalid" : detail;
        break;
    case RepairProblem::Empty:
        problemText = "empty geometry";
        break;
    }
    if (location)
        problemText += " at " + locationText();
    std::string fixText;
    switch (fix) {
    case RepairFix::GeometryRemoved:
        fixText = "geometry removed";
        break;
    case RepairFix::PartsRemoved:
        fixText = "the affected parts removed";
        break;
    case RepairFix::MadeValid:
        fixText = "made valid with GEOS MakeValid (structure method)";
        break;
    case RepairFix::NothingPolygonalLeft:
        fixText = "geometry removed (nothing polygonal left)";
        break;
    case RepairFix::FeatureRemoved:
        fixText = "feature removed";
        break;
    }
    if (droppedParts > 0)
        fixText += ", " + std::to_string(droppedParts) + " collapsed part(s) dropped";
    if (featureRemoved)
        fixText += "; feature removed";
    return "feature " + std::to_string(fid) + ": " + problemText + " -> " + fixText;
}

std::string RepairNote::locationText() const
{
    if (!location)
        return {};
    // Fixed point, never "2.68936e+06": 0.1 m, or 6 decimals of a degree (about 0.1 m).
    char where[128];
    if (degrees)
        std::snprintf(where, sizeof where, "(lon %.6f°, lat %.6f°)", location->x, location->y);
    else
        std::snprintf(where, sizeof where, "(x %.1f, y %.1f) m", location->x, location->y);
    return where;
}

std::vector<RepairNote> repairGeometries(VectorLayer& layer)
{
    // GEOS validation dominates large imports: split the features over the cores, each thread
    // with its own GEOS context (GeosContext::get() is per thread).
    const std::size_t count = layer.features.size();
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    const std::size_t chunks = count < 2000 ? 1 : threads;
    std::vector<char> removed(count, 0);
    std::vector<std::vector<RepairNote>> notes(chunks);
    std::vector<std::thread> pool;
    std::exception_ptr failure;
    std::mutex failureLock;
    for (std::size_t c = 0; c < chunks; ++c) {
        const std::size_t begin = count * c / chunks;
        const std::size_t end = count * (c + 1) / chunks;
        const auto work = [&, c, begin, end] {
            try {
                notes[c] = repairRange(layer.features, begin, end, removed);
            } catch (...) {
                const std::lock_guard<std::mutex> lock(failureLock);
                failure = std::current_exception();
            }
        };
        if (c + 1 == chunks)
            work();
        else
            pool.emplace_back(work);
    }
    for (std::thread& t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
    std::vector<RepairNote> all;
    for (auto& part : notes)
        all.insert(all.end(), part.begin(), part.end());
    std::size_t kept = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!removed[i]) {
            if (kept != i)
                layer.features[kept] = std::move(layer.features[i]);
            ++kept;
        }
    }
    layer.features.resize(kept);
    // Locations are in the layer's CRS: say when that is lon/lat (asked of PROJ only when needed).
    const bool located = std::any_of(
        all.begin(), all.end(), [](const RepairNote& n) { return n.location.has_value(); });
    if (located && !layer.crs.empty() && isGeographic(layer.crs)) {
        for (RepairNote& note : all)
            note.degrees = note.location.has_value();
    }
    return all;
}

} // namespace seatplan::gis
