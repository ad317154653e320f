#include "seatplan/gis/zonal_sum.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <thread>

namespace seatplan::gis {

namespace {

    /// One change of the coverage winding at a cell of the window: the coverage of cell
    /// (row, col) and of the cells east of it up to the next change grows by `delta`.
    struct CoverDelta {
        std::uint64_t key; ///< row * stride + col: sorts row by row, west to east
        double delta;
    };

    /**
     * Signed-area accumulator over a window of the raster (columns 0..width-1; edges at or
     * beyond the window's east side land in two spare columns). Only cells an edge passes
     * through get an entry (a difference of coverage along the row); a sweep over the sorted
     * entries then sums the boundary cells with their exact fraction and the runs of whole
     * interior cells between them by a plain scanline sum, and skips runs outside. Cost:
     * boundary cells x log + interior cells, independent of the bounding box.
     */
    class Accumulator {
    public:
        Accumulator(int width, int height)
            : m_width(width)
            , m_stride(static_cast<std::size_t>(width) + 2)
            , m_height(height)
        {
            thread_local std::vector<CoverDelta> buffer;
            buffer.clear();
            m_deltas = &buffer;
        }

        /// Adds the straight edge (x0,y0)-(x1,y1) in window cell units (y down) with `sign`.
        void addEdge(double x0, double y0, double x1, double y1, double sign)
        {
            if (y0 == y1)
                return;
            // Clip in y to the window: rows outside do not matter.
            if (y0 > y1) {
                std::swap(x0, x1);
                std::swap(y0, y1);
                sign = -sign;
            }
            const double h = m_height;
            if (y1 <= 0 || y0 >= h)
                return;
            const double dxdy = (x1 - x0) / (y1 - y0);
            if (y0 < 0) {
                x0 += -y0 * dxdy;
                y0 = 0;
            }
            if (y1 > h) {
                x1 -= (y1 - h) * dxdy;
                y1 = h;
            }
            // Split where the edge crosses the west (x = 0) and east (x = width) sides, so that
            // clamping x keeps the part inside exact: west of the window an edge covers whole
            // rows of cells; east of it, none.
            const double w = m_width;
            double cuts[2];
            int n = 0;
            for (const double side : { 0.0, w }) {
                if ((x0 < side) != (x1 < side) && x0 != x1)
                    cuts[n++] = y0 + (side - x0) / dxdy;
            }
            if (n == 2 && cuts[0] > cuts[1])
                std::swap(cuts[0], cuts[1]);
            double ya = y0;
            double xa = x0;
            for (int i = 0; i <= n; ++i) {
                const double yb = i < n ? cuts[i] : y1;
                const double xb = i < n ? x0 + (yb - y0) * dxdy : x1;
                addInside(std::clamp(xa, 0.0, w), ya, std::clamp(xb, 0.0, w), yb, sign);
                ya = yb;
                xa = xb;
            }
        }

        /// Returns the sum over the window of coverage x cell value; `values` points at the
        /// window's first cell, `rowStride` cells apart row to row. No-data and NaN cells count 0.
        double total(const float* values, std::size_t rowStride, float noData)
        {
            std::vector<CoverDelta>& deltas = *m_deltas;
            std::sort(deltas.begin(), deltas.end(),
                [](const CoverDelta& a, const CoverDelta& b) { return a.key < b.key; });
            double sum = 0;
            std::size_t i = 0;
            while (i < deltas.size()) {
                const std::size_t row = deltas[i].key / m_stride;
                const float* cells = values + row * rowStride;
                double winding = 0;
                std::size_t col = 0; // first cell not summed yet
                for (; i < deltas.size() && deltas[i].key / m_stride == row;) {
                    const std::size_t at = deltas[i].key % m_stride;
                    // Cells col .. at-1 share the current winding.
                    const double covered = coverage(winding);
                    if (at > col && covered > 0)
                        sum += covered * spanSum(cells, col, at, noData);
                    for (; i < deltas.size() && deltas[i].key == row * m_stride + at; ++i)
                        winding += deltas[i].delta;
                    if (at < static_cast<std::size_t>(m_width)) {
                        const float v = cells[at];
                        if (v != noData && !std::isnan(v))
                            sum += coverage(winding) * v;
                    }
                    col = at + 1;
                }
                // East of the last change the winding is back to 0 (closed rings).
            }
            return sum;
        }

    private:
        static double coverage(double winding)
        {
            const double c = std::min(1.0, std::abs(winding));
            return c > kNoCoverage ? c : 0.0;
        }

        // The plain sum of cells [from, to) of a row, clipped to the window.
        double spanSum(const float* cells, std::size_t from, std::size_t to, float noData) const
        {
            to = std::min(to, static_cast<std::size_t>(m_width));
            double s = 0;
            for (std::size_t c = from; c < to; ++c) {
                const float v = cells[c];
                s += (v != noData && v == v) ? static_cast<double>(v) : 0.0; // v == v: not NaN
            }
            return s;
        }

        // Area under the "left of x" fraction of an edge piece spanning [xl, xr] in x.
        static double leftArea(double x, double xl, double xr)
        {
            if (x <= xl)
                return 0;
            if (x >= xr)
                return (xr - xl) / 2 + (x - xr);
            return (x - xl) * (x - xl) / (2 * (xr - xl));
        }

        // An edge piece with 0 <= x <= width and y0 < y1 inside the window.
        void addInside(double x0, double y0, double x1, double y1, double sign)
        {
            if (y1 <= y0)
                return;
            const double dxdy = (x1 - x0) / (y1 - y0);
            const int firstRow = static_cast<int>(std::floor(y0));
            const int lastRow = std::min(m_height - 1, static_cast<int>(std::ceil(y1)) - 1);
            for (int r = std::max(0, firstRow); r <= lastRow; ++r) {
                const double top = std::max(y0, static_cast<double>(r));
                const double bottom = std::min(y1, static_cast<double>(r + 1));
                if (bottom <= top)
                    continue;
                const double d = (bottom - top) * sign;
                const double xa = x0 + (top - y0) * dxdy;
                const double xb = x0 + (bottom - y0) * dxdy;
                const double xl = std::min(xa, xb);
                const double xr = std::max(xa, xb);
                const std::uint64_t rowKey = static_cast<std::uint64_t>(r) * m_stride;
                const int c0 = static_cast<int>(std::floor(xl));
                const int c1 = std::min(m_width, static_cast<int>(std::ceil(xr)));
                // Cell c's share of this piece is d * (A(c+1) - A(c)); store the differences so
                // that a running sum along the row gives each cell's coverage.
                double previous = 0;
                for (int c = c0; c <= c1; ++c) {
                    const double share = d * (leftArea(c + 1, xl, xr) - leftArea(c, xl, xr));
                    m_deltas->push_back(
                        { rowKey + static_cast<std::uint64_t>(c), share - previous });
                    previous = share;
                }
            }
        }

        // Coverage below this counts 0 (round-off of cancelling edges).
        static constexpr double kNoCoverage = 1e-12;

        int m_width;
        std::size_t m_stride;
        int m_height;
        std::vector<CoverDelta>* m_deltas = nullptr;
    };

    double signedRingArea(const Geometry& g, std::size_t r)
    {
        double sum = 0;
        for (std::uint32_t i = g.rings[r]; i + 1 < g.rings[r + 1]; ++i)
            sum += g.coords[i].x * g.coords[i + 1].y - g.coords[i + 1].x * g.coords[i].y;
        return sum;
    }

} // namespace

ZonalSum::ZonalSum(std::shared_ptr<const Raster> raster)
    : m_raster(std::move(raster))
{
}

double ZonalSum::sum(const Geometry& polygon) const
{
    const Raster& raster = *m_raster;
    if (polygon.kind != GeometryKind::Polygon || polygon.isEmpty() || raster.width <= 0)
        return 0;
    const Extent box = polygon.extent();
    const int c0
        = std::max(0, static_cast<int>(std::floor((box.minX - raster.originX) / raster.cellWidth)));
    const int c1 = std::min(
        raster.width, static_cast<int>(std::ceil((box.maxX - raster.originX) / raster.cellWidth)));
    const int r0 = std::max(
        0, static_cast<int>(std::floor((raster.originY - box.maxY) / raster.cellHeight)));
    const int r1 = std::min(raster.height,
        static_cast<int>(std::ceil((raster.originY - box.minY) / raster.cellHeight)));
    if (c1 <= c0 || r1 <= r0)
        return 0;
    Accumulator acc(c1 - c0, r1 - r0);
    const double x0 = raster.originX + c0 * raster.cellWidth;
    const double y0 = raster.originY - r0 * raster.cellHeight;
    for (std::size_t p = 0; p < polygon.partCount(); ++p) {
        for (std::uint32_t r = polygon.parts[p]; r < polygon.parts[p + 1]; ++r) {
            // Shells one way round, holes the other, whatever the file said.
            const bool shell = r == polygon.parts[p];
            const double orientation = signedRingArea(polygon, r) >= 0 ? 1.0 : -1.0;
            const double sign = shell ? orientation : -orientation;
            for (std::uint32_t i = polygon.rings[r]; i + 1 < polygon.rings[r + 1]; ++i) {
                const Coord a = polygon.coords[i];
                const Coord b = polygon.coords[i + 1];
                acc.addEdge((a.x - x0) / raster.cellWidth, (y0 - a.y) / raster.cellHeight,
                    (b.x - x0) / raster.cellWidth, (y0 - b.y) / raster.cellHeight, sign);
            }
        }
    }
    const std::size_t stride = static_cast<std::size_t>(raster.width);
    return acc.total(
        raster.values.data() + static_cast<std::size_t>(r0) * stride + static_cast<std::size_t>(c0),
        stride, raster.noData);
}

std::vector<double> ZonalSum::sums(const VectorLayer& polygons) const
{
    // Polygons are independent: split them over the cores (each thread has its own buffer).
    std::vector<double> out(polygons.features.size(), 0.0);
    const std::size_t count = out.size();
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 16);
    std::atomic<std::size_t> next { 0 };
    const auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++)
            out[i] = sum(polygons.features[i].geometry);
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < std::min(threads, count); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
    return out;
}

IncrementalZonalSum::IncrementalZonalSum(
    std::shared_ptr<const Raster> raster, const VectorLayer& polygons)
    : m_zonal(std::move(raster))
    , m_sums(m_zonal.sums(polygons))
{
}

double IncrementalZonalSum::update(std::size_t index, const Geometry& polygon)
{
    if (index > m_sums.size())
        throw std::out_of_range("IncrementalZonalSum::update: index beyond the end");
    const double value = m_zonal.sum(polygon);
    if (index == m_sums.size())
        m_sums.push_back(value);
    else
        m_sums[index] = value;
    return value;
}

} // namespace seatplan::gis
