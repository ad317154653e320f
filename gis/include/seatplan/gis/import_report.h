#pragma once

#include "seatplan/gis/geometry_repair.h"
#include "seatplan/gis/placement_check.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace seatplan::gis {

/**
 * What reading or importing a source did, for the user: the encoding and CRS used (and whether
 * they were guessed), corrections, field mapping, repairs and skipped rows. Filled in by
 * readSource() and importFile(); text() renders it for the CLI and the provenance table.
 */
struct ImportReport {
    std::string source; ///< the file as given
    std::string sourceLayer; ///< the layer read from it
    std::string encoding; ///< e.g. "UTF-8", "CP936 (detected)", "GBK (given)"
    std::string sourceCrs; ///< e.g. "EPSG:4326"
    bool crsGuessed = false;
    std::string crsReason; ///< why the CRS was guessed
    std::string correction; ///< e.g. "GCJ-02 -> WGS84 (published formula)"
    std::int64_t featuresRead = 0;
    std::int64_t featuresWritten = 0;
    std::vector<std::string> mapped; ///< "name <- 学校名称"
    std::vector<std::string> unmapped; ///< target fields with no source column
    std::vector<std::string> notes; ///< everything else worth saying (one line each)
    std::vector<RepairNote> repairs;
    /// Where the layer lies against the project's counties (nothing when the project has no
    /// counties yet, or for tables and rasters); a verdict other than Fine is a warning.
    std::optional<Placement> placement;

    /// Renders the report as lines of English text ("" sections omitted).
    std::string text() const;
};

} // namespace seatplan::gis
