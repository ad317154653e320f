#pragma once

#include "seatplan/gis/import_report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>

namespace seatplan::render {

/**
 * The translated wording of a gis::ImportReport, shared by the CLI `import` command and the
 * import wizard (context "ImportReportText" in seatplan_render_zh_CN.ts): gis records codes and
 * values, this class turns them into sentences in the current language. Pure functions; any
 * thread once the translators are installed.
 */
class ImportReportText {
    Q_DECLARE_TR_FUNCTIONS(ImportReportText)
public:
    /// The whole report, one line per item: source, encoding, CRS (and why it was guessed),
    /// correction, counts, field mapping, the placement warning (when `withPlacement`), notes,
    /// repairs (the first 50, then a count).
    static QStringList lines(const gis::ImportReport& report, bool withPlacement = true);
    /// lines() joined with newlines.
    static QString text(const gis::ImportReport& report, bool withPlacement = true);

    /// The encoding and where it came from, e.g. "CP936 (detected; no .cpg)"; "" when none.
    static QString encoding(const gis::ImportReport& report);
    /// The source CRS and where it came from, e.g. "EPSG:4326 with the GCJ-02 offset (given)".
    static QString sourceCrs(const gis::ImportReport& report);
    /// Why the CRS was guessed: the coordinate ranges and what they look like.
    static QString crsGuess(const gis::CrsGuess& guess);
    /// The correction applied, e.g. "GCJ-02 -> WGS84 (published formula)"; "" for None.
    static QString correction(gis::DatumShift shift);
    /// One entry (a note, a field mapping line, skipped rows, ...).
    static QString entry(const gis::ReportEntry& entry);
    /// One repair: "feature 12: self-intersection at (x 2689361.5, y 512345.2) m -> made valid
    /// ..." (fixed-point metres, or degrees to 6 decimals in a geographic CRS).
    static QString repair(const gis::RepairNote& note);
    /// The placement warning naming `file` and `layer`; "" when the verdict is Fine.
    static QString placement(
        const gis::Placement& placement, const QString& file, const QString& layer);
    /// The importer's progress stage ("reading", "repairing", ...) in the current language.
    static QString stage(const std::string& stage);
};

} // namespace seatplan::render
