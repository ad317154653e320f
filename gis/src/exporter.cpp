#include "seatplan/gis/exporter.h"

#include "detail/cpl_error_capture.h"
#include "detail/gdal_handles.h"
#include "detail/project_impl.h"
#include "detail/utf8_path.h"
#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/project.h"

#include <gdal_utils.h>

#include <algorithm>
#include <cctype>

namespace seatplan::gis {

using namespace detail;

namespace {

    struct Format {
        const char* extension;
        const char* driver;
        std::vector<std::string> extraArgs;
    };

    const std::vector<Format>& formats()
    {
        static const std::vector<Format> table = {
            { ".gpkg", "GPKG", {} },
            { ".shp", "ESRI Shapefile", { "-lco", "ENCODING=UTF-8" } },
            { ".geojson", "GeoJSON", { "-t_srs", "EPSG:4326" } },
            { ".json", "GeoJSON", { "-t_srs", "EPSG:4326" } },
            { ".kml", "KML", { "-t_srs", "EPSG:4326" } },
            { ".csv", "CSV", { "-lco", "GEOMETRY=AS_WKT" } },
            { ".xlsx", "XLSX", {} },
            { ".fgb", "FlatGeobuf", {} },
        };
        return table;
    }

} // namespace

void exportLayer(const Project& project, const std::string& layerName, const std::string& path)
{
    std::string ext = utf8String(utf8Path(path).extension());
    std::transform(ext.begin(), ext.end(), ext.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const Format* format = nullptr;
    for (const Format& f : formats()) {
        if (ext == f.extension)
            format = &f;
    }
    if (!format)
        throw GisError({ path, {}, std::nullopt, {},
            "unknown output format '" + ext
                + "' (use .gpkg, .shp, .geojson, .kml, .csv, .xlsx or .fgb)" });
    if (!project.hasLayer(layerName))
        throw GisError(
            { project.path(), layerName, std::nullopt, {}, "no such layer in the project" });
    std::error_code ec;
    if (std::string(format->driver) == "ESRI Shapefile") {
        for (const char* sidecar : { ".shp", ".shx", ".dbf", ".prj", ".cpg" }) {
            std::filesystem::path p = utf8Path(path);
            p.replace_extension(sidecar);
            std::filesystem::remove(p, ec);
        }
    } else {
        std::filesystem::remove(utf8Path(path), ec);
    }
    std::vector<std::string> args
        = { "-f", format->driver, "-nln", utf8String(utf8Path(path).stem()) };
    args.insert(args.end(), format->extraArgs.begin(), format->extraArgs.end());
    args.push_back(layerName);
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    CplErrorCapture errors;
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH source = project.impl().dataset.get();
    int usageError = 0;
    GdalDatasetPtr out(
        GDALVectorTranslate(path.c_str(), nullptr, 1, &source, options, &usageError));
    GDALVectorTranslateOptionsFree(options);
    if (!out)
        throw GisError(
            { path, layerName, std::nullopt, {}, errors.errorOr("cannot write the file") });
    out.reset();
    if (!errors.lastError().empty())
        throw GisError({ path, layerName, std::nullopt, {}, errors.lastError() });
}

} // namespace seatplan::gis
