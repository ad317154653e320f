#include "seatplan/render/map_painter.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <utility>

namespace seatplan::render {

namespace {

    /// The factor for font point sizes. Point sizes are physical: a device of D dpi already
    /// draws a 9-pt label 9/72 inch tall, while symbol sizes are device pixels scaled by the
    /// pixel ratio (dpi / 96). So fonts take the ratio relative to the device's own resolution:
    /// unchanged on 96-dpi images (the screen path), 1 on a 1200-dpi printer with ratio 12.5.
    double fontRatio(double pixelRatio, const QPainter& painter)
    {
        const QPaintDevice* device = painter.device();
        const int dpi = device ? device->logicalDpiY() : 0;
        return dpi > 0 ? pixelRatio * 96.0 / dpi : pixelRatio;
    }

    /// Features smaller than this (pixels, both sides) are drawn as one dot.
    constexpr double kTinyPixels = 1.5;
    /// Features smaller than this (pixels, both sides) are drawn as their bounding box.
    constexpr double kSmallPixels = 4.0;
    /// Outlines are drawn only for polygons at least this large (pixels, longer side).
    constexpr double kOutlinePixels = 6.0;
    /// Vertices closer than this to the previous kept one (pixels) are dropped.
    constexpr double kSnapPixels = 0.5;
    /// Features are tested for cancellation in batches of this size (a power of two).
    constexpr std::size_t kCancelBatch = 4096;
    /// Point symbols are never drawn larger than this (pixels at ratio 1).
    constexpr double kMaxSymbol = 48.0;

    bool cancelled(const std::atomic_bool* cancel, std::size_t i)
    {
        return (i & (kCancelBatch - 1)) == 0 && cancel && cancel->load(std::memory_order_relaxed);
    }

    /// Items (dots or boxes of tiny features) grouped by colour, so that each colour is one
    /// drawPoints()/drawRects() call.
    template <class Item> class ColourBuckets {
    public:
        void add(QRgb rgb, const Item& item)
        {
            if (m_buckets.empty() || m_buckets[m_last].first != rgb) {
                auto it = std::find_if(m_buckets.begin(), m_buckets.end(),
                    [rgb](const auto& b) { return b.first == rgb; });
                if (it == m_buckets.end()) {
                    m_buckets.emplace_back(rgb, std::vector<Item> {});
                    it = m_buckets.end() - 1;
                }
                m_last = static_cast<std::size_t>(it - m_buckets.begin());
            }
            m_buckets[m_last].second.push_back(item);
        }
        const std::vector<std::pair<QRgb, std::vector<Item>>>& buckets() const { return m_buckets; }

    private:
        std::vector<std::pair<QRgb, std::vector<Item>>> m_buckets;
        std::size_t m_last = 0;
    };

    using DotBuckets = ColourBuckets<QPointF>;
    using RectBuckets = ColourBuckets<QRectF>;

    void paintDots(QPainter& painter, const DotBuckets& dots, double width)
    {
        for (const auto& [rgb, points] : dots.buckets()) {
            painter.setPen(QPen(QColor::fromRgba(rgb), width, Qt::SolidLine, Qt::SquareCap));
            painter.drawPoints(points.data(), static_cast<int>(points.size()));
        }
    }

    void paintRects(QPainter& painter, const RectBuckets& blocks)
    {
        painter.setPen(Qt::NoPen);
        for (const auto& [rgb, rects] : blocks.buckets()) {
            painter.setBrush(QColor::fromRgba(rgb));
            painter.drawRects(rects.data(), static_cast<int>(rects.size()));
        }
    }

    /// Transforms ring `r` of `g` to screen pixels, dropping vertices within kSnapPixels.
    void screenRing(const MapTransform& t, const gis::Geometry& g, std::size_t r, QPolygonF& out)
    {
        out.clear();
        const std::uint32_t begin = g.rings[r];
        const std::uint32_t end = g.rings[r + 1];
        for (std::uint32_t k = begin; k < end; ++k) {
            const QPointF p = t.toScreen(g.coords[k].x, g.coords[k].y);
            if (!out.isEmpty()) {
                const QPointF& last = out.constLast();
                if (std::abs(p.x() - last.x()) < kSnapPixels
                    && std::abs(p.y() - last.y()) < kSnapPixels && k + 1 != end)
                    continue;
            }
            out.append(p);
        }
    }

    QRectF viewWithMargin(const MapTransform& t, double marginPixels)
    {
        const double m = marginPixels * t.mapUnitsPerPixel();
        return t.visibleExtent().adjusted(-m, -m, m, m);
    }

    bool outside(const FeatureBox& b, const QRectF& v)
    {
        return b.maxX < v.left() || b.minX > v.right() || b.maxY < v.top() || b.minY > v.bottom();
    }

    void drawShape(QPainter& painter, PointShape shape, QPointF c, double d)
    {
        const double r = d / 2.0;
        switch (shape) {
        case PointShape::Circle:
            painter.drawEllipse(c, r, r);
            break;
        case PointShape::Square:
            painter.drawRect(QRectF(c.x() - r, c.y() - r, d, d));
            break;
        case PointShape::Triangle: {
            const QPointF tri[3] = { { c.x(), c.y() - r }, { c.x() + r, c.y() + r * 0.8 },
                { c.x() - r, c.y() + r * 0.8 } };
            painter.drawPolygon(tri, 3);
            break;
        }
        }
    }

    /// A small pennant on a pole whose foot is at `foot`.
    void drawFlag(QPainter& painter, QPointF foot, double h, const QColor& color)
    {
        painter.setPen(QPen(QColor(0x33, 0x33, 0x33), std::max(1.0, h / 10.0)));
        painter.drawLine(foot, foot - QPointF(0, h));
        const QPointF pennant[3] = { foot - QPointF(0, h), foot - QPointF(-h * 0.7, h * 0.78),
            foot - QPointF(0, h * 0.55) };
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(pennant, 3);
    }

} // namespace

MapPainter::MapPainter(const MapTransform& transform, double pixelRatio)
    : m_transform(transform)
    , m_ratio(pixelRatio)
{
}

bool MapPainter::paintLayer(QPainter& painter, const LayerData& data, const LayerStyle& style,
    const std::atomic_bool* cancel) const
{
    if (!m_transform.isValid())
        return true;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, data.layer().features.size() <= kAntialiasLimit);
    bool done = true;
    switch (data.layer().kind) {
    case gis::GeometryKind::Polygon:
        done = paintPolygons(painter, data, style, cancel);
        break;
    case gis::GeometryKind::Line:
        done = paintLines(painter, data, style, cancel);
        break;
    case gis::GeometryKind::Point:
        done = paintPoints(painter, data, style, cancel);
        break;
    case gis::GeometryKind::None:
        break;
    }
    painter.restore();
    return done;
}

bool MapPainter::paintPolygons(QPainter& painter, const LayerData& data, const LayerStyle& style,
    const std::atomic_bool* cancel) const
{
    const auto& features = data.layer().features;
    const auto& boxes = data.boxes();
    const QRectF view = viewWithMargin(m_transform, 2.0);
    const double upp = m_transform.mapUnitsPerPixel();
    const double tiny = kTinyPixels * upp;
    const double small = kSmallPixels * upp;
    const double outlineMin = kOutlinePixels * upp;
    const bool canOutline = style.strokeWidth > 0.0 && style.stroke.alpha() > 0;

    // Polygons are batched into one path per (colour, brush) and one path of outlines: a few
    // large fills cost far less than one QPainter call per parcel. Fill order inside a batch
    // does not matter for the layers drawn here (tilings, or disjoint plots).
    struct Batch {
        QRgb rgb;
        Qt::BrushStyle brush;
        std::vector<QPointF> points; ///< the single-ring polygons, back to back
        std::vector<int> sizes; ///< vertex count of each of them
        QPainterPath path; ///< polygons with holes
    };
    std::vector<Batch> batches;
    std::size_t lastBatch = 0;
    std::vector<QPointF> outlinePoints; // closed rings back to back, drawn as polylines
    std::vector<int> outlineSizes;
    DotBuckets dots;
    RectBuckets blocks;
    QPolygonF ring;

    for (std::size_t i = 0; i < features.size(); ++i) {
        if (cancelled(cancel, i))
            return false;
        const FeatureBox& b = boxes[i];
        if (outside(b, view))
            continue;
        const QRgb rgb = style.fillOf(i);
        const double w = b.maxX - b.minX;
        const double h = b.maxY - b.minY;
        if (w < tiny && h < tiny) {
            dots.add(qAlpha(rgb) ? rgb : style.stroke.rgba(),
                m_transform.toScreen((b.minX + b.maxX) / 2.0, (b.minY + b.maxY) / 2.0));
            continue;
        }
        const Qt::BrushStyle brushStyle = style.brushOf(i);
        if (w < small && h < small && brushStyle == Qt::SolidPattern && qAlpha(rgb) > 0) {
            blocks.add(rgb, m_transform.toScreen(QRectF(b.minX, b.minY, w, h)));
            continue;
        }
        const bool filled = qAlpha(rgb) > 0 && brushStyle != Qt::NoBrush;
        if (filled
            && (batches.empty() || batches[lastBatch].rgb != rgb
                || batches[lastBatch].brush != brushStyle)) {
            auto it = std::find_if(batches.begin(), batches.end(),
                [&](const Batch& x) { return x.rgb == rgb && x.brush == brushStyle; });
            if (it == batches.end()) {
                batches.push_back({ rgb, brushStyle, {}, {}, QPainterPath() });
                batches.back().path.setFillRule(Qt::OddEvenFill);
                it = batches.end() - 1;
            }
            lastBatch = static_cast<std::size_t>(it - batches.begin());
        }
        const bool outlined = canOutline && std::max(w, h) >= outlineMin;
        const gis::Geometry& g = features[i].geometry;
        const bool simple = g.rings.size() == 2; // one part, no holes: the common case
        for (std::size_t r = 0; r + 1 < g.rings.size(); ++r) {
            screenRing(m_transform, g, r, ring);
            if (ring.size() < 3)
                continue;
            if (filled && simple) {
                Batch& batch = batches[lastBatch];
                batch.points.insert(batch.points.end(), ring.cbegin(), ring.cend());
                batch.sizes.push_back(static_cast<int>(ring.size()));
            } else if (filled) {
                batches[lastBatch].path.addPolygon(ring);
            }
            if (outlined) {
                outlinePoints.insert(outlinePoints.end(), ring.cbegin(), ring.cend());
                outlineSizes.push_back(static_cast<int>(ring.size()));
            }
        }
    }
    painter.setPen(Qt::NoPen);
    auto fillBatch = [&painter](const Batch& batch) {
        std::size_t offset = 0;
        for (int n : batch.sizes) {
            painter.drawPolygon(batch.points.data() + offset, n);
            offset += static_cast<std::size_t>(n);
        }
        if (!batch.path.isEmpty())
            painter.drawPath(batch.path);
    };
    for (const Batch& batch : batches) {
        if (batch.brush != Qt::SolidPattern) {
            // A hatch on a faint wash of its own colour, so hatched areas read as areas.
            QColor wash = QColor::fromRgba(batch.rgb);
            wash.setAlpha(wash.alpha() / 5);
            painter.setBrush(wash);
            fillBatch(batch);
        }
        painter.setBrush(QBrush(QColor::fromRgba(batch.rgb), batch.brush));
        fillBatch(batch);
    }
    paintRects(painter, blocks);
    paintDots(painter, dots, std::max(1.0, m_ratio));
    if (!outlineSizes.empty()) {
        // A hairline (width 0) goes through the fast cosmetic rasteriser; thin widths > 0
        // would go through the path stroker at several times the cost.
        const double width = style.strokeWidth * m_ratio;
        painter.setPen(QPen(style.stroke, width <= 1.0 ? 0.0 : width));
        painter.setBrush(Qt::NoBrush);
        std::size_t offset = 0;
        for (int n : outlineSizes) {
            painter.drawPolyline(outlinePoints.data() + offset, n);
            offset += static_cast<std::size_t>(n);
        }
    }
    return true;
}

bool MapPainter::paintLines(QPainter& painter, const LayerData& data, const LayerStyle& style,
    const std::atomic_bool* cancel) const
{
    const auto& features = data.layer().features;
    const auto& boxes = data.boxes();
    const QRectF view = viewWithMargin(m_transform, 2.0);
    const double tiny = kTinyPixels * m_transform.mapUnitsPerPixel();
    QPen pen(style.stroke, std::max(0.5, style.strokeWidth) * m_ratio);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    DotBuckets dots;
    QPolygonF line;
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (cancelled(cancel, i))
            return false;
        const FeatureBox& b = boxes[i];
        if (outside(b, view))
            continue;
        if (b.maxX - b.minX < tiny && b.maxY - b.minY < tiny) {
            dots.add(style.stroke.rgba(),
                m_transform.toScreen((b.minX + b.maxX) / 2.0, (b.minY + b.maxY) / 2.0));
            continue;
        }
        const QRgb rgb = style.featureFill.empty() ? style.stroke.rgba() : style.fillOf(i);
        if (pen.color().rgba() != rgb) {
            pen.setColor(QColor::fromRgba(rgb));
        }
        const double width
            = (style.featureSize.empty() ? std::max(0.5, style.strokeWidth) : style.sizeOf(i))
            * m_ratio;
        if (pen.widthF() != width)
            pen.setWidthF(width);
        painter.setPen(pen);
        const gis::Geometry& g = data.layer().features[i].geometry;
        for (std::size_t r = 0; r + 1 < g.rings.size(); ++r) {
            screenRing(m_transform, g, r, line);
            if (line.size() >= 2)
                painter.drawPolyline(line);
        }
    }
    paintDots(painter, dots, std::max(1.0, m_ratio));
    return true;
}

bool MapPainter::paintPoints(QPainter& painter, const LayerData& data, const LayerStyle& style,
    const std::atomic_bool* cancel) const
{
    const auto& features = data.layer().features;
    const auto& boxes = data.boxes();
    const double upp = m_transform.mapUnitsPerPixel();
    const double ringPixels = style.ringRadius / upp;
    const QRectF view = viewWithMargin(m_transform, std::max(kMaxSymbol, ringPixels) * m_ratio);

    // Rings first so that symbols stay on top of every ring.
    if (style.ringRadius > 0.0) {
        QColor ringFill = style.ringColor;
        ringFill.setAlpha(ringFill.alpha() / 6);
        painter.setPen(QPen(style.ringColor, 1.2 * m_ratio, Qt::DashLine));
        painter.setBrush(ringFill);
        for (std::size_t i = 0; i < features.size(); ++i) {
            if (cancelled(cancel, i))
                return false;
            if (outside(boxes[i], view))
                continue;
            for (const gis::Coord& c : features[i].geometry.coords)
                painter.drawEllipse(m_transform.toScreen(c.x, c.y), ringPixels, ringPixels);
        }
    }

    // Small symbols last, so that a large school does not hide a small one beside it.
    std::vector<std::size_t> order;
    order.reserve(features.size());
    for (std::size_t i = 0; i < features.size(); ++i)
        if (!outside(boxes[i], view))
            order.push_back(i);
    if (!style.featureSize.empty())
        std::stable_sort(order.begin(), order.end(),
            [&style](std::size_t a, std::size_t b) { return style.sizeOf(a) > style.sizeOf(b); });

    painter.setPen(QPen(style.stroke, std::max(0.5, style.strokeWidth) * m_ratio));
    std::size_t n = 0;
    for (std::size_t i : order) {
        if (cancelled(cancel, ++n))
            return false;
        const double d = std::min(style.sizeOf(i), kMaxSymbol) * m_ratio;
        painter.setBrush(QBrush(QColor::fromRgba(style.fillOf(i)), style.brushOf(i)));
        for (const gis::Coord& c : features[i].geometry.coords)
            drawShape(painter, style.shape, m_transform.toScreen(c.x, c.y), d);
    }

    // Schools a scenario adds: a ring around the symbol.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(newSchoolRingColor(), 2.5 * m_ratio));
    for (std::size_t i : order) {
        if (!(style.markersOf(i) & static_cast<std::uint8_t>(MarkerFlag::New)))
            continue;
        const double r = std::min(style.sizeOf(i), kMaxSymbol) * m_ratio / 2.0 + 3.0 * m_ratio;
        for (const gis::Coord& c : features[i].geometry.coords)
            painter.drawEllipse(m_transform.toScreen(c.x, c.y), r, r);
    }

    // Flags on top of everything of this layer: one pennant per kind of flag.
    const std::pair<MarkerFlag, QColor> kinds[] = {
        { MarkerFlag::Oversized, QColor(0xc0, 0x00, 0x00) },
        { MarkerFlag::LargeClasses, QColor(0xff, 0x8c, 0x00) },
        { MarkerFlag::Other, QColor(0x6a, 0x3d, 0x9a) },
    };
    for (std::size_t i : order) {
        const std::uint8_t bits = style.markersOf(i);
        if (!bits || features[i].geometry.coords.empty())
            continue;
        const gis::Coord& c = features[i].geometry.coords.front();
        const double d = std::min(style.sizeOf(i), kMaxSymbol) * m_ratio;
        QPointF foot = m_transform.toScreen(c.x, c.y) + QPointF(d * 0.35, -d * 0.35);
        const double h = 11.0 * m_ratio;
        for (const auto& [flag, color] : kinds) {
            if (bits & static_cast<std::uint8_t>(flag)) {
                drawFlag(painter, foot, h, color);
                foot += QPointF(h * 0.55, 0);
            }
        }
    }
    return true;
}

void MapPainter::paintRaster(QPainter& painter, const RasterData& raster) const
{
    if (raster.image().isNull() || !m_transform.isValid())
        return;
    const QRectF target = m_transform.toScreen(raster.extent());
    const QRectF clip = target.intersected(QRectF(QPointF(0, 0), QSizeF(m_transform.size())));
    if (clip.isEmpty())
        return;
    // Draw only the visible part of the grid: at high zoom the full image would be huge.
    const double sx = raster.image().width() / target.width();
    const double sy = raster.image().height() / target.height();
    const QRectF source((clip.left() - target.left()) * sx, (clip.top() - target.top()) * sy,
        clip.width() * sx, clip.height() * sy);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, sx > 1.0);
    painter.drawImage(clip, raster.image(), source);
    painter.restore();
}

void MapPainter::paintLabels(QPainter& painter, const std::vector<LabelSource>& sources) const
{
    struct Candidate {
        int priority = 0;
        double size = 0;
        QPointF anchor;
        double offset = 0; ///< symbol radius (points); 0 = centred on a polygon
        QString text;
        double pointSize = 9;
    };
    std::vector<Candidate> candidates;
    const QRectF screen(QPointF(0, 0), QSizeF(m_transform.size()));
    const QRectF view = m_transform.visibleExtent();
    const double upp = m_transform.mapUnitsPerPixel();
    for (const LabelSource& source : sources) {
        if (!source.data || !source.style || source.style->labelField.isEmpty())
            continue;
        if (source.style->labelMaxMapUnitsPerPixel > 0.0
            && upp > source.style->labelMaxMapUnitsPerPixel)
            continue; // too many labels at this scale
        const gis::VectorLayer& layer = source.data->layer();
        const int field = layer.fieldIndex(source.style->labelField.toStdString());
        if (field < 0)
            continue;
        const bool points = layer.kind == gis::GeometryKind::Point;
        for (std::size_t i = 0; i < layer.features.size(); ++i) {
            const FeatureBox& b = source.data->boxes()[i];
            if (outside(b, view))
                continue;
            const double w = (b.maxX - b.minX) / upp;
            const double h = (b.maxY - b.minY) / upp;
            if (!points && std::min(w, h) < 30.0)
                continue; // too small on screen to carry a label
            const QString text = QString::fromStdString(
                gis::toText(layer.features[i].values[static_cast<std::size_t>(field)]));
            if (text.isEmpty())
                continue;
            Candidate c;
            c.priority = source.style->labelPriority;
            c.size = points ? source.style->sizeOf(i) : w * h;
            c.anchor = m_transform.toScreen((b.minX + b.maxX) / 2.0, (b.minY + b.maxY) / 2.0);
            c.offset = points ? std::min(source.style->sizeOf(i), kMaxSymbol) * m_ratio / 2.0 : 0.0;
            c.text = text;
            c.pointSize = source.style->labelPointSize;
            candidates.push_back(std::move(c));
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.size > b.size;
    });

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    std::vector<QRectF> placed;
    QFont font = painter.font();
    for (const Candidate& c : candidates) {
        font.setPointSizeF(c.pointSize * fontRatio(m_ratio, painter));
        font.setBold(c.offset == 0.0);
        const QFontMetricsF metrics(font, painter.device());
        const QSizeF size(metrics.horizontalAdvance(c.text), metrics.height());
        const double gap = c.offset + 2.0 * m_ratio;
        std::vector<QRectF> tries;
        if (c.offset == 0.0) {
            tries.emplace_back(c.anchor - QPointF(size.width() / 2, size.height() / 2), size);
        } else {
            tries.emplace_back(QPointF(c.anchor.x() + gap, c.anchor.y() - size.height() / 2), size);
            tries.emplace_back(
                QPointF(c.anchor.x() - gap - size.width(), c.anchor.y() - size.height() / 2), size);
            tries.emplace_back(
                QPointF(c.anchor.x() - size.width() / 2, c.anchor.y() - gap - size.height()), size);
            tries.emplace_back(QPointF(c.anchor.x() - size.width() / 2, c.anchor.y() + gap), size);
        }
        for (const QRectF& rect : tries) {
            if (!screen.contains(rect))
                continue;
            const bool collides = std::any_of(placed.begin(), placed.end(),
                [&rect](const QRectF& other) { return other.intersects(rect); });
            if (collides)
                continue;
            placed.push_back(rect.adjusted(-2, -1, 2, 1));
            // The halo is the glyph outlines stroked with an opaque pen: a PDF or printer then
            // strokes the outlines natively (a translucent pen would make Qt's PDF engine
            // write every stroke as a filled outline, megabytes per atlas page). The text on
            // top is real text, so map labels stay selectable and searchable in the PDF.
            const QPointF baseline(rect.left(), rect.top() + metrics.ascent());
            QPainterPath path;
            path.addText(baseline, font, c.text);
            painter.setPen(
                QPen(Qt::white, 3.0 * m_ratio, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setPen(QColor(0x20, 0x20, 0x20));
            painter.setFont(font);
            painter.drawText(baseline, c.text);
            break;
        }
    }
    painter.restore();
}

void MapPainter::paintScaleBar(QPainter& painter, QPointF origin) const
{
    if (!m_transform.isValid())
        return;
    // Longest "nice" length (1, 2 or 5 x 10^k metres) that fits in about 120 px.
    const double maxMetres = 120.0 * m_ratio * m_transform.mapUnitsPerPixel();
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (double step : { 5.0, 2.0, 1.0 }) {
        if (step * magnitude <= maxMetres) {
            metres = step * magnitude;
            break;
        }
    }
    const double px = metres / m_transform.mapUnitsPerPixel();
    const double h = 5.0 * m_ratio;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(Qt::black, 1.0));
    for (int k = 0; k < 4; ++k) {
        painter.setBrush(k % 2 ? Qt::white : Qt::black);
        painter.drawRect(QRectF(origin.x() + px * k / 4.0, origin.y() - h, px / 4.0, h));
    }
    const QString text = metres >= 1000.0 ? QStringLiteral("%1 km").arg(metres / 1000.0)
                                          : QStringLiteral("%1 m").arg(metres);
    QFont font = painter.font();
    font.setPointSizeF(8.0 * fontRatio(m_ratio, painter));
    painter.setFont(font);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.drawText(QPointF(origin.x() + px + 4.0 * m_ratio, origin.y()), text);
    painter.restore();
}

} // namespace seatplan::render
