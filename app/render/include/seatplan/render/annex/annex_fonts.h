#pragma once

#include <QFont>
#include <QString>

namespace seatplan::render {

/**
 * The faces of the annex: a 黑体-style sans (Noto Sans CJK SC) for titles, headings and table
 * headers, and a 宋体/仿宋-style serif (Noto Serif CJK SC) for body text and table cells
 * (GB/T 9704 as summarised in ANNEX.md). Both are free fonts from Debian's fonts-noto-cjk.
 *
 * The fonts are loaded once per process from the font files with their CJK-radical code
 * points removed from the character map, under private family names. Qt's PDF engine writes
 * the text layer (ToUnicode) from the font's reverse character map and would otherwise
 * extract "项目" as "项⽬" (U+2F6C KANGXI RADICAL EYE shares the glyph of 目), so that
 * copied or searched text would not match. When the files are absent the system families
 * are used as they are. Latin letters and digits are set in Liberation Serif / Sans
 * (Times / Arial metrics, fonts-liberation2; DejaVu when absent). GUI thread only.
 */
class AnnexFonts {
public:
    /// Returns the sans (黑体-style) face at `points`, bold when asked.
    static QFont sans(double points, bool bold = false);
    /// Returns the serif (宋体/仿宋-style) face at `points`, bold when asked.
    static QFont serif(double points, bool bold = false);
    /// Returns the family names in use (sans, serif), loading the fonts on first call.
    static QString sansFamily();
    static QString serifFamily();
};

} // namespace seatplan::render
