// Section 8: the atlas. One map page per county (and per town on request), drawn with the
// app's MapPainter, with legend, scale, north arrow, CRS, sources and the 审图号 line.
#include "annex_context.h"

#include "seatplan/render/annex/annex_fonts.h"
#include "seatplan/render/base_styles.h"
#include "seatplan/render/geometry_path.h"
#include "seatplan/render/map_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPath>

#include <cmath>

namespace seatplan::render::detail {

namespace {

    // MapPainter sizes symbols in 96-dpi pixels times its pixel ratio: the atlas passes the
    // device's dpi / 96 so that a symbol is as big on paper as on a 96-dpi screen.
    constexpr double kScreenDpi = 96;
    // The map is laid out on a 150-dpi grid scaled up to the device: MapPainter drops vertices
    // closer than half a grid pixel (0.08 mm, below what print shows), which keeps the PDF of a
    // 100k-vertex layer small; paths, text and symbols stay vector at the device's resolution.
    constexpr double kMapGridDpi = 150;
    constexpr double kMetresPerInch = 0.0254;

    /// Shortfall classes of the map (seats short in the target year); display classes only.
    struct ShortfallClass {
        double below; ///< upper bound (exclusive) of the class, seats
        QColor colour;
        const char* label; ///< English source, translated in context "AnnexAtlas"
    };
    const std::array<ShortfallClass, 4> kShortfallClasses { {
        { 0.5, QColor(0xd9, 0xef, 0xc9), QT_TRANSLATE_NOOP("AnnexAtlas", "no shortfall") },
        { 200, QColor(0xfe, 0xe0, 0x8b), QT_TRANSLATE_NOOP("AnnexAtlas", "short 1-199") },
        { 500, QColor(0xfc, 0x8d, 0x59), QT_TRANSLATE_NOOP("AnnexAtlas", "short 200-499") },
        { 1e300, QColor(0xd7, 0x30, 0x27), QT_TRANSLATE_NOOP("AnnexAtlas", "short 500+") },
    } };

    /// The layers of every atlas page, prepared once and shared by the pages' paint calls.
    struct AtlasData {
        std::shared_ptr<const LayerData> towns, counties, schools, plots, roads;
        std::shared_ptr<const LayerStyle> townStyle, countyStyle, schoolStyle, plotStyle, roadStyle;
        /// The catchments of each level, coloured by their shortfall.
        std::array<std::shared_ptr<const LayerData>, core::kLevelCount> catchments;
        std::array<std::shared_ptr<const LayerStyle>, core::kLevelCount> catchmentStyles;
    };

    std::shared_ptr<const LayerData> prepare(const std::shared_ptr<const gis::VectorLayer>& layer)
    {
        return layer ? std::make_shared<const LayerData>(layer) : nullptr;
    }

    /// Catchments of the scenario at `level`, coloured by target-year shortfall.
    std::pair<std::shared_ptr<const LayerData>, std::shared_ptr<const LayerStyle>> shortfallLayer(
        const AnnexContext& context, const gis::VectorLayer& catchments, core::Level level)
    {
        auto filtered = std::make_shared<gis::VectorLayer>();
        filtered->name = catchments.name;
        filtered->crs = catchments.crs;
        filtered->kind = catchments.kind;
        filtered->fields = catchments.fields;
        LayerStyle style = defaultStyle(catchments);
        style.stroke = QColor(0x80, 0x80, 0x80);
        style.strokeWidth = 0.4;
        const int year = context.years().empty()
            ? context.inputs.standards.targetYear
            : std::min(context.inputs.standards.targetYear, context.years().back());
        const std::string scenario = context.scenario.name;
        bool anyScenario = false;
        for (std::size_t i = 0; i < catchments.features.size(); ++i)
            anyScenario = anyScenario || gis::toText(catchments.value(i, "scenario")) == scenario;
        for (std::size_t i = 0; i < catchments.features.size(); ++i) {
            const std::string rowLevel = gis::toText(catchments.value(i, "level"));
            const std::string rowScenario = gis::toText(catchments.value(i, "scenario"));
            if (rowLevel != (level == core::Level::Primary ? "primary" : "junior")
                || (anyScenario ? rowScenario != scenario : rowScenario != "base"))
                continue;
            const std::string id = gis::toText(catchments.value(i, "id"));
            const auto* balance = context.balance(core::Scope::Catchment, id, level, year);
            const double shortfall = balance ? balance->shortfall : 0;
            QColor colour = kShortfallClasses.back().colour;
            for (const auto& band : kShortfallClasses)
                if (shortfall < band.below) {
                    colour = band.colour;
                    break;
                }
            filtered->features.push_back(catchments.features[i]);
            style.featureFill.push_back(colour.rgba());
        }
        return { std::make_shared<const LayerData>(filtered),
            std::make_shared<const LayerStyle>(style) };
    }

    /// Returns the round scale denominator (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8 x 10^n) >=
    /// `exact`.
    double roundScale(double exact)
    {
        const double power = std::pow(10.0, std::floor(std::log10(exact)));
        for (double step : { 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 8.0, 10.0 })
            if (step * power >= exact * 0.999)
                return step * power;
        return 10 * power;
    }

    /// Paints the layers of `level` at 1 : `scale` straight onto the page (vector output on a
    /// PDF or printer), clipped to `frame` (device coordinates), centred on `extent`.
    void paintMap(QPainter& p, const AtlasData& data, core::Level level, const QRectF& extent,
        const QRectF& frame, double scale, const gis::Geometry& focus)
    {
        const double deviceDpi = p.device()->logicalDpiX();
        const double dpi = std::min(kMapGridDpi, deviceDpi);
        const double grid = deviceDpi / dpi; // device pixels per grid pixel
        const QSize size(int(frame.width() / grid), int(frame.height() / grid));
        const MapTransform transform(extent.center(), scale * kMetresPerInch / dpi, size);
        const MapPainter painter(transform, dpi / kScreenDpi);
        p.save();
        p.translate(frame.topLeft());
        p.scale(grid, grid);
        p.setClipRect(QRectF(QPointF(0, 0), QSizeF(size)));
        p.setRenderHint(QPainter::Antialiasing);
        const auto paint = [&](const std::shared_ptr<const LayerData>& layer,
                               const std::shared_ptr<const LayerStyle>& style) {
            if (layer && style)
                painter.paintLayer(p, *layer, *style);
        };
        const int l = static_cast<int>(level);
        paint(data.catchments[l], data.catchmentStyles[l]);
        paint(data.roads, data.roadStyle);
        paint(data.plots, data.plotStyle);
        paint(data.towns, data.townStyle);
        paint(data.schools, data.schoolStyle);
        // Veil everything outside the mapped unit so that it stands out from its neighbours.
        if (!focus.isEmpty()) {
            QPainterPath veil;
            veil.addRect(QRectF(QPointF(0, 0), QSizeF(size)));
            veil.addPath(screenPath(focus, transform));
            veil.setFillRule(Qt::OddEvenFill);
            p.fillPath(veil, QColor(255, 255, 255, 190));
        }
        paint(data.counties, data.countyStyle);
        if (data.towns && data.townStyle)
            painter.paintLabels(p, { LabelSource { data.towns.get(), data.townStyle.get() } });
        const double dpmm = dpi / 25.4;
        painter.paintScaleBar(p, QPointF(4 * dpmm, size.height() - 4 * dpmm));
        p.restore();
    }

    void paintNorthArrow(QPainter& painter, const QRectF& frame, double dpmm)
    {
        const QPointF tip(frame.right() - 12 * dpmm, frame.top() + 6 * dpmm);
        QPainterPath arrow;
        arrow.moveTo(tip);
        arrow.lineTo(tip + QPointF(-3.5 * dpmm, 11 * dpmm));
        arrow.lineTo(tip + QPointF(0, 8 * dpmm));
        arrow.closeSubpath();
        painter.setPen(QPen(Qt::black, 0.2 * dpmm));
        painter.setBrush(Qt::black);
        painter.drawPath(arrow);
        QPainterPath right;
        right.moveTo(tip);
        right.lineTo(tip + QPointF(3.5 * dpmm, 11 * dpmm));
        right.lineTo(tip + QPointF(0, 8 * dpmm));
        right.closeSubpath();
        painter.setBrush(Qt::white);
        painter.drawPath(right);
        painter.setFont(AnnexFonts::sans(9));
        painter.drawText(QRectF(tip.x() - 5 * dpmm, tip.y() + 11.5 * dpmm, 10 * dpmm, 5 * dpmm),
            Qt::AlignCenter, QStringLiteral("N"));
    }

    /// The texts of the legend, in the document language (kShortfallClasses, then plot,
    /// county, town and school entries).
    struct LegendTexts {
        QString title;
        QStringList entries;
    };

    LegendTexts legendTexts(const AnnexContext& context, core::Level level, int year)
    {
        LegendTexts texts;
        texts.title = context.translate("AnnexAtlas", "Legend (%1 catchments, shortfall %2)")
                          .arg(context.levelName(level))
                          .arg(year);
        for (const auto& band : kShortfallClasses)
            texts.entries << context.translate("AnnexAtlas", band.label);
        texts.entries << context.translate("AnnexAtlas", "reserved plot")
                      << context.translate("AnnexAtlas", "county boundary")
                      << context.translate("AnnexAtlas", "town boundary")
                      << context.translate("AnnexAtlas", "school");
        return texts;
    }

    void paintLegend(QPainter& painter, const QRectF& frame, double dpmm, const LegendTexts& texts)
    {
        const QFont font = AnnexFonts::serif(8);
        const QFontMetricsF metrics(font, painter.device());
        const double line = metrics.height() * 1.35;
        struct Entry {
            QString text;
            std::function<void(const QRectF&)> symbol;
        };
        std::vector<Entry> entries;
        const auto box = [&](QColor fill, QColor stroke, double width, Qt::BrushStyle brush) {
            return [&painter, fill, stroke, width, brush, dpmm](const QRectF& r) {
                painter.setPen(QPen(stroke, width * dpmm));
                painter.setBrush(QBrush(fill, brush));
                painter.drawRect(r);
            };
        };
        int t = 0;
        for (const auto& band : kShortfallClasses)
            entries.push_back({ texts.entries.value(t++),
                box(band.colour, QColor(0x80, 0x80, 0x80), 0.1, Qt::SolidPattern) });
        entries.push_back({ texts.entries.value(t++),
            box(QColor(0x8e, 0x44, 0xad), QColor(0x6c, 0x34, 0x83), 0.2, Qt::BDiagPattern) });
        entries.push_back({ texts.entries.value(t++),
            box(Qt::transparent, QColor(0x4d, 0x4d, 0x4d), 0.5, Qt::NoBrush) });
        entries.push_back({ texts.entries.value(t++),
            box(Qt::transparent, QColor(0x73, 0x73, 0x73), 0.2, Qt::NoBrush) });
        entries.push_back({ texts.entries.value(t++), [&painter, dpmm](const QRectF& r) {
                               painter.setPen(QPen(Qt::black, 0.15 * dpmm));
                               painter.setBrush(QColor(0x31, 0x82, 0xbd));
                               painter.drawEllipse(r.center(), 1.2 * dpmm, 1.2 * dpmm);
                           } });
        const QString& title = texts.title;
        double width = metrics.horizontalAdvance(title);
        for (const auto& entry : entries)
            width = std::max(width, 9 * dpmm + metrics.horizontalAdvance(entry.text));
        const QRectF legend(frame.left() + 3 * dpmm, frame.top() + 3 * dpmm, width + 5 * dpmm,
            line * (entries.size() + 1) + 3 * dpmm);
        painter.setPen(QPen(Qt::black, 0.2 * dpmm));
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRect(legend);
        painter.setFont(AnnexFonts::sans(8));
        painter.drawText(QRectF(legend.left() + 2.5 * dpmm, legend.top() + 1.5 * dpmm, width, line),
            Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.setFont(font);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const double y = legend.top() + 1.5 * dpmm + line * (i + 1);
            entries[i].symbol(
                QRectF(legend.left() + 2.5 * dpmm, y + line * 0.2, 5 * dpmm, line * 0.6));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(legend.left() + 9.5 * dpmm, y, width, line),
                Qt::AlignLeft | Qt::AlignVCenter, entries[i].text);
        }
    }

    /// Returns the extent of the feature of `layer` whose `field` equals `code`.
    /// Returns the geometry of the feature of `layer` whose `field` equals `code` (empty if none).
    gis::Geometry featureGeometry(
        const gis::VectorLayer& layer, const std::string& field, const std::string& code)
    {
        for (std::size_t i = 0; i < layer.features.size(); ++i)
            if (gis::toText(layer.value(i, field)) == code)
                return layer.features[i].geometry;
        return {};
    }

    QRectF extentOf(const gis::Geometry& geometry)
    {
        const gis::Extent e = geometry.extent();
        return e.isEmpty() ? QRectF() : QRectF(e.minX, e.minY, e.width(), e.height());
    }

} // namespace

void addAtlasSection(
    AnnexContext& context, const AnnexMapLayers& maps, std::vector<AnnexBlock>& blocks)
{
    auto data = std::make_shared<AtlasData>();
    const auto styled = [](const std::shared_ptr<const gis::VectorLayer>& layer) {
        return layer ? std::make_shared<const LayerStyle>(defaultStyle(*layer)) : nullptr;
    };
    data->towns = prepare(maps.towns);
    if (maps.towns) {
        LayerStyle style = defaultStyle(*maps.towns);
        style.labelField = QStringLiteral("name");
        data->townStyle = std::make_shared<const LayerStyle>(style);
    }
    data->counties = prepare(maps.counties);
    data->countyStyle = styled(maps.counties);
    data->plots = prepare(maps.plots);
    data->plotStyle = styled(maps.plots);
    data->roads = prepare(maps.roads);
    data->roadStyle = styled(maps.roads);
    data->schools = prepare(maps.schools);
    if (maps.schools) {
        LayerStyle style = defaultStyle(*maps.schools);
        style.labelField.clear(); // 800 school names would bury the map; towns are labelled
        style.pointSize = 4;
        data->schoolStyle = std::make_shared<const LayerStyle>(style);
    }
    if (maps.catchments)
        for (const auto level : { core::Level::Primary, core::Level::Junior })
            std::tie(data->catchments[static_cast<int>(level)],
                data->catchmentStyles[static_cast<int>(level)])
                = shortfallLayer(context, *maps.catchments, level);

    const int year = context.years().empty()
        ? context.inputs.standards.targetYear
        : std::min(context.inputs.standards.targetYear, context.years().back());
    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(AnnexHeading { context.translate("AnnexAtlas", "8. Atlas"), 1 });
    blocks.push_back(AnnexParagraph {
        context
            .translate("AnnexAtlas",
                "Seat shortfall maps by county, one for primary and one for junior catchments, "
                "coloured by their %1 shortfall, with schools, reserved plots and boundaries.")
            .arg(year) });

    struct Page {
        QString title;
        gis::Geometry focus;
        core::Level level;
    };
    std::vector<Page> pages;
    for (const std::string& county : context.counties()) {
        gis::Geometry focus
            = maps.counties ? featureGeometry(*maps.counties, "code", county) : gis::Geometry();
        if (!focus.isEmpty())
            for (const auto level : { core::Level::Primary, core::Level::Junior })
                pages.push_back({ context.translate("AnnexAtlas", "%1: %2 seat shortfall map")
                                      .arg(context.countyName(county), context.levelName(level)),
                    focus, level });
        if (!context.options.townMaps || !maps.towns)
            continue;
        for (const auto& town : context.inputs.towns) {
            if (town.countyCode != county)
                continue;
            gis::Geometry townFocus = featureGeometry(*maps.towns, "code", town.code);
            if (!townFocus.isEmpty())
                for (const auto level : { core::Level::Primary, core::Level::Junior })
                    pages.push_back(
                        { context.translate("AnnexAtlas", "%1 %2: %3 seat shortfall map")
                                .arg(context.countyName(county), QString::fromStdString(town.name),
                                    context.levelName(level)),
                            townFocus, level });
        }
    }
    for (const Page& page : pages) {
        AnnexMapPage map;
        map.number = context.nextFigure();
        map.title = page.title;
        const QString crs = context.options.crs;
        map.notes << context.translate("AnnexAtlas", "Projection: %1").arg(crs);
        map.notes << context.translate("AnnexAtlas", "Sources: %1")
                         .arg(context.options.sources.join(QStringLiteral("；")));
        map.notes << context.translate("AnnexAtlas", "Map review no. (审图号): __________");
        map.notes << context.translate("AnnexAtlas", "Prepared by: %1  %2")
                         .arg(context.options.organisation, context.options.date);
        const QRectF extent = extentOf(page.focus);
        const auto focus = std::make_shared<const gis::Geometry>(page.focus);
        const LegendTexts legend = legendTexts(context, page.level, year);
        const core::Level level = page.level;
        const QString scaleFormat = context.translate("AnnexAtlas", "Scale 1:%1");
        map.paint = [data, extent, focus, legend, scaleFormat, level](
                        QPainter& painter, const QRectF& frame) {
            const double dpmm = painter.device()->logicalDpiX() / 25.4;
            const QSizeF frameMm(frame.width() / dpmm, frame.height() / dpmm);
            // Fit the unit's extent with a margin, then round to a printable scale.
            const double exact = std::max(extent.width() / (frameMm.width() * 0.96 / 1000),
                extent.height() / (frameMm.height() * 0.96 / 1000));
            const double scale = roundScale(exact);
            paintMap(painter, *data, level, extent, frame, scale, *focus);
            paintLegend(painter, frame, dpmm, legend);
            paintNorthArrow(painter, frame, dpmm);
            painter.setFont(AnnexFonts::serif(9));
            painter.setPen(Qt::black);
            const QString scaleText
                = scaleFormat.arg(QLocale(QLocale::English).toString(scale, 'f', 0));
            painter.drawText(
                QRectF(frame.left(), frame.bottom() - 8 * dpmm, frame.width() - 4 * dpmm, 6 * dpmm),
                Qt::AlignRight | Qt::AlignVCenter, scaleText);
        };
        blocks.push_back(std::move(map));
    }
}

} // namespace seatplan::render::detail
