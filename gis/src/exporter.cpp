#include "seatplan/gis/exporter.h"

#include "detail/cpl_error_capture.h"
#include "detail/gdal_handles.h"
#include "detail/ogr_convert.h"
#include "detail/project_impl.h"
#include "detail/utf8_path.h"
#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/vector_layer.h"

#include <cpl_vsi.h>
#include <gdal_utils.h>

#include <algorithm>
#include <atomic>
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

namespace {

    const Format& formatOf(const std::string& path)
    {
        std::string ext = utf8String(utf8Path(path).extension());
        std::transform(ext.begin(), ext.end(), ext.begin(),
            [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        for (const Format& f : formats()) {
            if (ext == f.extension)
                return f;
        }
        throw GisError({ path, {}, std::nullopt, {},
            "unknown output format '" + ext
                + "' (use .gpkg, .shp, .geojson, .kml, .csv, .xlsx or .fgb)" });
    }

    // Converts layer `layerName` of `source` into `path` with GDALVectorTranslate.
    void translate(GDALDatasetH source, const std::string& layerName, const std::string& path)
    {
        const Format& format = formatOf(path);
        std::error_code ec;
        if (std::string(format.driver) == "ESRI Shapefile") {
            for (const char* sidecar : { ".shp", ".shx", ".dbf", ".prj", ".cpg" }) {
                std::filesystem::path p = utf8Path(path);
                p.replace_extension(sidecar);
                std::filesystem::remove(p, ec);
            }
        } else {
            std::filesystem::remove(utf8Path(path), ec);
        }
        std::vector<std::string> args
            = { "-f", format.driver, "-nln", utf8String(utf8Path(path).stem()) };
        args.insert(args.end(), format.extraArgs.begin(), format.extraArgs.end());
        args.push_back(layerName);
        std::vector<char*> argv;
        for (std::string& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        CplErrorCapture errors;
        GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
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

    // Removes a /vsimem/ file when the export is done (or fails).
    class MemFile {
    public:
        explicit MemFile(std::string path)
            : m_path(std::move(path))
        {
        }
        ~MemFile() { VSIUnlink(m_path.c_str()); }
        MemFile(const MemFile&) = delete;
        MemFile& operator=(const MemFile&) = delete;
        const std::string& path() const { return m_path; }

    private:
        std::string m_path;
    };

} // namespace

void exportLayer(const Project& project, const std::string& layerName, const std::string& path)
{
    formatOf(path); // an unknown extension fails before anything else
    if (!project.hasLayer(layerName))
        throw GisError(
            { project.path(), layerName, std::nullopt, {}, "no such layer in the project" });
    translate(project.impl().dataset.get(), layerName, path);
}

void exportVectorLayer(const VectorLayer& layer, const std::string& path)
{
    formatOf(path);
    // Written to an in-memory GeoPackage first, so that every format goes through the same
    // translation (reprojection to WGS84 for GeoJSON/KML, encodings, Multi* types).
    static std::atomic<int> counter { 0 };
    const MemFile mem("/vsimem/seatplan_export_" + std::to_string(++counter) + ".gpkg");
    const std::string name = layer.name.empty() ? std::string("layer") : layer.name;
    CplErrorCapture errors;
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    GdalDatasetPtr ds(GDALCreate(driver, mem.path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw GisError({ path, name, std::nullopt, {}, errors.errorOr("cannot create") });
    OgrSrsPtr srs = layer.crs.empty() ? OgrSrsPtr() : makeSrs(layer.crs, name);
    OGRLayerH out = GDALDatasetCreateLayer(
        ds.get(), name.c_str(), srs.get(), ogrType(layer.kind, true), nullptr);
    if (!out)
        throw GisError({ path, name, std::nullopt, {}, errors.errorOr("cannot create layer") });
    for (const Field& f : layer.fields) {
        OGRFieldDefnH defn = OGR_Fld_Create(f.name.c_str(), ogrFieldType(f.type));
        const OGRErr err = OGR_L_CreateField(out, defn, TRUE);
        OGR_Fld_Destroy(defn);
        if (err != OGRERR_NONE)
            throw GisError({ path, name, std::nullopt, f.name, errors.errorOr("bad field") });
    }
    GDALDatasetStartTransaction(ds.get(), FALSE);
    for (const Feature& feature : layer.features) {
        OgrFeaturePtr f(OGR_F_Create(OGR_L_GetLayerDefn(out)));
        for (std::size_t i = 0; i < feature.values.size() && i < layer.fields.size(); ++i)
            writeField(f.get(), static_cast<int>(i), feature.values[i]);
        if (!feature.geometry.isEmpty()) {
            OgrGeometryPtr g = toOgr(feature.geometry, true);
            OGR_F_SetGeometryDirectly(f.get(), g.release());
        }
        if (OGR_L_CreateFeature(out, f.get()) != OGRERR_NONE)
            throw GisError({ path, name, feature.fid, {}, errors.errorOr("cannot write") });
    }
    GDALDatasetCommitTransaction(ds.get());
    translate(ds.get(), name, path);
}

} // namespace seatplan::gis
