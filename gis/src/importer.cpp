#include "seatplan/gis/importer.h"

#include "detail/cpl_error_capture.h"
#include "detail/gdal_handles.h"
#include "detail/geos_context.h"
#include "seatplan/gis/crs.h"
#include "seatplan/gis/geometry_repair.h"
#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/raster.h"

#include <gdal_utils.h>

#include <cmath>
#include <cstdio>

namespace seatplan::gis {

using namespace detail;

namespace {

    constexpr const char* kLonLatCrs = "EPSG:4490"; // CGCS2000 lon/lat (WGS84 within a metre)

    void say(const ProgressCallback& progress, double fraction, const std::string& stage)
    {
        if (progress)
            progress(fraction, stage);
    }

    // Schools given as polygons (campus outlines): a point inside each.
    void polygonsToPoints(VectorLayer& layer, ImportReport& report)
    {
        GeosContext& context = GeosContext::get();
        for (Feature& f : layer.features) {
            if (f.geometry.isEmpty())
                continue;
            GeosGeomPtr g = toGeos(context, f.geometry);
            GeosGeomPtr p = g
                ? own(context.handle(), GEOSPointOnSurface_r(context.handle(), g.get()))
                : nullptr;
            f.geometry = p ? fromGeos(context, p.get(), GeometryKind::Point) : Geometry {};
        }
        layer.kind = GeometryKind::Point;
        report.add(ReportCode::PolygonsToPoints);
    }

    // What GCJ-02 adds to a position at the centre of `extent` (project CRS, metres).
    Coord gcj02OffsetAt(const Extent& extent, const std::string& projectCrs)
    {
        const Coord centre { (extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2 };
        const Coord lonLat = CoordinateTransform(projectCrs, kLonLatCrs).transform(centre);
        const Coord shifted
            = CoordinateTransform(kLonLatCrs, projectCrs).transform(wgs84ToGcj02(lonLat));
        return { shifted.x - centre.x, shifted.y - centre.y };
    }

    std::string oneDecimal(double value)
    {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f", value);
        return text;
    }

    std::string kindWord(GeometryKind kind)
    {
        switch (kind) {
        case GeometryKind::Point:
            return "points";
        case GeometryKind::Line:
            return "lines";
        case GeometryKind::Polygon:
            return "polygons";
        case GeometryKind::None:
            break;
        }
        return "no geometry";
    }

    ImportReport importRaster(Project& project, const std::string& path,
        const ImportOptions& options, const ProgressCallback& progress)
    {
        ImportReport report;
        report.source = path;
        say(progress, 0.1, "reading");
        Raster raster = readRaster(path);
        const std::string target = project.crs();
        std::string sourceCrs
            = options.source.sourceCrs.empty() ? raster.crs : options.source.sourceCrs;
        if (sourceCrs.empty()) {
            const CrsGuess guess = guessCrs(raster.extent(), target);
            if (guess.crs.empty())
                throw GisError({ path, {}, std::nullopt, {},
                    "the raster has no CRS and none can be guessed: " + guess.reason });
            sourceCrs = guess.crs;
            report.crsOrigin = CrsOrigin::Guessed;
            report.crsGuess = guess;
        } else {
            report.crsOrigin
                = options.source.sourceCrs.empty() ? CrsOrigin::File : CrsOrigin::Given;
        }
        report.sourceCrs = sourceCrs;
        const double before = raster.total();
        if (!sameCrs(sourceCrs, target)) {
            say(progress, 0.3, "warping");
            CplErrorCapture errors;
            GdalDatasetPtr in(GDALOpenEx(
                path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
            // Sum resampling keeps the persons: each target cell receives the people of the
            // source cells it covers.
            std::vector<std::string> args = { "-t_srs", target, "-s_srs", sourceCrs, "-r", "sum",
                "-of", "GTiff", "-ot", "Float32", "-dstnodata", "-9999" };
            std::vector<char*> argv;
            for (std::string& a : args)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            GDALWarpAppOptions* warpOptions = GDALWarpAppOptionsNew(argv.data(), nullptr);
            GDALDatasetH source = in.get();
            const std::string warped = "/vsimem/seatplan_population_warp.tif";
            int usageError = 0;
            GdalDatasetPtr out(
                GDALWarp(warped.c_str(), nullptr, 1, &source, warpOptions, &usageError));
            GDALWarpAppOptionsFree(warpOptions);
            if (!out)
                throw GisError({ path, {}, std::nullopt, {},
                    errors.errorOr("cannot warp to the project CRS") });
            out.reset();
            raster = readRaster(warped);
            VSIUnlink(warped.c_str());
            report.add(ReportCode::RasterWarped,
                { target, oneDecimal(before), oneDecimal(raster.total()) });
        }
        raster.crs = target;
        say(progress, 0.8, "writing");
        project.writePopulationRaster(raster);
        project.putProvenance(
            { "population", options.origin, path, report.sourceCrs, {}, {}, report.text() });
        report.featuresRead = report.featuresWritten
            = static_cast<std::int64_t>(raster.width) * raster.height;
        report.add(ReportCode::RasterCells,
            { std::to_string(raster.width), std::to_string(raster.height),
                oneDecimal(raster.total()) });
        say(progress, 1.0, "done");
        return report;
    }

    const Field* requireColumns(
        const VectorLayer& layer, const std::vector<std::string>& names, ImportReport& report)
    {
        std::string missing;
        for (const std::string& n : names) {
            bool found = false;
            for (const ReportEntry& m : report.entriesOf(ReportCode::FieldMapped))
                found = found || m.field == n;
            if (!found)
                missing += (missing.empty() ? "" : ", ") + n;
        }
        if (!missing.empty())
            throw GisError({ report.source, layer.name, std::nullopt, {},
                "the table lacks the columns " + missing
                    + " (name them with --field target=column)" });
        return nullptr;
    }

    void importTable(
        Project& project, const VectorLayer& mapped, ImportRole role, ImportReport& report)
    {
        std::int64_t skipped = 0;
        const auto num = [&](const Feature& f, int i) {
            return toDouble(f.values[static_cast<std::size_t>(i)]);
        };
        if (role == ImportRole::Cohorts) {
            requireColumns(mapped, { "zone_id", "year", "age", "persons" }, report);
            std::vector<CohortRow> rows;
            for (const Feature& f : mapped.features) {
                const auto year = num(f, 1), age = num(f, 2), persons = num(f, 3);
                if (isNull(f.values[0]) || !year || !age || !persons) {
                    ++skipped;
                    continue;
                }
                rows.push_back({ toText(f.values[0]), static_cast<int>(*year),
                    static_cast<int>(*age), *persons });
            }
            project.replaceCohorts(rows);
            report.featuresWritten = static_cast<std::int64_t>(rows.size());
        } else if (role == ImportRole::Births) {
            requireColumns(mapped, { "area_code", "year", "births" }, report);
            std::vector<BirthRow> rows;
            for (const Feature& f : mapped.features) {
                const auto year = num(f, 1), births = num(f, 2);
                if (isNull(f.values[0]) || !year || !births) {
                    ++skipped;
                    continue;
                }
                rows.push_back({ toText(f.values[0]), static_cast<int>(*year), *births });
            }
            project.replaceBirths(rows);
            report.featuresWritten = static_cast<std::int64_t>(rows.size());
        } else {
            requireColumns(mapped, { "school_id", "year", "grade", "students" }, report);
            std::vector<EnrolmentRow> rows;
            for (const Feature& f : mapped.features) {
                const auto year = num(f, 1), grade = num(f, 2), students = num(f, 3);
                if (isNull(f.values[0]) || !year || !grade || !students) {
                    ++skipped;
                    continue;
                }
                rows.push_back({ toText(f.values[0]), static_cast<int>(*year),
                    static_cast<int>(*grade), *students });
            }
            project.replaceEnrolment(rows);
            report.featuresWritten = static_cast<std::int64_t>(rows.size());
        }
        if (skipped > 0)
            report.add(ReportCode::RowsSkipped, { std::to_string(skipped) });
    }

} // namespace

ImportReport importFile(Project& project, const std::string& path, const ImportOptions& options,
    const ProgressCallback& progress)
{
    if (options.role == ImportRole::Population)
        return importRaster(project, path, options, progress);

    ImportReport report;
    say(progress, 0.0, "reading");
    const bool table = importRoleKind(options.role) == GeometryKind::None;
    VectorLayer layer
        = readSource(path, options.source, table ? std::string() : project.crs(), report);
    if (table) {
        VectorLayer mapped = mapFields(layer, options.role, options.fields, report);
        importTable(project, mapped, options.role, report);
        say(progress, 1.0, "done");
        return report;
    }
    if (layer.features.empty())
        throw GisError(
            { path, layer.name, std::nullopt, {}, "the layer has no features to import" });
    const GeometryKind wanted = importRoleKind(options.role);
    if (layer.kind == GeometryKind::Polygon && wanted == GeometryKind::Point) {
        polygonsToPoints(layer, report);
    } else if (layer.kind != wanted) {
        throw GisError({ path, layer.name, std::nullopt, {},
            "--as " + importRoleName(options.role) + " needs " + kindWord(wanted)
                + ", but the layer has " + kindWord(layer.kind) });
    }
    say(progress, 0.4, "repairing");
    report.repairs = repairGeometries(layer);
    if (layer.features.empty())
        throw GisError({ path, layer.name, std::nullopt, {}, "no feature has a usable geometry" });
    say(progress, 0.6, "mapping fields");
    VectorLayer mapped = mapFields(layer, options.role, options.fields, report);
    if (options.role == ImportRole::Catchments) {
        const int scenario = mapped.fieldIndex("scenario");
        for (Feature& f : mapped.features) {
            if (isNull(f.values[static_cast<std::size_t>(scenario)]))
                f.values[static_cast<std::size_t>(scenario)] = std::string("base");
        }
    }
    for (Feature& f : mapped.features)
        f.fid = -1; // new fids in the project; the report names source fids
    report.featuresWritten = static_cast<std::int64_t>(mapped.features.size());
    // Against the counties already in the project (before a counties import replaces them).
    // Points also against the same layer already there (a GCJ-02 shift inside the counties).
    // Points with town codes also against the towns they name (GCJ-02 points with no earlier
    // copy in the project).
    if (project.hasLayer(layers::kCounties)) {
        std::optional<VectorLayer> previous;
        if (mapped.kind == GeometryKind::Point && project.hasLayer(mapped.name))
            previous = project.readLayer(mapped.name);
        std::optional<VectorLayer> towns;
        TownReference reference;
        if (mapped.kind == GeometryKind::Point && mapped.fieldIndex("town_code") >= 0
            && project.hasLayer(layers::kTowns)) {
            towns = project.readLayer(layers::kTowns);
            reference = { &*towns, gcj02OffsetAt(mapped.extent(), project.crs()) };
        }
        report.placement = checkPlacement(mapped, project.readLayer(layers::kCounties),
            previous ? &*previous : nullptr, towns ? &reference : nullptr);
    }
    say(progress, 0.7, "writing");
    ProvenanceRow provenance { mapped.name, options.origin,
        path + (report.sourceLayer.empty() ? "" : " (" + report.sourceLayer + ")"),
        report.sourceCrs + (report.crsGuessed() ? " (guessed)" : ""),
        report.correction == DatumShift::None
            ? std::string()
            : datumShiftName(report.correction) + " -> WGS84 (published formula, iterated inverse)",
        {}, report.text() };
    project.writeLayer(mapped, provenance);
    say(progress, 1.0, "done");
    return report;
}

} // namespace seatplan::gis
