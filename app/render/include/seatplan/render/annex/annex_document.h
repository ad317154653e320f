#pragma once

#include "seatplan/render/annex/annex_table.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>
#include <vector>

class QPainter;

namespace seatplan::render {

/// The cover page: what the annex is about. `date` is the only date printed anywhere.
struct AnnexCover {
    QString attachment; ///< "附件" label, top left (GB/T 9704)
    QString title; ///< e.g. "梅州市“十四五”义务教育学位建设规划附表"
    QString area; ///< county or city, e.g. "梅县区（441403）"
    QString scenario;
    QString period; ///< e.g. "2021—2025年"
    QString date; ///< e.g. "2026年11月29日" (from SOURCE_DATE_EPOCH when set)
    QString crs; ///< e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548)"
    QStringList sources; ///< one line per data source
    QString organisation; ///< 编制单位
};

/// The fixed labels the composer prints, in the document language.
struct AnnexLabels {
    QString scenario = QStringLiteral("Scenario:"); ///< cover line labels
    QString period = QStringLiteral("Plan period:");
    QString crs = QStringLiteral("Projection:");
    QString sources = QStringLiteral("Data sources:");
    QString organisation = QStringLiteral("Prepared by:");
    QString date = QStringLiteral("Date:");
    QString continued = QStringLiteral(" (continued)"); ///< appended to a continued table's title
};

/// A heading: level 1 (一、) in the 黑体 face, level 2 (（一）) in bold body face.
struct AnnexHeading {
    QString text;
    int level = 1;
};

/// A paragraph of body text, wrapped to the page width.
struct AnnexParagraph {
    QString text;
};

/// One series of a chart: bars (capacity) or a line with markers (demand).
struct AnnexSeries {
    QString name;
    std::vector<double> values; ///< one per category
    QColor colour;
    bool line = false;
};

/// A numbered figure (图N): a bar/line chart over categories (years), painted with QPainter.
struct AnnexChart {
    QString number; ///< "图1"
    QString title;
    QString valueUnit; ///< y-axis unit, e.g. "学位（个）"
    QStringList categories; ///< x-axis labels, e.g. years
    std::vector<AnnexSeries> series;
};

/// A full map page of the atlas. `paint` draws the map into the frame it is given (device
/// coordinates of the page); the composer draws the title, notes and frame around it.
struct AnnexMapPage {
    QString number; ///< "图N"
    QString title;
    QString scaleText; ///< e.g. "比例尺 1:250,000"
    QStringList notes; ///< CRS, sources, 审图号 line, organisation, date
    std::function<void(QPainter&, const QRectF&)> paint;
};

/// Forces the next block onto a new page.
struct AnnexPageBreak { };

/// One block of the annex flow.
using AnnexBlock = std::variant<AnnexHeading, AnnexParagraph, AnnexTable, AnnexChart, AnnexMapPage,
    AnnexPageBreak>;

/**
 * The whole annex as a flow of blocks after the cover, in print order. Built by
 * AnnexBuilder from core::Results; painted by AnnexComposer; its tables are exported by
 * writeAnnexSpreadsheets(). A value type (map pages hold callables that must outlive it).
 */
struct AnnexDocument {
    AnnexCover cover;
    AnnexLabels labels;
    std::vector<AnnexBlock> blocks;

    /// Returns every table in order (for the spreadsheets and tests).
    std::vector<const AnnexTable*> tables() const;
};

} // namespace seatplan::render
