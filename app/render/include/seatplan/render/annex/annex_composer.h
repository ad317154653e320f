#pragma once

#include "seatplan/render/annex/annex_document.h"

#include <QDateTime>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace seatplan::render {

/// Paper of the annex: A4 landscape by default, A3 landscape for wide tables and maps.
enum class AnnexPaper { A4, A3 };

/**
 * Lays out and paints an AnnexDocument on paged devices: the cover, then the flow of headings,
 * paragraphs, tables, charts and map pages. Tables are split across pages with the title
 * marked "(续)" and the header rows repeated, no row lost; numbers are right-aligned and
 * 合计/小计 rows bold; every page after the cover carries its number ("— N —", GB/T 9704).
 *
 * The output depends only on the document and the paper: no clock is read, so the same
 * document gives the same page content. GUI thread only (fonts); the document must outlive
 * the composer.
 */
class AnnexComposer {
public:
    explicit AnnexComposer(const AnnexDocument& document, AnnexPaper paper = AnnexPaper::A4);

    /// Returns the page layout the composer expects (landscape, margins in millimetres).
    QPageLayout pageLayout() const;

    /**
     * Paints the whole annex on `device` (a QPdfWriter, or a QPrinter from the print dialog or
     * preview), whose page layout should be pageLayout(). Returns the number of pages.
     */
    int paint(QPagedPaintDevice& device) const;

    /**
     * Writes the annex to the PDF file `path` (fonts embedded as subsets, text selectable) and
     * returns the number of pages. The PDF's creation and modification dates are set to
     * `documentDate` (so that the same inputs give the same file); pass an invalid date to
     * keep Qt's. Throws std::runtime_error naming the file when it cannot be written.
     */
    int writePdf(const QString& path, const QDateTime& documentDate) const;

private:
    const AnnexDocument& m_document;
    AnnexPaper m_paper;
};

} // namespace seatplan::render
