#pragma once

#include <string>
#include <vector>

namespace seatplan::test {

/// Returns the text of `pdf` as `pdftotext -layout` extracts it (poppler-utils); throws
/// std::runtime_error when pdftotext fails.
std::string pdfText(const std::string& pdf);

/// One font of a PDF as `pdffonts` lists it.
struct PdfFont {
    std::string name;
    std::string type;
    bool embedded = false;
};

/// Returns the fonts of `pdf` (pdffonts); throws std::runtime_error when pdffonts fails.
std::vector<PdfFont> pdfFonts(const std::string& pdf);

/// Returns the number of pages of `pdf` (pdfinfo).
int pdfPageCount(const std::string& pdf);

/**
 * Renders every page of `pdf` with `pdftoppm -r dpi -gray` into `folder` and returns, per page,
 * the share of pixels that are not white (0 = blank page).
 */
std::vector<double> pdfInkPerPage(const std::string& pdf, const std::string& folder, int dpi = 20);

} // namespace seatplan::test
