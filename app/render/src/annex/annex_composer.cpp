#include "seatplan/render/annex/annex_composer.h"

#include "annex_pdf_dates.h"
#include "seatplan/render/annex/annex_chart_painter.h"
#include "seatplan/render/annex/annex_fonts.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace seatplan::render {

namespace {

    // Page geometry in millimetres (GB/T 9704 leaves the margins of landscape tables to the
    // house style; these keep the binding edge and the page number clear).
    constexpr double kMarginTopMm = 18;
    constexpr double kMarginBottomMm = 18;
    constexpr double kMarginSideMm = 20;
    constexpr double kFooterMm = 10; // page number baseline below the body frame
    constexpr double kCellPadMm = 1.2;

    // Type sizes in points: headings 三号黑体, table title 小四, cells 小五 (shrunk to fit).
    constexpr double kHeading1Pt = 16;
    constexpr double kHeading2Pt = 13;
    constexpr double kBodyPt = 12;
    constexpr double kTableTitlePt = 13;
    constexpr double kUnitsPt = 10.5;
    constexpr double kCellPt = 9;
    constexpr double kMinCellPt = 6;
    constexpr double kSmallCellScale = 0.8; // AnnexColumn::small cells, relative to the others
    constexpr double kPageNumberPt = 12;

    /// Paints one run of pages: keeps the cursor, starts pages, numbers them.
    class Flow {
    public:
        Flow(QPagedPaintDevice& device, QPainter& painter)
            : m_device(device)
            , m_painter(painter)
        {
            const double dpmm = device.logicalDpiY() / 25.4;
            m_dpmm = dpmm;
            const QRect full(0, 0, device.width(), device.height());
            // QPdfWriter/QPrinter paint inside the page layout's margins already.
            m_body = QRectF(full).adjusted(0, 0, 0, -mm(kFooterMm));
            m_y = m_body.top();
        }

        double mm(double millimetres) const { return millimetres * m_dpmm; }
        const QRectF& body() const { return m_body; }
        double remaining() const { return m_body.bottom() - m_y; }
        double y() const { return m_y; }
        void advance(double height) { m_y += height; }
        bool atTop() const { return m_y <= m_body.top() + 0.5; }
        int pages() const { return m_page; }

        void newPage()
        {
            if (m_page > 0)
                m_device.newPage();
            ++m_page;
            m_y = m_body.top();
            if (m_page > 1)
                paintPageNumber();
        }

        /// Starts a new page unless `height` still fits on this one.
        void ensure(double height)
        {
            if (height > remaining() && !atTop())
                newPage();
        }

        QPainter& painter() { return m_painter; }

    private:
        void paintPageNumber()
        {
            m_painter.save();
            m_painter.setFont(AnnexFonts::serif(kPageNumberPt));
            m_painter.setPen(Qt::black);
            const QRectF footer(m_body.left(), m_body.bottom(), m_body.width(), mm(kFooterMm));
            m_painter.drawText(
                footer, Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("— %1 —").arg(m_page));
            m_painter.restore();
        }

        QPagedPaintDevice& m_device;
        QPainter& m_painter;
        double m_dpmm = 1;
        QRectF m_body;
        double m_y = 0;
        int m_page = 0;
    };

    /// Returns `text` broken into lines of at most `width` (device units) with '\n': at word
    /// boundaries where there are any (English), anywhere else (Chinese, long keys). Painting
    /// the result unwrapped is what textHeight() measures; Qt's TextWrapAnywhere flag alone
    /// would split English words.
    QString wrapped(const QFont& font, const QString& text, double width, QPaintDevice* device)
    {
        if (text.isEmpty())
            return text;
        QStringList lines;
        for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
            QTextLayout layout(paragraph, font, device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
            }
            layout.endLayout();
            if (paragraph.isEmpty())
                lines << QString();
        }
        return lines.join(QLatin1Char('\n'));
    }

    /// Qt's own wrapping, anywhere: table headers, which are short and centred.
    constexpr int kHeaderWrap = Qt::TextWordWrap | Qt::TextWrapAnywhere;

    /// Returns the height of `text` in `width`: wrapped() text, or with `flags` when given.
    double textHeight(
        const QFont& font, const QString& text, double width, QPaintDevice* device, int flags = 0)
    {
        const QFontMetricsF metrics(font, device);
        if (text.isEmpty())
            return metrics.height();
        if (flags != 0)
            return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
        return metrics.boundingRect(QRectF(0, 0, width, 1e9), 0, wrapped(font, text, width, device))
            .height();
    }

    void paintCover(
        Flow& flow, const AnnexCover& cover, const AnnexLabels& labels, QPaintDevice* device)
    {
        QPainter& painter = flow.painter();
        const QRectF body = flow.body();
        painter.setPen(Qt::black);
        painter.setFont(AnnexFonts::sans(kHeading1Pt));
        painter.drawText(QRectF(body.left(), body.top(), body.width(), flow.mm(10)),
            Qt::AlignLeft | Qt::AlignTop, cover.attachment);

        double y = body.top() + body.height() * 0.22;
        const QFont titleFont = AnnexFonts::sans(22);
        const double titleHeight = textHeight(titleFont, cover.title, body.width() * 0.8, device);
        painter.setFont(titleFont);
        painter.drawText(
            QRectF(body.left() + body.width() * 0.1, y, body.width() * 0.8, titleHeight),
            Qt::AlignHCenter, wrapped(titleFont, cover.title, body.width() * 0.8, device));
        y += titleHeight + flow.mm(6);
        // The area under the title only when the title does not already name it.
        if (!cover.title.contains(cover.area)) {
            painter.setFont(AnnexFonts::sans(16));
            painter.drawText(
                QRectF(body.left(), y, body.width(), flow.mm(9)), Qt::AlignHCenter, cover.area);
        }
        y += flow.mm(22);

        const QFont labelFont = AnnexFonts::sans(kBodyPt);
        const QFont valueFont = AnnexFonts::serif(kBodyPt);
        const double lineHeight = QFontMetricsF(valueFont, device).height() * 1.6;
        // The same gap after a wrapped value as after a one-line one.
        const double lineGap = lineHeight - QFontMetricsF(valueFont, device).height();
        const double left = body.left() + body.width() * 0.25;
        const double labelWidth = body.width() * 0.14;
        const double valueWidth = body.width() * 0.5;
        auto line = [&](const QString& label, const QString& value) {
            if (value.isEmpty())
                return;
            painter.setFont(labelFont);
            painter.drawText(QRectF(left, y, labelWidth, lineHeight), Qt::AlignLeft, label);
            painter.setFont(valueFont);
            const double height = textHeight(valueFont, value, valueWidth, device) + lineGap;
            painter.drawText(QRectF(left + labelWidth, y, valueWidth, height), Qt::AlignLeft,
                wrapped(valueFont, value, valueWidth, device));
            y += height;
        };
        line(labels.scenario, cover.scenario);
        line(labels.period, cover.period);
        line(labels.crs, cover.crs);
        line(labels.sources, cover.sources.join(QStringLiteral("\n")));
        line(labels.organisation, cover.organisation);
        line(labels.date, cover.date);
    }

    void paintHeading(Flow& flow, const AnnexHeading& heading, QPaintDevice* device)
    {
        const QFont font
            = heading.level <= 1 ? AnnexFonts::sans(kHeading1Pt) : AnnexFonts::sans(kHeading2Pt);
        const double height = textHeight(font, heading.text, flow.body().width(), device);
        const double lineHeight = QFontMetricsF(AnnexFonts::serif(kBodyPt), device).height();
        // Keep a heading with what follows it: never alone at the foot of a page.
        flow.ensure(height + flow.mm(4) + lineHeight * 4);
        if (!flow.atTop())
            flow.advance(flow.mm(heading.level <= 1 ? 4 : 2));
        flow.painter().setFont(font);
        flow.painter().setPen(Qt::black);
        flow.painter().drawText(QRectF(flow.body().left(), flow.y(), flow.body().width(), height),
            Qt::AlignLeft, wrapped(font, heading.text, flow.body().width(), device));
        flow.advance(height + flow.mm(2));
    }

    void paintParagraph(Flow& flow, const AnnexParagraph& paragraph, QPaintDevice* device)
    {
        const QFont font = AnnexFonts::serif(kBodyPt);
        const QFontMetricsF metrics(font, device);
        const double width = flow.body().width();
        // Split into lines ourselves so that a long paragraph can continue on the next page.
        QStringList lines;
        for (const QString& part : paragraph.text.split(QLatin1Char('\n'))) {
            QString rest = part;
            if (rest.isEmpty())
                lines << QString();
            while (!rest.isEmpty()) {
                int count = 0;
                double advance = 0;
                while (count < rest.size()) {
                    const double step = metrics.horizontalAdvance(rest.at(count));
                    if (advance + step > width && count > 0)
                        break;
                    advance += step;
                    ++count;
                }
                // Latin text breaks at a space; Chinese breaks between any two characters.
                if (count < rest.size() && !rest.at(count).isSpace()) {
                    const qsizetype space = rest.left(count).lastIndexOf(QLatin1Char(' '));
                    if (space > count / 2)
                        count = int(space + 1);
                }
                lines << rest.left(count);
                rest = rest.mid(count);
            }
        }
        const double lineHeight = metrics.height() * 1.35;
        flow.painter().setFont(font);
        flow.painter().setPen(Qt::black);
        for (const QString& line : lines) {
            flow.ensure(lineHeight);
            flow.painter().drawText(QRectF(flow.body().left(), flow.y(), width, lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter, line);
            flow.advance(lineHeight);
        }
        flow.advance(flow.mm(1.5));
    }

    /// Column widths and fonts of one table, fitted to the body width.
    struct TableLayout {
        std::vector<double> widths;
        QFont cell;
        QFont cellBold;
        QFont cellSmall; ///< AnnexColumn::small columns (keys, codes)
        QFont header;
        double headerTop = 0; ///< height of the group row (0 = one header row)
        double headerBottom = 0;
        double pad = 0;
    };

    TableLayout layoutTable(const AnnexTable& table, double width, double pad, QPaintDevice* device)
    {
        TableLayout layout;
        layout.pad = pad;
        const std::size_t columns = table.columns.size();
        for (double points = kCellPt; points >= kMinCellPt; points -= 0.5) {
            layout.cell = AnnexFonts::serif(points);
            layout.cellBold = AnnexFonts::serif(points, true);
            layout.header = AnnexFonts::sans(points);
            layout.cellSmall = AnnexFonts::serif(points * kSmallCellScale);
            const QFontMetricsF cellMetrics(layout.cellBold, device);
            const QFontMetricsF smallMetrics(layout.cellSmall, device);
            const QFontMetricsF headerMetrics(layout.header, device);
            // Two characters and a little: a header exactly as wide as its column may wrap
            // when painted and lose its second line to the cell's clip.
            const double twoChars
                = headerMetrics.horizontalAdvance(QStringLiteral("学位")) * 1.08 + 2 * pad;
            std::vector<double> natural(columns, 0.0);
            std::vector<double> minimum(columns, 0.0);
            for (std::size_t c = 0; c < columns; ++c) {
                double widest = 0;
                for (const AnnexRow& row : table.rows)
                    if (c < row.cells.size())
                        widest = std::max(widest,
                            (table.columns[c].small ? smallMetrics : cellMetrics)
                                .horizontalAdvance(row.cells[c].text));
                natural[c] = std::max(widest + 2 * pad, twoChars);
                // Headers may wrap, but not below about five characters per line.
                const double header
                    = std::min(headerMetrics.horizontalAdvance(table.columns[c].header) + 2 * pad,
                        twoChars * 2.5);
                if (table.columns[c].numeric) {
                    minimum[c] = natural[c];
                } else {
                    // Short texts (status words, years) never wrap; long ones wrap down to
                    // five characters and are never wider than a quarter of the page.
                    natural[c] = std::min(natural[c], width * 0.25);
                    minimum[c] = natural[c] <= twoChars * 3.5
                        ? natural[c]
                        : std::min(natural[c], twoChars * 2.5);
                }
                natural[c] = std::max(natural[c], header);
                minimum[c] = std::max(minimum[c], std::min(header, twoChars * 1.5));
            }
            const double naturalSum = std::accumulate(natural.begin(), natural.end(), 0.0);
            const double minimumSum = std::accumulate(minimum.begin(), minimum.end(), 0.0);
            if (minimumSum > width && points - 0.5 >= kMinCellPt)
                continue;
            layout.widths = natural;
            if (naturalSum <= width) {
                // Spread the spare width by the columns' relative widths.
                double weights = 0;
                for (std::size_t c = 0; c < columns; ++c)
                    weights += table.columns[c].width;
                for (std::size_t c = 0; c < columns; ++c)
                    layout.widths[c] += (width - naturalSum) * table.columns[c].width / weights;
            } else {
                // Shrink the flexible part of each column in proportion.
                const double flexible = naturalSum - minimumSum;
                const double cut = std::min(naturalSum - width, flexible);
                for (std::size_t c = 0; c < columns; ++c)
                    layout.widths[c] = minimum[c]
                        + (natural[c] - minimum[c]) * (1 - cut / std::max(flexible, 1e-9));
                const double sum = std::accumulate(layout.widths.begin(), layout.widths.end(), 0.0);
                for (double& w : layout.widths)
                    w *= width / sum;
            }
            break;
        }
        // Header heights: the group row and the column row (two-level headers).
        const bool grouped = std::any_of(table.columns.begin(), table.columns.end(),
            [](const AnnexColumn& column) { return !column.group.isEmpty(); });
        double top = 0, bottom = 0, single = 0;
        for (std::size_t c = 0; c < columns; ++c) {
            const double inner = layout.widths[c] - 2 * pad;
            const AnnexColumn& column = table.columns[c];
            const double h
                = textHeight(layout.header, column.header, inner, device, kHeaderWrap) + 2 * pad;
            if (column.group.isEmpty()) {
                single = std::max(single, h);
            } else {
                bottom = std::max(bottom, h);
                double span = 0;
                for (std::size_t k = c; k < columns && table.columns[k].group == column.group; ++k)
                    span += layout.widths[k];
                top = std::max(top,
                    textHeight(layout.header, column.group, span - 2 * pad, device, kHeaderWrap)
                        + 2 * pad);
            }
        }
        if (grouped) {
            layout.headerTop = top;
            layout.headerBottom = std::max(bottom, single - top);
        } else {
            layout.headerBottom = single;
        }
        return layout;
    }

    double rowHeight(const AnnexTable& table, const AnnexRow& row, const TableLayout& layout,
        QPaintDevice* device)
    {
        const QFont& rowFont = row.kind == AnnexRowKind::Data ? layout.cell : layout.cellBold;
        double height = QFontMetricsF(rowFont, device).height() + 2 * layout.pad;
        for (std::size_t c = 0; c < row.cells.size() && c < table.columns.size(); ++c) {
            if (table.columns[c].numeric)
                continue;
            const QFont& font = table.columns[c].small ? layout.cellSmall : rowFont;
            height = std::max(height,
                textHeight(font, row.cells[c].text, layout.widths[c] - 2 * layout.pad, device)
                    + 2 * layout.pad);
        }
        return height;
    }

    void paintTableHeader(Flow& flow, const AnnexTable& table, const TableLayout& layout)
    {
        QPainter& painter = flow.painter();
        painter.setFont(layout.header);
        const double top = flow.y();
        const double total = layout.headerTop + layout.headerBottom;
        double x = flow.body().left();
        const auto draw = [&](const QRectF& box, const QString& text) {
            painter.drawText(box.adjusted(layout.pad, layout.pad, -layout.pad, -layout.pad),
                Qt::AlignCenter | kHeaderWrap, text);
        };
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const AnnexColumn& column = table.columns[c];
            const double w = layout.widths[c];
            if (column.group.isEmpty()) {
                const QRectF cell(x, top, w, total);
                painter.drawRect(cell);
                draw(cell, column.header);
            } else {
                if (c == 0 || table.columns[c - 1].group != column.group) {
                    double span = 0;
                    for (std::size_t k = c;
                         k < table.columns.size() && table.columns[k].group == column.group; ++k)
                        span += layout.widths[k];
                    const QRectF group(x, top, span, layout.headerTop);
                    painter.drawRect(group);
                    draw(group, column.group);
                }
                const QRectF cell(x, top + layout.headerTop, w, layout.headerBottom);
                painter.drawRect(cell);
                draw(cell, column.header);
            }
            x += w;
        }
        flow.advance(total);
    }

    void paintRow(Flow& flow, const AnnexTable& table, const AnnexRow& row,
        const TableLayout& layout, double height)
    {
        QPainter& painter = flow.painter();
        const bool bold = row.kind != AnnexRowKind::Data;
        const QFont& rowFont = bold ? layout.cellBold : layout.cell;
        double x = flow.body().left();
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const QRectF cell(x, flow.y(), layout.widths[c], height);
            painter.drawRect(cell);
            if (c < row.cells.size()) {
                painter.setFont(table.columns[c].small ? layout.cellSmall : rowFont);
                const bool centred
                    = c == 0 && !table.columns[c].numeric && table.columns[c].width < 0.9;
                const int align = table.columns[c].numeric ? int(Qt::AlignRight | Qt::AlignVCenter)
                    : centred                              ? int(Qt::AlignCenter)
                                                           : int(Qt::AlignLeft | Qt::AlignVCenter);
                const QRectF inner
                    = cell.adjusted(layout.pad, layout.pad, -layout.pad, -layout.pad);
                painter.drawText(inner, align,
                    table.columns[c].numeric ? row.cells[c].text
                                             : wrapped(painter.font(), row.cells[c].text,
                                                 inner.width(), painter.device()));
            }
            x += layout.widths[c];
        }
        flow.advance(height);
    }

    void paintTable(
        Flow& flow, const AnnexTable& table, const QString& continuedMark, QPaintDevice* device)
    {
        const double pad = flow.mm(kCellPadMm);
        const TableLayout layout = layoutTable(table, flow.body().width(), pad, device);
        const QFont titleFont = AnnexFonts::sans(kTableTitlePt);
        const QFont unitsFont = AnnexFonts::serif(kUnitsPt);
        const double titleHeight = QFontMetricsF(titleFont, device).height() * 1.3;
        const double unitsHeight = QFontMetricsF(unitsFont, device).height() * 1.2;
        const double headerHeight = layout.headerTop + layout.headerBottom;
        std::vector<double> heights;
        heights.reserve(table.rows.size());
        for (const AnnexRow& row : table.rows)
            heights.push_back(rowHeight(table, row, layout, device));

        QPainter& painter = flow.painter();
        painter.setPen(QPen(Qt::black, flow.mm(0.2)));
        auto startPart = [&](bool continued) {
            const QString number
                = table.number.isEmpty() ? QString() : table.number + QLatin1Char(' ');
            const QString title = number + table.title + (continued ? continuedMark : QString());
            painter.setFont(titleFont);
            painter.drawText(QRectF(flow.body().left(), flow.y(), flow.body().width(), titleHeight),
                Qt::AlignCenter, title);
            flow.advance(titleHeight);
            painter.setFont(unitsFont);
            painter.drawText(QRectF(flow.body().left(), flow.y(), flow.body().width(), unitsHeight),
                Qt::AlignRight | Qt::AlignVCenter, table.units);
            flow.advance(unitsHeight);
            paintTableHeader(flow, table, layout);
        };

        const double firstRow = heights.empty() ? 0 : heights.front();
        flow.ensure(titleHeight + unitsHeight + headerHeight
            + firstRow * std::min<double>(3, heights.size()));
        if (!flow.atTop())
            flow.advance(flow.mm(3));
        startPart(false);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            if (heights[r] > flow.remaining()) {
                flow.newPage();
                painter.setPen(QPen(Qt::black, flow.mm(0.2)));
                startPart(true);
            }
            paintRow(flow, table, table.rows[r], layout, heights[r]);
        }
        if (!table.note.isEmpty()) {
            const QFont noteFont = AnnexFonts::serif(kUnitsPt - 1);
            const double height
                = textHeight(noteFont, table.note, flow.body().width(), device) + flow.mm(1);
            flow.ensure(height);
            painter.setFont(noteFont);
            painter.drawText(
                QRectF(flow.body().left(), flow.y() + flow.mm(1), flow.body().width(), height),
                Qt::AlignLeft, wrapped(noteFont, table.note, flow.body().width(), device));
            flow.advance(height);
        }
        flow.advance(flow.mm(4));
    }

    void paintChart(Flow& flow, const AnnexChart& chart, QPaintDevice* device)
    {
        const double height = std::min(flow.mm(95), flow.body().height() * 0.6);
        const QFont titleFont = AnnexFonts::sans(kTableTitlePt - 1);
        const double titleHeight = QFontMetricsF(titleFont, device).height() * 1.4;
        flow.ensure(height + titleHeight);
        if (!flow.atTop())
            flow.advance(flow.mm(2));
        const double width = std::min(flow.body().width(), flow.mm(200));
        const QRectF frame(
            flow.body().left() + (flow.body().width() - width) / 2, flow.y(), width, height);
        flow.painter().save();
        paintAnnexChart(flow.painter(), frame, chart);
        flow.painter().restore();
        flow.advance(height);
        flow.painter().setFont(titleFont);
        flow.painter().setPen(Qt::black);
        flow.painter().drawText(
            QRectF(flow.body().left(), flow.y(), flow.body().width(), titleHeight), Qt::AlignCenter,
            chart.number + QLatin1Char(' ') + chart.title);
        flow.advance(titleHeight + flow.mm(3));
    }

    void paintMapPage(Flow& flow, const AnnexMapPage& page, QPaintDevice* device)
    {
        if (!flow.atTop())
            flow.newPage();
        QPainter& painter = flow.painter();
        const QRectF body = flow.body();
        const QFont titleFont = AnnexFonts::sans(kHeading2Pt + 1);
        const double titleHeight = QFontMetricsF(titleFont, device).height() * 1.4;
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(body.left(), body.top(), body.width(), titleHeight),
            Qt::AlignCenter,
            (page.number.isEmpty() ? QString() : page.number + QLatin1Char(' ')) + page.title);
        const QFont noteFont = AnnexFonts::serif(8);
        const double noteLine = QFontMetricsF(noteFont, device).height() * 1.15;
        const double notesHeight = noteLine * std::max<qsizetype>(1, page.notes.size());
        const QRectF frame(body.left(), body.top() + titleHeight, body.width(),
            body.height() - titleHeight - notesHeight - flow.mm(2));
        if (page.paint) {
            painter.save();
            painter.setClipRect(frame);
            page.paint(painter, frame);
            painter.restore();
        }
        painter.setPen(QPen(Qt::black, flow.mm(0.35)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);
        // Notes under the frame, one per line: CRS, sources, 审图号, organisation and date.
        painter.setFont(noteFont);
        for (qsizetype i = 0; i < page.notes.size(); ++i) {
            const double y = frame.bottom() + flow.mm(1) + i * noteLine;
            painter.drawText(QRectF(body.left(), y, body.width(), noteLine),
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(noteFont, device)
                    .elidedText(page.notes[i], Qt::ElideRight, body.width()));
        }
        flow.advance(body.height());
    }

} // namespace

AnnexComposer::AnnexComposer(const AnnexDocument& document, AnnexPaper paper)
    : m_document(document)
    , m_paper(paper)
{
}

QPageLayout AnnexComposer::pageLayout() const
{
    const QPageSize size(m_paper == AnnexPaper::A3 ? QPageSize::A3 : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Landscape,
        QMarginsF(kMarginSideMm, kMarginTopMm, kMarginSideMm, kMarginBottomMm),
        QPageLayout::Millimeter);
}

int AnnexComposer::paint(QPagedPaintDevice& device) const
{
    QPainter painter(&device);
    if (!painter.isActive())
        throw std::runtime_error("cannot paint on the annex device");
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Flow flow(device, painter);
    flow.newPage();
    paintCover(flow, m_document.cover, m_document.labels, &device);
    flow.newPage();
    for (const AnnexBlock& block : m_document.blocks) {
        if (const auto* heading = std::get_if<AnnexHeading>(&block))
            paintHeading(flow, *heading, &device);
        else if (const auto* paragraph = std::get_if<AnnexParagraph>(&block))
            paintParagraph(flow, *paragraph, &device);
        else if (const auto* table = std::get_if<AnnexTable>(&block))
            paintTable(flow, *table, m_document.labels.continued, &device);
        else if (const auto* chart = std::get_if<AnnexChart>(&block))
            paintChart(flow, *chart, &device);
        else if (const auto* map = std::get_if<AnnexMapPage>(&block))
            paintMapPage(flow, *map, &device);
        else if (!flow.atTop())
            flow.newPage();
    }
    painter.end();
    return flow.pages();
}

int AnnexComposer::writePdf(const QString& path, const QDateTime& documentDate) const
{
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(600);
        writer.setPageLayout(pageLayout());
        writer.setCreator(QStringLiteral("SeatPlan"));
        writer.setTitle(m_document.cover.title);
        pages = paint(writer);
    }
    if (documentDate.isValid())
        fixPdfDates(path, documentDate);
    return pages;
}

} // namespace seatplan::render
