#pragma once

#include "seatplan/gis/crs.h"
#include "seatplan/gis/geometry_repair.h"
#include "seatplan/gis/placement_check.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace seatplan::gis {

/// What one entry of an import report says. gis only records the code and its parameters;
/// the app renders them as (translated) text, the provenance record as English (text()).
enum class ReportCode {
    BareFeatureArray, ///< a bare JSON array of features, read as a FeatureCollection
    SeveralLayers, ///< values: {count, "a, b, c"}; the first layer was read
    TextRecoded, ///< text that was not UTF-8 was read as CP936/GBK
    PartsDropped, ///< values: {count} geometry parts of another dimension dropped
    PointsFromColumns, ///< values: {x column, y column}
    RowsWithoutCoordinates, ///< values: {count} rows skipped
    PolygonsToPoints, ///< polygons reduced to a point inside each
    RowsSkipped, ///< values: {count} rows with empty or non-numeric values skipped
    RasterWarped, ///< values: {target CRS, persons before, persons after}
    RasterCells, ///< values: {width, height, persons in total}
    FieldMapped, ///< field: the project field; values: {source column}
    FieldByLevel, ///< field: "classes" or "students"; values: {source column} spread by level
    FieldsUnmapped, ///< values: the project fields no column fills (left empty)
};

/**
 * One structured entry of an import report: a code and its parameters. `file` and `layer` name
 * the source, `fid` the source feature when the entry is about one, `field` the project field.
 */
struct ReportEntry {
    ReportCode code = ReportCode::BareFeatureArray;
    std::string file;
    std::string layer;
    std::optional<std::int64_t> fid;
    std::string field;
    std::vector<std::string> values;
};

/// Where the text encoding of the source came from.
enum class EncodingOrigin {
    None, ///< not a .dbf/CSV-like source (the driver decodes it)
    Given, ///< chosen by the user
    Declared, ///< a .cpg file or the .dbf language driver says it
    Detected, ///< no declaration: SeatPlan checked the bytes (encoding: "UTF-8", "ASCII", "CP936")
};

/// Where the source CRS came from.
enum class CrsOrigin {
    None, ///< a table without geometry
    File, ///< declared by the file
    Given, ///< chosen by the user
    Guessed, ///< guessed from the coordinates: see ImportReport::crsGuess
};

/**
 * What reading or importing a source did, for the user: the encoding and CRS used (and whether
 * they were guessed), corrections, field mapping, repairs and skipped rows, as structured data
 * (no display text). Filled in by readSource() and importFile(). The app renders it with
 * translations (ui::ImportReportText); text() renders the English record kept in the project's
 * provenance table.
 */
struct ImportReport {
    std::string source; ///< the file as given
    std::string sourceLayer; ///< the layer read from it
    std::string encoding; ///< e.g. "UTF-8", "CP936" ("" when declared or not applicable)
    EncodingOrigin encodingOrigin = EncodingOrigin::None;
    std::string sourceCrs; ///< e.g. "EPSG:4326" (long WKT cut to 60 characters)
    CrsOrigin crsOrigin = CrsOrigin::None;
    CrsGuess crsGuess; ///< why the CRS was guessed (when crsOrigin is Guessed)
    DatumShift correction = DatumShift::None; ///< GCJ-02/BD-09 offset removed (given)
    std::int64_t featuresRead = 0;
    std::int64_t featuresWritten = 0;
    std::vector<ReportEntry> entries; ///< field mapping, notes, skipped rows, in order
    std::vector<RepairNote> repairs; ///< one per repaired feature
    /// Where the layer lies against the project's counties (nothing when the project has no
    /// counties yet, or for tables and rasters); a verdict other than Fine is a warning.
    std::optional<Placement> placement;

    bool crsGuessed() const { return crsOrigin == CrsOrigin::Guessed; }
    /// Adds an entry about the source (file and layer filled in).
    ReportEntry& add(ReportCode code, std::vector<std::string> values = {}, std::string field = {});
    /// Returns the entries with `code`.
    std::vector<ReportEntry> entriesOf(ReportCode code) const;

    /// Renders the report as lines of English text, for the provenance record in the project.
    std::string text() const;
};

} // namespace seatplan::gis
