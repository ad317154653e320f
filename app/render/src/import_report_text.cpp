#include "seatplan/render/import_report_text.h"

#include <array>
#include <cstddef>
#include <utility>

namespace seatplan::render {

namespace {

    constexpr double kMetresPerKm = 1000;
    constexpr double kPercent = 100;
    constexpr qsizetype kShownRepairs = 50;

    QString qs(const std::string& text)
    {
        return QString::fromStdString(text);
    }

    QString value(const gis::ReportEntry& e, std::size_t i)
    {
        return i < e.values.size() ? qs(e.values[i]) : QString();
    }

    QString joined(const std::vector<std::string>& values)
    {
        QStringList list;
        for (const std::string& v : values)
            list << qs(v);
        return list.join(QStringLiteral(", "));
    }

    QString number(double v)
    {
        return QString::number(v, 'g', 6);
    }

    // GEOS's validity reasons (geos/operation/valid/TopologyValidationError.cpp), English from
    // GEOS; marked here so they get translated.
    constexpr std::array<std::pair<const char*, const char*>, 12> kGeosReasons { {
        { "Topology Validation Error",
            QT_TRANSLATE_NOOP("ImportReportText", "Topology Validation Error") },
        { "Repeated Point", QT_TRANSLATE_NOOP("ImportReportText", "Repeated Point") },
        { "Hole lies outside shell",
            QT_TRANSLATE_NOOP("ImportReportText", "Hole lies outside shell") },
        { "Holes are nested", QT_TRANSLATE_NOOP("ImportReportText", "Holes are nested") },
        { "Interior is disconnected",
            QT_TRANSLATE_NOOP("ImportReportText", "Interior is disconnected") },
        { "Self-intersection", QT_TRANSLATE_NOOP("ImportReportText", "Self-intersection") },
        { "Ring Self-intersection",
            QT_TRANSLATE_NOOP("ImportReportText", "Ring Self-intersection") },
        { "Nested shells", QT_TRANSLATE_NOOP("ImportReportText", "Nested shells") },
        { "Duplicate Rings", QT_TRANSLATE_NOOP("ImportReportText", "Duplicate Rings") },
        { "Too few distinct points in geometry component",
            QT_TRANSLATE_NOOP(
                "ImportReportText", "Too few distinct points in geometry component") },
        { "Invalid Coordinate", QT_TRANSLATE_NOOP("ImportReportText", "Invalid Coordinate") },
        { "Ring is not closed", QT_TRANSLATE_NOOP("ImportReportText", "Ring is not closed") },
    } };

    QString geosReason(const std::string& reason)
    {
        for (const auto& [english, marked] : kGeosReasons) {
            if (reason == english)
                return QCoreApplication::translate("ImportReportText", marked);
        }
        return qs(reason); // an unknown GEOS message: as GEOS says it
    }

    bool isMappingLine(gis::ReportCode code)
    {
        return code == gis::ReportCode::FieldMapped || code == gis::ReportCode::FieldByLevel
            || code == gis::ReportCode::FieldsUnmapped;
    }

} // namespace

QString ImportReportText::encoding(const gis::ImportReport& r)
{
    switch (r.encodingOrigin) {
    case gis::EncodingOrigin::None:
        return {};
    case gis::EncodingOrigin::Given:
        return tr("%1 (given)").arg(qs(r.encoding));
    case gis::EncodingOrigin::Declared:
        return tr("as declared by the .cpg / .dbf");
    case gis::EncodingOrigin::Detected:
        return tr("%1 (detected; no .cpg)").arg(qs(r.encoding));
    }
    return {};
}

QString ImportReportText::sourceCrs(const gis::ImportReport& r)
{
    const QString crs = qs(r.sourceCrs);
    if (r.correction != gis::DatumShift::None)
        return tr("%1 with the %2 offset (given)").arg(crs, qs(gis::datumShiftName(r.correction)));
    switch (r.crsOrigin) {
    case gis::CrsOrigin::Given:
        return tr("%1 (given)").arg(crs);
    case gis::CrsOrigin::Guessed:
        return tr("%1 (guessed)").arg(crs);
    case gis::CrsOrigin::None:
    case gis::CrsOrigin::File:
        break;
    }
    return crs;
}

QString ImportReportText::crsGuess(const gis::CrsGuess& g)
{
    const QString range = tr("x %1..%2, y %3..%4")
                              .arg(number(g.extent.minX), number(g.extent.maxX),
                                  number(g.extent.minY), number(g.extent.maxY));
    switch (g.basis) {
    case gis::CrsGuessBasis::None:
        return tr("no coordinates to guess from");
    case gis::CrsGuessBasis::LonLatChina:
        return tr("%1 look like longitude/latitude in China; read as WGS84 (CGCS2000 differs by "
                  "less than a metre). Data from Amap, Tencent or DataV is GCJ-02 and Baidu's is "
                  "BD-09: say so (--source-crs gcj02 or bd09).")
            .arg(range);
    case gis::CrsGuessBasis::GaussKrugerZone:
        return tr("%1 look like 3-degree Gauss-Kruger with zone prefix %2 (central meridian "
                  "%3°E); read as CGCS2000 (Beijing 1954 / Xian 1980 data would be off by tens of "
                  "metres).")
            .arg(range)
            .arg(g.zone)
            .arg(g.centralMeridian);
    case gis::CrsGuessBasis::GaussKrugerNoZone:
        return tr("%1 look like 3-degree Gauss-Kruger metres without zone prefix; read with the "
                  "project's central meridian (%2°E, CGCS2000).")
            .arg(range)
            .arg(g.centralMeridian);
    case gis::CrsGuessBasis::Unknown:
        break;
    }
    return tr("%1 match no CRS SeatPlan can guess; give the source CRS.").arg(range);
}

QString ImportReportText::correction(gis::DatumShift shift)
{
    if (shift == gis::DatumShift::None)
        return {};
    return tr("%1 -> WGS84 (published formula, iterated inverse)")
        .arg(qs(gis::datumShiftName(shift)));
}

QString ImportReportText::entry(const gis::ReportEntry& e)
{
    using gis::ReportCode;
    switch (e.code) {
    case ReportCode::BareFeatureArray:
        return tr("note: a bare JSON array of features, read as a FeatureCollection");
    case ReportCode::SeveralLayers:
        return tr("note: the file has %1 layers (%2); the first was read, choose another layer "
                  "to read that one")
            .arg(value(e, 0), value(e, 1));
    case ReportCode::TextRecoded:
        return tr("note: text that was not UTF-8 was read as CP936/GBK");
    case ReportCode::PartsDropped:
        return tr("note: %1 geometry part(s) of another dimension than the layer's were dropped")
            .arg(value(e, 0));
    case ReportCode::PointsFromColumns:
        return tr("note: points from the columns %1 / %2").arg(value(e, 0), value(e, 1));
    case ReportCode::RowsWithoutCoordinates:
        return tr("note: %1 row(s) without usable coordinates skipped").arg(value(e, 0));
    case ReportCode::PolygonsToPoints:
        return tr("note: polygons reduced to a point inside each (GEOS PointOnSurface)");
    case ReportCode::RowsSkipped:
        return tr("note: %1 row(s) with empty or non-numeric values skipped").arg(value(e, 0));
    case ReportCode::RasterWarped:
        return tr("note: warped to %1 with sum resampling: %2 persons before, %3 after")
            .arg(value(e, 0), value(e, 1), value(e, 2));
    case ReportCode::RasterCells:
        return tr("note: %1 x %2 cells, %3 persons in total")
            .arg(value(e, 0), value(e, 1), value(e, 2));
    case ReportCode::FieldMapped:
        return tr("field %1 <- %2").arg(qs(e.field), value(e, 0));
    case ReportCode::FieldByLevel:
        return tr("field %1_primary/%1_junior (by level) <- %2").arg(qs(e.field), value(e, 0));
    case ReportCode::FieldsUnmapped:
        return tr("not found in the source (left empty): %1").arg(joined(e.values));
    }
    return {};
}

QString ImportReportText::repair(const gis::RepairNote& n)
{
    QString problem;
    switch (n.problem) {
    case gis::RepairProblem::NonFinite:
        problem = tr("coordinates that are not numbers (NaN or infinite)");
        break;
    case gis::RepairProblem::TooFewPoints:
        problem = tr("a ring or line with too few points");
        break;
    case gis::RepairProblem::Unbuildable:
        problem = tr("GEOS cannot build the polygon: %1").arg(qs(n.detail));
        break;
    case gis::RepairProblem::Invalid:
        problem = n.detail.empty() ? tr("invalid") : geosReason(n.detail);
        break;
    case gis::RepairProblem::Empty:
        problem = tr("empty geometry");
        break;
    }
    if (n.location)
        problem = tr("%1 at %2").arg(problem, qs(n.locationText()));
    QString fix;
    switch (n.fix) {
    case gis::RepairFix::GeometryRemoved:
        fix = tr("geometry removed");
        break;
    case gis::RepairFix::PartsRemoved:
        fix = tr("the affected parts removed");
        break;
    case gis::RepairFix::MadeValid:
        fix = tr("made valid with GEOS MakeValid (structure method)");
        break;
    case gis::RepairFix::NothingPolygonalLeft:
        fix = tr("geometry removed (nothing polygonal left)");
        break;
    case gis::RepairFix::FeatureRemoved:
        fix = tr("feature removed");
        break;
    }
    if (n.droppedParts > 0)
        fix = tr("%1, %2 collapsed part(s) dropped").arg(fix).arg(n.droppedParts);
    if (n.featureRemoved)
        fix = tr("%1; feature removed").arg(fix);
    return tr("repair: feature %1: %2 -> %3").arg(n.fid).arg(problem, fix);
}

QString ImportReportText::placement(
    const gis::Placement& placement, const QString& file, const QString& layer)
{
    using Verdict = gis::Placement::Verdict;
    const QString what = layer.isEmpty() ? file : tr("%1 (layer %2)").arg(file, layer);
    const auto km = [](double m) { return QString::number(m / kMetresPerKm, 'f', 1); };
    QString offset;
    if (placement.offset && placement.matchedById > 0)
        offset = tr("%1 km off the same %2 features (matched by id) already in the project (%3 km "
                    "east, %4 km north)")
                     .arg(km(placement.offsetM))
                     .arg(placement.matchedById)
                     .arg(km(placement.offset->x), km(placement.offset->y));
    else if (placement.offset && placement.shiftedByTown)
        offset = tr("%1 km off where their town codes put them (%2 of %3 points outside their "
                    "own town, %4 once moved back by the GCJ-02 offset of %5 km east, %6 km north)")
                     .arg(km(placement.offsetM))
                     .arg(placement.townChecked - placement.inOwnTown)
                     .arg(placement.townChecked)
                     .arg(placement.townChecked - placement.inOwnTownMovedBack)
                     .arg(km(placement.offset->x), km(placement.offset->y));
    else if (placement.offset)
        offset = tr("%1 km off the project's counties (%2 km east, %3 km north)")
                     .arg(km(placement.offsetM), km(placement.offset->x), km(placement.offset->y));
    switch (placement.verdict) {
    case Verdict::Fine:
        return {};
    case Verdict::Shifted:
        return tr("warning: %1 lies %2: Amap/DataV/Tencent coordinates (GCJ-02) are about 560 m "
                  "off here; import with --source-crs gcj02 (or bd09 for Baidu).")
            .arg(what, offset);
    case Verdict::Misplaced:
        return tr("warning: %1 lies %2: a wrongly placed dataset, do not use it as it is.")
            .arg(what, offset);
    case Verdict::Outside:
        break;
    }
    return tr("warning: %1 barely overlaps the project's counties: only %2% of its features lie "
              "inside them (bounding box overlap %3%); check the file, its CRS and --source-crs.")
        .arg(what)
        .arg(placement.insideShare * kPercent, 0, 'f', 0)
        .arg(placement.extentOverlap * kPercent, 0, 'f', 0);
}

QString ImportReportText::stage(const std::string& stage)
{
    if (stage == "reading")
        return tr("reading");
    if (stage == "warping")
        return tr("warping");
    if (stage == "repairing")
        return tr("repairing");
    if (stage == "mapping fields")
        return tr("mapping fields");
    if (stage == "writing")
        return tr("writing");
    if (stage == "done")
        return tr("done");
    return qs(stage);
}

QStringList ImportReportText::lines(const gis::ImportReport& r, bool withPlacement)
{
    QStringList out;
    out << (r.sourceLayer.empty()
            ? tr("source: %1").arg(qs(r.source))
            : tr("source: %1 (layer %2)").arg(qs(r.source), qs(r.sourceLayer)));
    if (const QString enc = encoding(r); !enc.isEmpty())
        out << tr("encoding: %1").arg(enc);
    if (!r.sourceCrs.empty())
        out << tr("source CRS: %1").arg(sourceCrs(r));
    if (r.crsGuessed())
        out << tr("GUESSED CRS: %1").arg(crsGuess(r.crsGuess));
    if (r.correction != gis::DatumShift::None)
        out << tr("correction: %1").arg(correction(r.correction));
    out << tr("features: %1 read, %2 written").arg(r.featuresRead).arg(r.featuresWritten);
    for (const gis::ReportEntry& e : r.entries) {
        if (isMappingLine(e.code))
            out << entry(e);
    }
    if (withPlacement && r.placement) {
        if (const QString warning = placement(*r.placement, qs(r.source), qs(r.sourceLayer));
            !warning.isEmpty())
            out << warning;
    }
    for (const gis::ReportEntry& e : r.entries) {
        if (!isMappingLine(e.code))
            out << entry(e);
    }
    const auto repairs = static_cast<qsizetype>(r.repairs.size());
    for (qsizetype i = 0; i < repairs && i < kShownRepairs; ++i)
        out << repair(r.repairs[static_cast<std::size_t>(i)]);
    if (repairs > kShownRepairs)
        out << tr("repair: ... and %1 more").arg(repairs - kShownRepairs);
    return out;
}

QString ImportReportText::text(const gis::ImportReport& report, bool withPlacement)
{
    return lines(report, withPlacement).join(QLatin1Char('\n'));
}

} // namespace seatplan::render
