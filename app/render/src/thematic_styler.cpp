#include "seatplan/render/thematic_styler.h"

#include "seatplan/render/base_styles.h"
#include "seatplan/render/code_labels.h"
#include "seatplan/render/color_ramp.h"
#include "seatplan/render/scenario_layers.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace seatplan::render {

namespace {

    // Display classes of the utilisation ramp (not planning rules): green at or below
    // kUtilisationLow of capacity, red at or above kUtilisationHigh.
    constexpr double kUtilisationLow = 0.6;
    constexpr double kUtilisationHigh = 1.2;
    // School symbol diameters, pixels: the smallest school and the largest of the layer.
    constexpr double kMinSchool = 5.0;
    constexpr double kMaxSchool = 22.0;
    // Alpha of shortfall fills, so roads and labels beneath remain legible.
    constexpr int kFillAlpha = 185;

    const std::vector<core::BalanceRow>* rowsOf(const core::Results& results, core::Scope scope)
    {
        switch (scope) {
        case core::Scope::School:
            return &results.schools;
        case core::Scope::Catchment:
            return &results.catchments;
        case core::Scope::Town:
            return &results.towns;
        case core::Scope::County:
            return &results.counties;
        }
        return nullptr;
    }

    /// The balance rows of one scope for the year, level and variant, by subject id.
    QHash<QString, const core::BalanceRow*> rowsFor(
        const core::Results& results, core::Scope scope, const ThematicOptions& o)
    {
        QHash<QString, const core::BalanceRow*> out;
        for (const core::BalanceRow& row : *rowsOf(results, scope))
            if (row.year == o.year && row.level == o.level && row.variant == o.variant)
                out.insert(QString::fromStdString(row.id), &row);
        return out;
    }

    double largestNet(const QHash<QString, const core::BalanceRow*>& rows)
    {
        double m = 0.0;
        for (const core::BalanceRow* row : rows)
            m = std::max(m, std::abs(row->surplus - row->shortfall));
        return m;
    }

    QString textOf(const gis::VectorLayer& layer, std::size_t feature, int field)
    {
        return field < 0 ? QString()
                         : QString::fromStdString(gis::toText(
                             layer.features[feature].values[static_cast<std::size_t>(field)]));
    }

    std::uint8_t markerOf(const std::string& ruleId)
    {
        if (ruleId == "school.over_cap")
            return static_cast<std::uint8_t>(MarkerFlag::Oversized);
        if (ruleId == "class.large" || ruleId == "class.oversized")
            return static_cast<std::uint8_t>(MarkerFlag::LargeClasses);
        return 0; // other flags are listed in the details panel, not drawn on the map
    }

    void styleShortfall(const gis::VectorLayer& layer, const core::Results& results,
        const ThematicOptions& o, LayerStyle& style)
    {
        const auto rows = rowsFor(results, o.shortfallScope, o);
        const double scale = largestNet(rows);
        const int idField = layer.fieldIndex(layer.name == "catchments" ? "id" : "code");
        const int levelField = layer.fieldIndex("level");
        style.featureFill.assign(layer.features.size(), QColor(Qt::transparent).rgba());
        for (std::size_t i = 0; i < layer.features.size(); ++i) {
            if (levelField >= 0
                && textOf(layer, i, levelField).toStdString() != core::levelName(o.level))
                continue; // a catchment of the other level
            const auto it = rows.constFind(textOf(layer, i, idField));
            if (it == rows.cend())
                continue;
            const double net = (*it)->surplus - (*it)->shortfall;
            QColor c
                = ColorRamp::shortfallSurplus().color(scale > 0.0 ? 0.5 + 0.5 * net / scale : 0.5);
            c.setAlpha(kFillAlpha);
            style.featureFill[i] = c.rgba();
        }
    }

    void styleSchools(const gis::VectorLayer& layer, const core::Results* results,
        const ThematicOptions& o, LayerStyle& style)
    {
        const int primary = layer.fieldIndex("students_primary");
        const int junior = layer.fieldIndex("students_junior");
        const int idField = layer.fieldIndex("id");
        std::vector<double> students(layer.features.size(), 0.0);
        for (std::size_t i = 0; i < layer.features.size(); ++i) {
            for (int f : { primary, junior })
                if (f >= 0)
                    students[i]
                        += gis::toDouble(layer.features[i].values[static_cast<std::size_t>(f)])
                               .value_or(0.0);
        }
        const double most = *std::max_element(students.begin(), students.end());
        if (most > 0.0) {
            style.featureSize.resize(layer.features.size());
            for (std::size_t i = 0; i < students.size(); ++i)
                style.featureSize[i] = static_cast<float>(
                    kMinSchool + (kMaxSchool - kMinSchool) * std::sqrt(students[i] / most));
        }
        style.ringRadius = o.serviceRadius;
        if (!results)
            return;
        const auto rows = rowsFor(*results, core::Scope::School, o);
        QHash<QString, std::uint8_t> flags;
        for (const core::Flag& flag : results->flags) {
            if (flag.subjectKind != "school" || (flag.year && *flag.year != o.year))
                continue;
            flags[QString::fromStdString(flag.subjectId)] |= markerOf(flag.ruleId);
        }
        style.featureFill.assign(layer.features.size(), QColor(0x9e, 0x9e, 0x9e).rgba());
        style.featureMarkers.assign(layer.features.size(), 0);
        for (std::size_t i = 0; i < layer.features.size(); ++i) {
            const QString id = textOf(layer, i, idField);
            const auto it = rows.constFind(id);
            if (it != rows.cend() && (*it)->capacity > 0.0)
                style.featureFill[i] = ColorRamp::utilisation()
                                           .color(((*it)->utilisation - kUtilisationLow)
                                               / (kUtilisationHigh - kUtilisationLow))
                                           .rgba();
            style.featureMarkers[i] = flags.value(id, 0);
        }
        // Schools the scenario adds: no enrolment yet, so their size shows the children the
        // analysis seats there, on the same scale as the enrolment of the others.
        const int added = layer.fieldIndex(kNewSchoolField);
        if (added < 0)
            return;
        const double scale = most > 0.0 ? most : 1.0;
        style.featureSize.resize(layer.features.size(), static_cast<float>(kMinSchool));
        for (std::size_t i = 0; i < layer.features.size(); ++i) {
            if (gis::toInt64(layer.features[i].values[static_cast<std::size_t>(added)]) != 1)
                continue;
            style.featureMarkers[i] |= static_cast<std::uint8_t>(MarkerFlag::New);
            const auto it = rows.constFind(textOf(layer, i, idField));
            const double demand = it != rows.cend() ? (*it)->demand : 0.0;
            style.featureSize[i] = static_cast<float>(
                kMinSchool + (kMaxSchool - kMinSchool) * std::sqrt(std::min(1.0, demand / scale)));
        }
    }

} // namespace

bool isThematicLayer(const gis::VectorLayer& layer)
{
    return layer.name == "towns" || layer.name == "counties" || layer.name == "catchments"
        || layer.name == "schools";
}

LayerStyle thematicStyle(const gis::VectorLayer& layer, const LayerStyle& base,
    const core::Results* results, const ThematicOptions& options)
{
    LayerStyle style = base;
    if (layer.name == "schools") {
        styleSchools(layer, results, options, style);
        return style;
    }
    const bool chosen = (layer.name == "towns" && options.shortfallScope == core::Scope::Town)
        || (layer.name == "counties" && options.shortfallScope == core::Scope::County)
        || (layer.name == "catchments" && options.shortfallScope == core::Scope::Catchment);
    if (chosen && results)
        styleShortfall(layer, *results, options, style);
    return style;
}

std::vector<Legend> LegendBuilder::build(const core::Results* results, const ThematicOptions& o)
{
    std::vector<Legend> legends;
    if (results) {
        const auto rows = rowsFor(*results, o.shortfallScope, o);
        const double scale = largestNet(rows);
        Legend shortfall;
        shortfall.title = tr("Seats, %1 (%2)")
                              .arg(o.year)
                              .arg(o.level == core::Level::Primary ? tr("primary") : tr("junior"));
        const double steps[] = { -1.0, -0.5, 0.0, 0.5, 1.0 };
        for (double s : steps) {
            const double seats = std::round(s * scale);
            QString label = s < 0 ? tr("shortfall %1").arg(-seats)
                                  : (s > 0 ? tr("surplus %1").arg(seats) : tr("balanced"));
            shortfall.items.push_back(
                { LegendItem::Kind::Patch, ColorRamp::shortfallSurplus().color(0.5 + 0.5 * s),
                    label, 10.0, Qt::SolidPattern });
        }
        legends.push_back(std::move(shortfall));
    }
    Legend schools;
    schools.title = tr("Schools: utilisation");
    schools.items.push_back({ LegendItem::Kind::Circle, ColorRamp::utilisation().color(0.0),
        tr("%1% or less").arg(kUtilisationLow * 100), 9.0, Qt::SolidPattern });
    schools.items.push_back({ LegendItem::Kind::Circle, ColorRamp::utilisation().color(0.67),
        tr("full (100%)"), 9.0, Qt::SolidPattern });
    schools.items.push_back({ LegendItem::Kind::Circle, ColorRamp::utilisation().color(1.0),
        tr("%1% or more").arg(kUtilisationHigh * 100), 9.0, Qt::SolidPattern });
    schools.items.push_back({ LegendItem::Kind::Circle, QColor(0x9e, 0x9e, 0x9e),
        tr("size: enrolment"), 16.0, Qt::SolidPattern });
    schools.items.push_back({ LegendItem::Kind::Flag, QColor(0xc0, 0x00, 0x00),
        tr("oversized school"), 10.0, Qt::SolidPattern });
    schools.items.push_back({ LegendItem::Kind::Flag, QColor(0xff, 0x8c, 0x00), tr("large classes"),
        10.0, Qt::SolidPattern });
    if (o.newSchools)
        schools.items.push_back({ LegendItem::Kind::NewSchool, QColor(0x9e, 0x9e, 0x9e),
            tr("new in this scenario (size: demand)"), 11.0, Qt::SolidPattern });
    if (o.serviceRadius > 0)
        schools.items.push_back({ LegendItem::Kind::Ring, QColor(0x1f, 0x78, 0xb4),
            tr("service radius %1 m").arg(o.serviceRadius), 14.0, Qt::SolidPattern });
    legends.push_back(std::move(schools));
    Legend plots;
    plots.title = tr("Reserved school plots");
    const QColor plot(0x8e, 0x44, 0xad);
    for (const char* status : { "planned", "acquired", "built" })
        plots.items.push_back({ LegendItem::Kind::Hatch, plot,
            CodeLabels::value(QStringLiteral("status"), QLatin1String(status)), 10.0,
            plotStatusBrush(QLatin1String(status)) });
    legends.push_back(std::move(plots));
    return legends;
}

QSizeF paintLegends(
    QPainter& painter, QPointF origin, const std::vector<Legend>& legends, double pixelRatio)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont body = painter.font();
    body.setPointSizeF(8.5 * pixelRatio);
    QFont head = body;
    head.setBold(true);
    const QFontMetricsF bodyMetrics(body, painter.device());
    const QFontMetricsF headMetrics(head, painter.device());
    const double pad = 6.0 * pixelRatio;
    const double symbol = 14.0 * pixelRatio;
    const double line = std::max(bodyMetrics.height(), symbol) + 2.0 * pixelRatio;

    double width = 0.0;
    double height = pad;
    for (const Legend& legend : legends) {
        width = std::max(width, headMetrics.horizontalAdvance(legend.title));
        height += headMetrics.height() + 2.0 * pixelRatio;
        for (const LegendItem& item : legend.items) {
            width = std::max(width, symbol + pad + bodyMetrics.horizontalAdvance(item.label));
            height += line;
        }
        height += pad;
    }
    const QSizeF size(width + 2 * pad, height);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 1.0));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(QRectF(origin, size), 3.0 * pixelRatio, 3.0 * pixelRatio);

    double y = origin.y() + pad;
    const double x = origin.x() + pad;
    for (const Legend& legend : legends) {
        painter.setFont(head);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QPointF(x, y + headMetrics.ascent()), legend.title);
        y += headMetrics.height() + 2.0 * pixelRatio;
        painter.setFont(body);
        for (const LegendItem& item : legend.items) {
            const QPointF c(x + symbol / 2.0, y + line / 2.0);
            const double r = std::min(item.size * pixelRatio, symbol) / 2.0;
            switch (item.kind) {
            case LegendItem::Kind::Patch:
            case LegendItem::Kind::Hatch:
                painter.setPen(QPen(QColor(0x66, 0x66, 0x66), 0.8));
                painter.setBrush(QBrush(item.color, item.brush));
                painter.drawRect(
                    QRectF(c.x() - symbol / 2, c.y() - symbol / 3, symbol, symbol / 1.5));
                break;
            case LegendItem::Kind::Circle:
                painter.setPen(QPen(Qt::white, 1.0));
                painter.setBrush(item.color);
                painter.drawEllipse(c, r, r);
                break;
            case LegendItem::Kind::NewSchool:
                painter.setPen(QPen(Qt::white, 1.0));
                painter.setBrush(item.color);
                painter.drawEllipse(c, r * 0.7, r * 0.7);
                painter.setPen(QPen(newSchoolRingColor(), 2.0));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(c, r, r);
                break;
            case LegendItem::Kind::Ring:
                painter.setPen(QPen(item.color, 1.2, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(c, r, r);
                break;
            case LegendItem::Kind::Flag: {
                painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.0));
                const QPointF foot(c.x() - r / 2, c.y() + r);
                painter.drawLine(foot, foot - QPointF(0, 2 * r));
                const QPointF pennant[3] = { foot - QPointF(0, 2 * r),
                    foot - QPointF(-1.4 * r, 1.56 * r), foot - QPointF(0, 1.1 * r) };
                painter.setPen(Qt::NoPen);
                painter.setBrush(item.color);
                painter.drawPolygon(pennant, 3);
                break;
            }
            }
            painter.setPen(QColor(0x22, 0x22, 0x22));
            painter.drawText(QPointF(x + symbol + pad,
                                 y + (line - bodyMetrics.height()) / 2 + bodyMetrics.ascent()),
                item.label);
            y += line;
        }
        y += pad;
    }
    painter.restore();
    return size;
}

} // namespace seatplan::render
