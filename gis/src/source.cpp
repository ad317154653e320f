#include "seatplan/gis/source.h"

#include "detail/cpl_error_capture.h"
#include "detail/gdal_handles.h"
#include "detail/ogr_convert.h"
#include "detail/utf8_path.h"
#include "seatplan/gis/crs.h"
#include "seatplan/gis/gis_error.h"

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <exception>
#include <fstream>
#include <sstream>
#include <thread>

namespace seatplan::gis {

using namespace detail;

namespace {

    std::string lower(std::string text)
    {
        std::transform(text.begin(), text.end(), text.begin(),
            [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return text;
    }

    std::string extensionOf(const std::string& path)
    {
        return lower(utf8String(utf8Path(path).extension()));
    }

    bool fileExists(const std::string& path)
    {
        std::error_code ec;
        return std::filesystem::exists(utf8Path(path), ec);
    }

    std::string readHead(const std::string& path, std::size_t bytes)
    {
        std::ifstream in(utf8Path(path), std::ios::binary);
        std::string head(bytes, '\0');
        in.read(head.data(), static_cast<std::streamsize>(bytes));
        head.resize(static_cast<std::size_t>(in.gcount()));
        return head;
    }

    // A JSON text whose first token is '[' is a bare array of features (what some web tools
    // export): GDAL wants a FeatureCollection, so wrap it in memory.
    bool isBareFeatureArray(const std::string& path)
    {
        const std::string ext = extensionOf(path);
        if (ext != ".json" && ext != ".geojson")
            return false;
        std::string head = readHead(path, 64);
        std::size_t i = 0;
        if (head.rfind("\xEF\xBB\xBF", 0) == 0)
            i = 3;
        while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i])))
            ++i;
        return i < head.size() && head[i] == '[';
    }

    /// A /vsimem/ file that unlinks itself.
    class MemFile {
    public:
        MemFile(const std::string& name, const std::string& content)
            : m_name(name)
        {
            VSILFILE* f = VSIFileFromMemBuffer(m_name.c_str(),
                reinterpret_cast<GByte*>(CPLStrdup(content.c_str())), content.size(), TRUE);
            if (f)
                VSIFCloseL(f);
        }
        ~MemFile() { VSIUnlink(m_name.c_str()); }
        MemFile(const MemFile&) = delete;
        MemFile& operator=(const MemFile&) = delete;
        const std::string& name() const { return m_name; }

    private:
        std::string m_name;
    };

    std::string slurp(const std::string& path)
    {
        std::ifstream in(utf8Path(path), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        std::string s = text.str();
        if (s.rfind("\xEF\xBB\xBF", 0) == 0)
            s.erase(0, 3);
        return s;
    }

    struct OpenedSource {
        GdalDatasetPtr dataset;
        std::unique_ptr<MemFile> memFile;
        std::string encoding;
        EncodingOrigin origin = EncodingOrigin::None;
    };

    bool isDbfBased(const std::string& ext)
    {
        return ext == ".shp" || ext == ".dbf";
    }

    // The language-driver byte of a .dbf (0 = not declared).
    int dbfLanguageDriver(const std::string& path)
    {
        std::filesystem::path dbf = utf8Path(path);
        dbf.replace_extension(".dbf");
        if (!std::filesystem::exists(dbf)) {
            dbf.replace_extension(".DBF");
            if (!std::filesystem::exists(dbf))
                return -1;
        }
        const std::string head = readHead(utf8String(dbf), 32);
        return head.size() > 29 ? static_cast<unsigned char>(head[29]) : -1;
    }

    bool hasCpg(const std::string& path)
    {
        std::filesystem::path cpg = utf8Path(path);
        cpg.replace_extension(".cpg");
        std::filesystem::path upper = cpg;
        upper.replace_extension(".CPG");
        std::error_code ec;
        return std::filesystem::exists(cpg, ec) || std::filesystem::exists(upper, ec);
    }

    GdalDatasetPtr openVector(const std::string& path, const std::vector<std::string>& openOptions,
        CplErrorCapture& errors)
    {
        std::vector<const char*> options;
        for (const std::string& o : openOptions)
            options.push_back(o.c_str());
        options.push_back(nullptr);
        errors.clear();
        return GdalDatasetPtr(
            GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                nullptr, options.data(), nullptr));
    }

    // True when every string field of the first rows of every layer is valid UTF-8.
    bool textIsUtf8(GDALDatasetH ds, bool& sawNonAscii)
    {
        sawNonAscii = false;
        for (int l = 0; l < GDALDatasetGetLayerCount(ds); ++l) {
            OGRLayerH layer = GDALDatasetGetLayer(ds, l);
            OGR_L_ResetReading(layer);
            OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
            for (int f = 0; f < OGR_FD_GetFieldCount(defn); ++f) {
                const char* name = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, f));
                if (!CPLIsUTF8(name, -1))
                    return false;
            }
            int rows = 0;
            while (OgrFeaturePtr feature { OGR_L_GetNextFeature(layer) }) {
                for (int f = 0; f < OGR_FD_GetFieldCount(defn); ++f) {
                    if (OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, f)) != OFTString
                        || !OGR_F_IsFieldSetAndNotNull(feature.get(), f))
                        continue;
                    const char* text = OGR_F_GetFieldAsString(feature.get(), f);
                    for (const char* p = text; *p; ++p)
                        sawNonAscii = sawNonAscii || (static_cast<unsigned char>(*p) & 0x80) != 0;
                    if (!CPLIsUTF8(text, -1))
                        return false;
                }
                if (++rows >= 2000)
                    break;
            }
            OGR_L_ResetReading(layer);
        }
        return true;
    }

    OpenedSource openSource(
        const std::string& path, const SourceOptions& options, ImportReport* report)
    {
        CplErrorCapture errors;
        OpenedSource opened;
        std::string gdalPath = path;
        const std::string ext = extensionOf(path);
        if (!fileExists(path) && path.rfind("/vsi", 0) != 0)
            throw GisError({ path, {}, std::nullopt, {}, "no such file" });
        if (ext == ".zip")
            gdalPath = "/vsizip/" + path;
        if (isBareFeatureArray(path)) {
            static int counter = 0;
            opened.memFile = std::make_unique<MemFile>(
                "/vsimem/seatplan_wrapped_" + std::to_string(++counter) + ".geojson",
                "{\"type\":\"FeatureCollection\",\"features\":" + slurp(path) + "}");
            gdalPath = opened.memFile->name();
            if (report)
                report->add(ReportCode::BareFeatureArray);
        }
        std::vector<std::string> openOptions;
        if (ext == ".csv" || ext == ".tsv" || ext == ".txt")
            openOptions = { "AUTODETECT_TYPE=YES", "EMPTY_STRING_AS_NULL=YES" };
        if (isDbfBased(ext)) {
            if (!options.encoding.empty()) {
                openOptions.push_back("ENCODING=" + options.encoding);
                opened.encoding = options.encoding;
                opened.origin = EncodingOrigin::Given;
            } else if (hasCpg(path) || dbfLanguageDriver(path) > 0) {
                opened.origin = EncodingOrigin::Declared;
            } else {
                // Nothing declared: read raw bytes and decide between UTF-8 and GBK ourselves.
                opened.dataset = openVector(gdalPath, { "ENCODING=" }, errors);
                bool nonAscii = false;
                if (opened.dataset && textIsUtf8(opened.dataset.get(), nonAscii)) {
                    opened.encoding = nonAscii ? "UTF-8" : "ASCII";
                    opened.origin = EncodingOrigin::Detected;
                    return opened;
                }
                opened.dataset.reset();
                openOptions.push_back("ENCODING=CP936");
                opened.encoding = "CP936";
                opened.origin = EncodingOrigin::Detected;
            }
        }
        opened.dataset = openVector(gdalPath, openOptions, errors);
        if (!opened.dataset) {
            const std::string kind = sourceKind(path);
            throw GisError({ path, {}, std::nullopt, {},
                kind == "raster" ? "a raster, not a vector layer (import it --as population)"
                                 : errors.errorOr("not a format GDAL can read") });
        }
        return opened;
    }

    // Recodes `text` from CP936 when it is not valid UTF-8.
    bool fixText(std::string& text)
    {
        if (CPLIsUTF8(text.c_str(), static_cast<int>(text.size())))
            return false;
        CplStringPtr recoded(CPLRecode(text.c_str(), "CP936", CPL_ENC_UTF8));
        text = recoded ? recoded.get() : std::string();
        return true;
    }

    const std::vector<std::string>& lonNames()
    {
        static const std::vector<std::string> names = { "经度", "lon", "lng", "long", "longitude",
            "x", "x坐标", "横坐标", "gcj_lng", "gcj_lon", "wgs_lng", "wgs_lon", "point_x", "东经" };
        return names;
    }

    const std::vector<std::string>& latNames()
    {
        static const std::vector<std::string> names = { "纬度", "lat", "latitude", "y", "y坐标",
            "纵坐标", "gcj_lat", "wgs_lat", "point_y", "北纬" };
        return names;
    }

    int findField(
        const VectorLayer& layer, const std::string& given, const std::vector<std::string>& names)
    {
        if (!given.empty()) {
            const int index = layer.fieldIndex(given);
            if (index < 0)
                throw GisError({ {}, layer.name, std::nullopt, given, "no such column" });
            return index;
        }
        for (const std::string& candidate : names) {
            for (std::size_t i = 0; i < layer.fields.size(); ++i) {
                if (lower(layer.fields[i].name) == candidate)
                    return static_cast<int>(i);
            }
        }
        return -1;
    }

    void tableToPoints(VectorLayer& layer, const SourceOptions& options, ImportReport& report)
    {
        const int x = findField(layer, options.xField, lonNames());
        const int y = findField(layer, options.yField, latNames());
        if (x < 0 || y < 0)
            return; // a plain table (cohorts, births): no geometry
        layer.kind = GeometryKind::Point;
        std::int64_t skipped = 0;
        std::vector<Feature> kept;
        kept.reserve(layer.features.size());
        for (Feature& f : layer.features) {
            const auto lon = toDouble(f.values[static_cast<std::size_t>(x)]);
            const auto lat = toDouble(f.values[static_cast<std::size_t>(y)]);
            if (!lon || !lat || !std::isfinite(*lon) || !std::isfinite(*lat)) {
                ++skipped;
                continue;
            }
            f.geometry = Geometry::point(*lon, *lat);
            kept.push_back(std::move(f));
        }
        layer.features = std::move(kept);
        report.add(ReportCode::PointsFromColumns,
            { layer.fields[static_cast<std::size_t>(x)].name,
                layer.fields[static_cast<std::size_t>(y)].name });
        if (skipped > 0)
            report.add(ReportCode::RowsWithoutCoordinates, { std::to_string(skipped) });
    }

    OGRLayerH pickLayer(
        GDALDatasetH ds, const std::string& path, const std::string& wanted, ImportReport& report)
    {
        const int count = GDALDatasetGetLayerCount(ds);
        if (count == 0)
            throw GisError({ path, {}, std::nullopt, {}, "the file holds no vector layer" });
        if (!wanted.empty()) {
            OGRLayerH layer = GDALDatasetGetLayerByName(ds, wanted.c_str());
            if (!layer) {
                std::string names;
                for (int i = 0; i < count; ++i)
                    names += std::string(names.empty() ? "" : ", ")
                        + OGR_L_GetName(GDALDatasetGetLayer(ds, i));
                throw GisError({ path, wanted, std::nullopt, {},
                    "no such layer (the file has: " + names + ")" });
            }
            return layer;
        }
        if (count > 1) {
            std::string names;
            for (int i = 0; i < count; ++i)
                names += std::string(names.empty() ? "" : ", ")
                    + OGR_L_GetName(GDALDatasetGetLayer(ds, i));
            report.add(ReportCode::SeveralLayers, { std::to_string(count), names });
        }
        return GDALDatasetGetLayer(ds, 0);
    }

} // namespace

std::string sourceKind(const std::string& path)
{
    CplErrorCapture quiet;
    std::string gdalPath = extensionOf(path) == ".zip" ? "/vsizip/" + path : path;
    GdalDatasetPtr ds(
        GDALOpenEx(gdalPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (ds && GDALDatasetGetLayerCount(ds.get()) > 0)
        return "vector";
    ds.reset(
        GDALOpenEx(gdalPath.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (ds)
        return "raster";
    return isBareFeatureArray(path) ? "vector" : "";
}

std::vector<SourceLayerInfo> listSourceLayers(const std::string& path, const SourceOptions& options)
{
    OpenedSource opened = openSource(path, options, nullptr);
    std::vector<SourceLayerInfo> out;
    for (int i = 0; i < GDALDatasetGetLayerCount(opened.dataset.get()); ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(opened.dataset.get(), i);
        out.push_back({ OGR_L_GetName(layer), kindOf(OGR_L_GetGeomType(layer)),
            OGR_L_GetFeatureCount(layer, FALSE) });
    }
    return out;
}

namespace {

    // Layers with at least this many features are transformed by several threads.
    constexpr std::size_t kParallelTransformFeatures = 20000;
    constexpr unsigned kMaxTransformThreads = 8;

    // Transforms every feature; large layers in contiguous chunks, one thread each with its own
    // transformation (a PROJ object belongs to the thread, and PROJ context, that made it).
    void transformFeatures(std::vector<Feature>& features, const CoordinateTransform& transform,
        const std::string& from, const std::string& to, DatumShift shift)
    {
        const unsigned threads = features.size() < kParallelTransformFeatures
            ? 1U
            : std::clamp(std::thread::hardware_concurrency(), 1U, kMaxTransformThreads);
        const std::size_t chunk = (features.size() + threads - 1) / threads;
        std::vector<std::exception_ptr> failures(threads);
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < threads; ++t) {
            pool.emplace_back([&, t] {
                try {
                    const CoordinateTransform own(from, to, shift);
                    const std::size_t end = std::min(features.size(), (t + 1) * chunk);
                    for (std::size_t i = t * chunk; i < end; ++i)
                        own.transform(features[i].geometry);
                } catch (...) {
                    failures[t] = std::current_exception();
                }
            });
        }
        const std::size_t end = std::min(features.size(), chunk);
        for (std::size_t i = 0; i < end; ++i)
            transform.transform(features[i].geometry);
        for (std::thread& th : pool)
            th.join();
        for (const std::exception_ptr& failure : failures)
            if (failure)
                std::rethrow_exception(failure);
    }

} // namespace

VectorLayer readSource(const std::string& path, const SourceOptions& options,
    const std::string& targetCrs, ImportReport& report)
{
    report.source = path;
    OpenedSource opened = openSource(path, options, &report);
    report.encoding = opened.encoding;
    report.encodingOrigin = opened.origin;
    CplErrorCapture errors;
    OGRLayerH source = pickLayer(opened.dataset.get(), path, options.layer, report);
    VectorLayer layer;
    layer.name = OGR_L_GetName(source);
    report.sourceLayer = layer.name;
    for (ReportEntry& e : report.entries)
        e.layer = layer.name; // entries made while opening, before the layer was known
    layer.kind = kindOf(OGR_L_GetGeomType(source));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(source);
    bool recoded = false;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(defn, i);
        std::string name = OGR_Fld_GetNameRef(field);
        recoded = fixText(name) || recoded;
        layer.fields.push_back({ name, fieldTypeOf(OGR_Fld_GetType(field)) });
    }
    std::int64_t droppedParts = 0;
    std::int64_t read = 0;
    OGR_L_ResetReading(source);
    while (true) {
        errors.clear();
        OgrFeaturePtr feature(OGR_L_GetNextFeature(source));
        if (!feature) {
            if (!errors.lastError().empty())
                throw GisError({ path, layer.name, read, {},
                    "cannot read on after this feature: " + errors.lastError() });
            break;
        }
        ++read;
        Feature f;
        f.fid = OGR_F_GetFID(feature.get());
        int dropped = 0;
        f.geometry = fromOgr(OGR_F_GetGeometryRef(feature.get()), &dropped);
        droppedParts += dropped;
        if (layer.kind == GeometryKind::None && !f.geometry.isEmpty())
            layer.kind = f.geometry.kind; // e.g. GeoJSON of unknown type
        if (!f.geometry.isEmpty() && f.geometry.kind != layer.kind) {
            ++droppedParts;
            f.geometry = Geometry {};
        }
        f.values.reserve(layer.fields.size());
        for (std::size_t i = 0; i < layer.fields.size(); ++i) {
            FieldValue value = readField(feature.get(), static_cast<int>(i), layer.fields[i].type);
            if (auto* text = std::get_if<std::string>(&value))
                recoded = fixText(*text) || recoded;
            f.values.push_back(std::move(value));
        }
        layer.features.push_back(std::move(f));
    }
    report.featuresRead = read;
    if (recoded)
        report.add(ReportCode::TextRecoded);
    if (droppedParts > 0)
        report.add(ReportCode::PartsDropped, { std::to_string(droppedParts) });
    if (layer.kind == GeometryKind::None)
        tableToPoints(layer, options, report);
    if (layer.kind == GeometryKind::None)
        return layer; // a plain table

    // The CRS: given, declared or guessed.
    DatumShift shift = DatumShift::None;
    std::string crs;
    const std::string given = lower(options.sourceCrs);
    if (given == "gcj02" || given == "gcj-02") {
        shift = DatumShift::Gcj02;
    } else if (given == "bd09" || given == "bd-09") {
        shift = DatumShift::Bd09;
    } else if (!options.sourceCrs.empty()) {
        crs = options.sourceCrs;
        report.sourceCrs = crs;
        report.crsOrigin = CrsOrigin::Given;
    }
    if (crs.empty()) {
        crs = crsName(OGR_L_GetSpatialRef(source));
        if (!crs.empty()) {
            report.sourceCrs = crs.size() > 60 ? crs.substr(0, 60) + "..." : crs;
            report.crsOrigin = CrsOrigin::File;
        }
    }
    if (shift != DatumShift::None) {
        if (crs.empty() || !isGeographic(crs))
            crs = "EPSG:4326";
        report.sourceCrs = crs;
        report.crsOrigin = CrsOrigin::Given;
        report.correction = shift;
    }
    if (crs.empty()) {
        const CrsGuess guess = guessCrs(layer.extent(), targetCrs);
        if (guess.crs.empty())
            throw GisError({ path, layer.name, std::nullopt, {},
                "no CRS in the file and none can be guessed: " + guess.reason });
        crs = guess.crs;
        report.sourceCrs = crs;
        report.crsOrigin = CrsOrigin::Guessed;
        report.crsGuess = guess;
    }
    layer.crs = crs;
    if (!targetCrs.empty()) {
        const CoordinateTransform transform(crs, targetCrs, shift);
        if (!transform.isIdentity())
            transformFeatures(layer.features, transform, crs, targetCrs, shift);
        layer.crs = targetCrs;
    }
    return layer;
}

} // namespace seatplan::gis
