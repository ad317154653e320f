#include "seatplan/gis/import_report.h"

namespace seatplan::gis {

namespace {

    std::string joined(const std::vector<std::string>& values, const char* separator)
    {
        std::string out;
        for (const std::string& v : values)
            out += (out.empty() ? "" : separator) + v;
        return out;
    }

    std::string value(const ReportEntry& e, std::size_t i)
    {
        return i < e.values.size() ? e.values[i] : std::string();
    }

    // English wording of one entry (the provenance record; the app has its own, translated).
    std::string entryText(const ReportEntry& e)
    {
        switch (e.code) {
        case ReportCode::BareFeatureArray:
            return "note: a bare JSON array of features: read as a FeatureCollection";
        case ReportCode::SeveralLayers:
            return "note: the file has " + value(e, 0) + " layers (" + value(e, 1)
                + "); read the first, choose another with --layer";
        case ReportCode::TextRecoded:
            return "note: text that was not UTF-8 was read as CP936/GBK";
        case ReportCode::PartsDropped:
            return "note: " + value(e, 0)
                + " geometry part(s) of another dimension than the layer's were dropped";
        case ReportCode::PointsFromColumns:
            return "note: points from columns " + value(e, 0) + " / " + value(e, 1);
        case ReportCode::RowsWithoutCoordinates:
            return "note: " + value(e, 0) + " row(s) without usable coordinates skipped";
        case ReportCode::PolygonsToPoints:
            return "note: polygons reduced to a point inside each (GEOS PointOnSurface)";
        case ReportCode::RowsSkipped:
            return "note: " + value(e, 0) + " row(s) with empty or non-numeric values skipped";
        case ReportCode::RasterWarped:
            return "note: warped to " + value(e, 0) + " with sum resampling: " + value(e, 1)
                + " persons before, " + value(e, 2) + " after";
        case ReportCode::RasterCells:
            return "note: " + value(e, 0) + " x " + value(e, 1) + " cells, " + value(e, 2)
                + " persons in total";
        case ReportCode::FieldMapped:
            return "field " + e.field + " <- " + value(e, 0);
        case ReportCode::FieldByLevel:
            return "field " + e.field + "_primary/" + e.field + "_junior (by level) <- "
                + value(e, 0);
        case ReportCode::FieldsUnmapped:
            return "not found in the source (left empty): " + joined(e.values, ", ");
        }
        return {};
    }

    std::string encodingText(const ImportReport& r)
    {
        switch (r.encodingOrigin) {
        case EncodingOrigin::None:
            return {};
        case EncodingOrigin::Given:
            return r.encoding + " (given)";
        case EncodingOrigin::Declared:
            return "as declared by the .cpg / .dbf";
        case EncodingOrigin::Detected:
            return r.encoding + " (detected; no .cpg)";
        }
        return {};
    }

} // namespace

ReportEntry& ImportReport::add(ReportCode code, std::vector<std::string> values, std::string field)
{
    entries.push_back(
        { code, source, sourceLayer, std::nullopt, std::move(field), std::move(values) });
    return entries.back();
}

std::vector<ReportEntry> ImportReport::entriesOf(ReportCode code) const
{
    std::vector<ReportEntry> out;
    for (const ReportEntry& e : entries) {
        if (e.code == code)
            out.push_back(e);
    }
    return out;
}

std::string ImportReport::text() const
{
    std::string out;
    const auto line = [&out](const std::string& text) { out += text + "\n"; };
    line("source: " + source + (sourceLayer.empty() ? "" : " (layer " + sourceLayer + ")"));
    if (const std::string encodingLine = encodingText(*this); !encodingLine.empty())
        line("encoding: " + encodingLine);
    if (!sourceCrs.empty())
        line("source CRS: " + sourceCrs
            + (correction != DatumShift::None
                    ? " with the " + datumShiftName(correction) + " offset"
                    : "")
            + (crsOrigin == CrsOrigin::Given ? " (given)" : "")
            + (crsGuessed() ? " (GUESSED: " + crsGuess.reason + ")" : ""));
    if (correction != DatumShift::None)
        line("correction: " + datumShiftName(correction)
            + " -> WGS84 (published formula, iterated inverse)");
    line("features: " + std::to_string(featuresRead) + " read, " + std::to_string(featuresWritten)
        + " written");
    for (const ReportEntry& e : entries) {
        if (e.code == ReportCode::FieldMapped || e.code == ReportCode::FieldByLevel
            || e.code == ReportCode::FieldsUnmapped)
            line(entryText(e));
    }
    if (placement && placement->verdict != Placement::Verdict::Fine)
        line("WARNING: " + placement->message(source, sourceLayer));
    for (const ReportEntry& e : entries) {
        if (e.code != ReportCode::FieldMapped && e.code != ReportCode::FieldByLevel
            && e.code != ReportCode::FieldsUnmapped)
            line(entryText(e));
    }
    constexpr std::size_t kShownRepairs = 50;
    for (std::size_t i = 0; i < repairs.size() && i < kShownRepairs; ++i)
        line("repair: " + repairs[i].text());
    if (repairs.size() > kShownRepairs)
        line("repair: ... and " + std::to_string(repairs.size() - kShownRepairs) + " more");
    return out;
}

} // namespace seatplan::gis
