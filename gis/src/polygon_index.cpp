#include "seatplan/gis/polygon_index.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace seatplan::gis {

namespace {

    // locateAll() starts another thread only for this many points or more.
    constexpr std::size_t kPointsPerThread = 50'000;
    constexpr std::size_t kMaxThreads = 16;

    struct Edge {
        double x0, y0, x1, y1;
    };

    // One polygon: bbox and edges bucketed into horizontal bands.
    struct Indexed {
        Extent box;
        double bandHeight = 1;
        std::vector<std::uint32_t> bandStart; // bands + 1 offsets into `edges`
        std::vector<Edge> edges;

        bool contains(double x, double y) const
        {
            if (x < box.minX || x > box.maxX || y < box.minY || y > box.maxY)
                return false;
            const auto bands = bandStart.size() - 1;
            auto band = static_cast<std::size_t>((y - box.minY) / bandHeight);
            band = std::min(band, bands - 1);
            bool inside = false;
            for (std::uint32_t i = bandStart[band]; i < bandStart[band + 1]; ++i) {
                const Edge& e = edges[i];
                // Half-open rule on y so that a vertex is counted once.
                if ((e.y0 > y) != (e.y1 > y)) {
                    const double xCross = e.x0 + (y - e.y0) * (e.x1 - e.x0) / (e.y1 - e.y0);
                    if (x < xCross)
                        inside = !inside;
                }
            }
            return inside;
        }
    };

    Indexed build(const Geometry& g)
    {
        Indexed p;
        p.box = g.extent();
        std::vector<Edge> all;
        for (std::size_t r = 0; r < g.ringCount(); ++r) {
            for (std::uint32_t i = g.rings[r]; i + 1 < g.rings[r + 1]; ++i) {
                const Coord a = g.coords[i];
                const Coord b = g.coords[i + 1];
                if (a.y != b.y)
                    all.push_back({ a.x, a.y, b.x, b.y });
            }
        }
        // About four edges per band keeps each test short without blowing up memory.
        const std::size_t bands = std::max<std::size_t>(1, all.size() / 4);
        p.bandHeight = std::max(p.box.height() / static_cast<double>(bands), 1e-12);
        std::vector<std::vector<Edge>> buckets(bands);
        for (const Edge& e : all) {
            const double lo = std::min(e.y0, e.y1);
            const double hi = std::max(e.y0, e.y1);
            auto first = static_cast<std::size_t>((lo - p.box.minY) / p.bandHeight);
            auto last = static_cast<std::size_t>((hi - p.box.minY) / p.bandHeight);
            first = std::min(first, bands - 1);
            last = std::min(last, bands - 1);
            for (std::size_t b = first; b <= last; ++b)
                buckets[b].push_back(e);
        }
        p.bandStart.push_back(0);
        for (auto& bucket : buckets) {
            p.edges.insert(p.edges.end(), bucket.begin(), bucket.end());
            p.bandStart.push_back(static_cast<std::uint32_t>(p.edges.size()));
        }
        return p;
    }

} // namespace

struct PolygonIndex::Impl {
    std::vector<Indexed> polygons;
    Extent box;
    int columns = 1;
    int rows = 1;
    double cellWidth = 1;
    double cellHeight = 1;
    std::vector<std::uint32_t> cellStart; // rows * columns + 1
    std::vector<std::uint32_t> cellItems;
    // Per grid cell: the polygon covering all of it (>= 0), none (kOutside), or kMixed when an
    // edge passes through the cell and points need the exact test.
    static constexpr std::int32_t kOutside = -1;
    static constexpr std::int32_t kMixed = -2;
    std::vector<std::int32_t> owner;

    std::optional<std::size_t> exact(std::size_t cell, double x, double y) const
    {
        for (std::uint32_t i = cellStart[cell]; i < cellStart[cell + 1]; ++i) {
            const std::uint32_t p = cellItems[i];
            if (polygons[p].contains(x, y))
                return p;
        }
        return std::nullopt;
    }

    int column(double x) const
    {
        return std::clamp(static_cast<int>((x - box.minX) / cellWidth), 0, columns - 1);
    }
    int row(double y) const
    {
        return std::clamp(static_cast<int>((y - box.minY) / cellHeight), 0, rows - 1);
    }
};

PolygonIndex::PolygonIndex(const VectorLayer& layer)
    : m_impl(std::make_unique<Impl>())
{
    Impl& d = *m_impl;
    for (const Feature& f : layer.features) {
        d.polygons.push_back(
            f.geometry.kind == GeometryKind::Polygon ? build(f.geometry) : Indexed {});
        d.box.include(d.polygons.back().box);
    }
    if (d.box.isEmpty())
        d.box = { 0, 0, 1, 1 };
    // About eight grid cells per polygon in each direction: most cells then lie wholly inside
    // one polygon and answer without any edge test.
    const double side = std::max(1.0, std::sqrt(static_cast<double>(d.polygons.size())) * 8.0);
    d.columns = static_cast<int>(std::min(side, 2048.0));
    d.rows = d.columns;
    d.cellWidth = std::max(d.box.width() / d.columns, 1e-12);
    d.cellHeight = std::max(d.box.height() / d.rows, 1e-12);
    std::vector<std::vector<std::uint32_t>> cells(
        static_cast<std::size_t>(d.rows) * static_cast<std::size_t>(d.columns));
    for (std::size_t i = 0; i < d.polygons.size(); ++i) {
        const Extent& b = d.polygons[i].box;
        if (b.isEmpty())
            continue;
        for (int r = d.row(b.minY); r <= d.row(b.maxY); ++r) {
            for (int c = d.column(b.minX); c <= d.column(b.maxX); ++c)
                cells[static_cast<std::size_t>(r) * static_cast<std::size_t>(d.columns)
                    + static_cast<std::size_t>(c)]
                    .push_back(static_cast<std::uint32_t>(i));
        }
    }
    d.cellStart.push_back(0);
    for (auto& cell : cells) {
        d.cellItems.insert(d.cellItems.end(), cell.begin(), cell.end());
        d.cellStart.push_back(static_cast<std::uint32_t>(d.cellItems.size()));
    }
    // Mark the cells an edge's bounding box touches as mixed; every other cell lies in a
    // single face of the arrangement, so its centre decides for all of it.
    constexpr std::int32_t kUnknown = -3;
    d.owner.assign(cells.size(), kUnknown);
    for (const Feature& f : layer.features) {
        const Geometry& g = f.geometry;
        if (g.kind != GeometryKind::Polygon)
            continue;
        for (std::size_t ring = 0; ring < g.ringCount(); ++ring) {
            for (std::uint32_t i = g.rings[ring]; i + 1 < g.rings[ring + 1]; ++i) {
                const Coord a = g.coords[i];
                const Coord b = g.coords[i + 1];
                // Per grid row, the x range the edge covers within that row's y span.
                const double yLow = std::min(a.y, b.y);
                const double yHigh = std::max(a.y, b.y);
                for (int r = d.row(yLow); r <= d.row(yHigh); ++r) {
                    double xa = a.x;
                    double xb = b.x;
                    if (a.y != b.y) {
                        const double top = std::max(yLow, d.box.minY + r * d.cellHeight);
                        const double bottom = std::min(yHigh, d.box.minY + (r + 1) * d.cellHeight);
                        xa = a.x + (top - a.y) * (b.x - a.x) / (b.y - a.y);
                        xb = a.x + (bottom - a.y) * (b.x - a.x) / (b.y - a.y);
                    }
                    for (int c = d.column(std::min(xa, xb)); c <= d.column(std::max(xa, xb)); ++c)
                        d.owner[static_cast<std::size_t>(r) * static_cast<std::size_t>(d.columns)
                            + static_cast<std::size_t>(c)]
                            = Impl::kMixed;
                }
            }
        }
    }
    for (int r = 0; r < d.rows; ++r) {
        for (int c = 0; c < d.columns; ++c) {
            const std::size_t cell
                = static_cast<std::size_t>(r) * static_cast<std::size_t>(d.columns)
                + static_cast<std::size_t>(c);
            if (d.owner[cell] != kUnknown)
                continue;
            const auto hit = d.exact(
                cell, d.box.minX + (c + 0.5) * d.cellWidth, d.box.minY + (r + 0.5) * d.cellHeight);
            d.owner[cell] = hit ? static_cast<std::int32_t>(*hit) : Impl::kOutside;
        }
    }
}

PolygonIndex::~PolygonIndex() = default;
PolygonIndex::PolygonIndex(PolygonIndex&&) noexcept = default;
PolygonIndex& PolygonIndex::operator=(PolygonIndex&&) noexcept = default;

std::size_t PolygonIndex::size() const
{
    return m_impl->polygons.size();
}

std::optional<std::size_t> PolygonIndex::locate(double x, double y) const
{
    const Impl& d = *m_impl;
    if (x < d.box.minX || x > d.box.maxX || y < d.box.minY || y > d.box.maxY)
        return std::nullopt;
    const std::size_t cell
        = static_cast<std::size_t>(d.row(y)) * static_cast<std::size_t>(d.columns)
        + static_cast<std::size_t>(d.column(x));
    // Most cells lie wholly in one polygon (or none) and answer without an edge test.
    const std::int32_t owner = d.owner[cell];
    if (owner >= 0)
        return static_cast<std::size_t>(owner);
    if (owner == Impl::kOutside)
        return std::nullopt;
    return d.exact(cell, x, y);
}

std::vector<std::int64_t> PolygonIndex::locateAll(const std::vector<Coord>& points) const
{
    std::vector<std::int64_t> out(points.size(), -1);
    // Points are independent: contiguous chunks over the cores (the index is read-only).
    const std::size_t threads
        = std::clamp<std::size_t>(std::min<std::size_t>(std::thread::hardware_concurrency(),
                                      points.size() / kPointsPerThread),
            1, kMaxThreads);
    const std::size_t chunk = (points.size() + threads - 1) / threads;
    const auto work = [&](std::size_t begin) {
        const std::size_t end = std::min(points.size(), begin + chunk);
        for (std::size_t i = begin; i < end; ++i) {
            if (const auto p = locate(points[i].x, points[i].y))
                out[i] = static_cast<std::int64_t>(*p);
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work, t * chunk);
    work(0);
    for (std::thread& th : pool)
        th.join();
    return out;
}

std::vector<std::size_t> PolygonIndex::candidates(const Extent& extent) const
{
    const Impl& d = *m_impl;
    std::vector<std::size_t> out;
    if (!extent.intersects(d.box))
        return out;
    for (int r = d.row(extent.minY); r <= d.row(extent.maxY); ++r) {
        for (int c = d.column(extent.minX); c <= d.column(extent.maxX); ++c) {
            const std::size_t cell
                = static_cast<std::size_t>(r) * static_cast<std::size_t>(d.columns)
                + static_cast<std::size_t>(c);
            for (std::uint32_t i = d.cellStart[cell]; i < d.cellStart[cell + 1]; ++i) {
                if (d.polygons[d.cellItems[i]].box.intersects(extent))
                    out.push_back(d.cellItems[i]);
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace seatplan::gis
