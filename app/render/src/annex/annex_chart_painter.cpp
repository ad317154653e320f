#include "seatplan/render/annex/annex_chart_painter.h"

#include "seatplan/render/annex/annex_fonts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace seatplan::render {

namespace {

    // A round step (1, 2 or 5 x 10^n) giving about `ticks` intervals up to `maximum`.
    double niceStep(double maximum, int ticks)
    {
        if (maximum <= 0)
            return 1;
        const double raw = maximum / ticks;
        const double power = std::pow(10.0, std::floor(std::log10(raw)));
        for (double factor : { 1.0, 2.0, 5.0, 10.0 })
            if (raw <= factor * power)
                return factor * power;
        return 10 * power;
    }

} // namespace

void paintAnnexChart(QPainter& painter, const QRectF& frame, const AnnexChart& chart)
{
    const double dpmm = painter.device()->logicalDpiY() / 25.4;
    const QFont font = AnnexFonts::serif(8);
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);

    double maximum = 0;
    for (const AnnexSeries& series : chart.series)
        for (double value : series.values)
            maximum = std::max(maximum, value);
    const double step = niceStep(maximum * 1.05, 5);
    const double top = std::max(step, std::ceil(maximum * 1.05 / step) * step);

    // Legend row on top, unit label, axis labels on the left and below.
    const double legendHeight = metrics.height() * 1.6;
    const QLocale english(QLocale::English);
    const double labelWidth = metrics.horizontalAdvance(english.toString(top, 'f', 0)) + 2 * dpmm;
    const QRectF plot(frame.left() + labelWidth + 2 * dpmm,
        frame.top() + legendHeight + metrics.height() * 2.2, 0, 0);
    QRectF area(
        plot.topLeft(), QPointF(frame.right() - 2 * dpmm, frame.bottom() - metrics.height() * 1.8));

    painter.setPen(Qt::black);
    double x = area.left();
    for (const AnnexSeries& series : chart.series) {
        const double y = frame.top() + legendHeight / 2;
        if (series.line) {
            painter.setPen(QPen(series.colour, 0.6 * dpmm));
            painter.drawLine(QPointF(x, y), QPointF(x + 6 * dpmm, y));
            painter.setBrush(series.colour);
            painter.drawEllipse(QPointF(x + 3 * dpmm, y), 0.9 * dpmm, 0.9 * dpmm);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(series.colour);
            painter.drawRect(QRectF(x, y - 1.5 * dpmm, 6 * dpmm, 3 * dpmm));
        }
        painter.setPen(Qt::black);
        painter.setBrush(Qt::NoBrush);
        const double textWidth = metrics.horizontalAdvance(series.name);
        painter.drawText(
            QRectF(x + 7.5 * dpmm, y - legendHeight / 2, textWidth + dpmm, legendHeight),
            Qt::AlignLeft | Qt::AlignVCenter, series.name);
        x += 7.5 * dpmm + textWidth + 6 * dpmm;
    }
    painter.drawText(
        QRectF(frame.left(), frame.top() + legendHeight, frame.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, chart.valueUnit);

    // Grid and y ticks.
    auto yOf = [&](double value) { return area.bottom() - area.height() * value / top; };
    for (double value = 0; value <= top + step / 2; value += step) {
        const double y = yOf(value);
        painter.setPen(QPen(QColor(200, 200, 200), 0.15 * dpmm));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(frame.left(), y - metrics.height() / 2, labelWidth, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, english.toString(value, 'f', 0));
    }
    painter.setPen(QPen(Qt::black, 0.25 * dpmm));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawLine(area.bottomLeft(), area.topLeft());

    const qsizetype categories = chart.categories.size();
    if (categories == 0)
        return;
    const double slot = area.width() / categories;
    const auto bars = std::count_if(chart.series.begin(), chart.series.end(),
        [](const AnnexSeries& series) { return !series.line; });
    const double barWidth = bars ? slot * 0.7 / bars : 0;
    for (qsizetype c = 0; c < categories; ++c) {
        const double left = area.left() + slot * c;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(left, area.bottom() + 0.5 * dpmm, slot, metrics.height() * 1.2),
            Qt::AlignHCenter | Qt::AlignTop, chart.categories[c]);
        int bar = 0;
        for (const AnnexSeries& series : chart.series) {
            if (series.line || c >= qsizetype(series.values.size()))
                continue;
            const double value = series.values[c];
            painter.setPen(Qt::NoPen);
            painter.setBrush(series.colour);
            painter.drawRect(QRectF(left + slot * 0.15 + bar * barWidth, yOf(value),
                barWidth * 0.92, area.bottom() - yOf(value)));
            ++bar;
        }
    }
    for (const AnnexSeries& series : chart.series) {
        if (!series.line)
            continue;
        QPainterPath path;
        for (qsizetype c = 0; c < categories && c < qsizetype(series.values.size()); ++c) {
            const QPointF point(area.left() + slot * (c + 0.5), yOf(series.values[c]));
            c == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(series.colour, 0.6 * dpmm));
        painter.drawPath(path);
        painter.setBrush(series.colour);
        for (qsizetype c = 0; c < categories && c < qsizetype(series.values.size()); ++c)
            painter.drawEllipse(QPointF(area.left() + slot * (c + 0.5), yOf(series.values[c])),
                0.9 * dpmm, 0.9 * dpmm);
    }
    painter.setBrush(Qt::NoBrush);
}

} // namespace seatplan::render
