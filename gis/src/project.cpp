#include "seatplan/gis/project.h"

#include "detail/bulk_spatial_index.h"
#include "detail/cpl_error_capture.h"
#include "detail/ogr_convert.h"
#include "detail/project_impl.h"
#include "detail/project_schema.h"
#include "detail/project_tables_sql.h"
#include "detail/utf8_path.h"
#include "seatplan/gis/gis_error.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>

namespace seatplan::gis {

using namespace detail;
namespace fs = std::filesystem;

namespace detail {

    DatasetTransaction::DatasetTransaction(GDALDatasetH dataset, const std::string& file)
        : m_dataset(dataset)
        , m_file(file)
    {
        CplErrorCapture errors;
        if (GDALDatasetStartTransaction(m_dataset, FALSE) != OGRERR_NONE)
            throw GisError(
                { m_file, {}, std::nullopt, {}, errors.errorOr("cannot start a transaction") });
    }

    DatasetTransaction::~DatasetTransaction()
    {
        if (m_open) {
            CplErrorCapture quiet;
            GDALDatasetRollbackTransaction(m_dataset);
        }
    }

    void DatasetTransaction::commit()
    {
        CplErrorCapture errors;
        m_open = false;
        if (GDALDatasetCommitTransaction(m_dataset) != OGRERR_NONE)
            throw GisError({ m_file, {}, std::nullopt, {}, errors.errorOr("cannot commit") });
    }

    std::string utcNow()
    {
        const std::time_t now
            = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
        std::tm parts {};
        gmtime_r(&now, &parts);
        char text[32];
        std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
        return text;
    }

} // namespace detail

Project::Impl::Impl(const std::string& file, bool create, bool readOnlyMode)
    : path(file)
    , readOnly(readOnlyMode)
{
    CplErrorCapture errors;
    if (create) {
        GDALDriverH driver = GDALGetDriverByName("GPKG");
        dataset.reset(GDALCreate(driver, file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    } else {
        const char* drivers[] = { "GPKG", nullptr };
        const unsigned flags = GDAL_OF_VECTOR | (readOnly ? GDAL_OF_READONLY : GDAL_OF_UPDATE);
        dataset.reset(GDALOpenEx(file.c_str(), flags, drivers, nullptr, nullptr));
    }
    if (!dataset)
        throw GisError({ file, {}, std::nullopt, {},
            errors.errorOr(create ? "cannot create the project" : "not a GeoPackage") });
    auto* handle = static_cast<sqlite3*>(GDALGetInternalHandle(dataset.get(), "SQLITE_HANDLE"));
    if (!handle)
        throw GisError({ file, {}, std::nullopt, {}, "GDAL gave no SQLite connection" });
    db.emplace(handle, file);
}

OGRLayerH Project::Impl::layer(const std::string& name) const
{
    return GDALDatasetGetLayerByName(dataset.get(), name.c_str());
}

OgrSrsPtr Project::Impl::projectSrs() const
{
    auto stmt
        = db->prepare("SELECT value FROM seatplan_metadata WHERE key='crs'", "seatplan_metadata");
    const std::string crs = stmt.step() ? stmt.text(0) : std::string(kDefaultProjectCrs);
    return makeSrs(crs, path);
}

OGRLayerH Project::Impl::createLayer(const std::string& name, GeometryKind kind, bool multi,
    const std::vector<Field>& fields, bool indexNow)
{
    CplErrorCapture errors;
    for (int i = 0; i < GDALDatasetGetLayerCount(dataset.get()); ++i) {
        if (name == OGR_L_GetName(GDALDatasetGetLayer(dataset.get(), i))) {
            if (GDALDatasetDeleteLayer(dataset.get(), i) != OGRERR_NONE)
                throw GisError(
                    { path, name, std::nullopt, {}, errors.errorOr("cannot replace the layer") });
            break;
        }
    }
    auto srs = projectSrs();
    const bool spatial = kind != GeometryKind::None;
    const char* options[] = { spatial ? "GEOMETRY_NAME=geom" : "ASPATIAL_VARIANT=GPKG_ATTRIBUTES",
        "FID=fid", indexNow ? "SPATIAL_INDEX=NO" : "SPATIAL_INDEX=YES", nullptr };
    OGRLayerH created = GDALDatasetCreateLayer(dataset.get(), name.c_str(),
        spatial ? srs.get() : nullptr, ogrType(kind, multi), const_cast<char**>(options));
    if (!created)
        throw GisError({ path, name, std::nullopt, {}, errors.errorOr("cannot create the layer") });
    for (const Field& field : fields) {
        OGRFieldDefnH defn = OGR_Fld_Create(field.name.c_str(), ogrFieldType(field.type));
        const OGRErr err = OGR_L_CreateField(created, defn, TRUE);
        OGR_Fld_Destroy(defn);
        if (err != OGRERR_NONE)
            throw GisError(
                { path, name, std::nullopt, field.name, errors.errorOr("cannot add the field") });
    }
    if (spatial && indexNow) {
        const std::string sql = "SELECT CreateSpatialIndex('" + name + "', 'geom')";
        GDALDatasetReleaseResultSet(
            dataset.get(), GDALDatasetExecuteSQL(dataset.get(), sql.c_str(), nullptr, nullptr));
        if (!errors.lastError().empty())
            throw GisError({ path, name, std::nullopt, {},
                errors.errorOr("cannot create the spatial index") });
    }
    return created;
}

namespace {

    void migrate(Project::Impl& impl)
    {
        SqliteDatabase& db = *impl.db;
        int version = 0;
        if (db.tableExists("seatplan_metadata")) {
            auto stmt = db.prepare("SELECT value FROM seatplan_metadata WHERE key='schema_version'",
                "seatplan_metadata");
            if (stmt.step())
                version = static_cast<int>(std::strtol(stmt.text(0).c_str(), nullptr, 10));
        } else {
            throw GisError({ impl.path, {}, std::nullopt, {},
                "not a SeatPlan project (no seatplan_metadata table); create one with "
                "'seatplan-cli new'" });
        }
        if (version > kProjectSchemaVersion)
            throw GisError({ impl.path, {}, std::nullopt, {},
                "the project was written by a newer SeatPlan (schema version "
                    + std::to_string(version) + ")" });
        if (version == kProjectSchemaVersion || impl.readOnly)
            return;
        // Migrations run in one transaction: v0 (tables missing) -> v1. Later versions add
        // their steps here, each `if (version < N)`.
        DatasetTransaction transaction(impl.dataset.get(), impl.path);
        db.exec(schemaSqlV1());
        db.prepare(
              "INSERT OR REPLACE INTO seatplan_metadata(key, value) VALUES('schema_version', ?)")
            .bind(1, std::to_string(kProjectSchemaVersion))
            .run();
        transaction.commit();
    }

    void setWal(Project::Impl& impl)
    {
        if (!impl.readOnly)
            impl.db->exec("PRAGMA journal_mode=WAL");
    }

    // Writes the features; those without a fid get firstFid + their index when firstFid > 0.
    void writeFeatures(Project::Impl& impl, OGRLayerH target, const VectorLayer& layer, bool multi,
        std::int64_t firstFid = 0)
    {
        CplErrorCapture errors;
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(target);
        std::vector<int> indexes;
        for (const Field& field : layer.fields)
            indexes.push_back(OGR_FD_GetFieldIndex(defn, field.name.c_str()));
        for (std::size_t n = 0; n < layer.features.size(); ++n) {
            const Feature& feature = layer.features[n];
            OgrFeaturePtr out(OGR_F_Create(defn));
            if (feature.fid >= 0)
                OGR_F_SetFID(out.get(), feature.fid);
            else if (firstFid > 0)
                OGR_F_SetFID(out.get(), firstFid + static_cast<std::int64_t>(n));
            for (std::size_t i = 0; i < indexes.size() && i < feature.values.size(); ++i)
                writeField(out.get(), indexes[i], feature.values[i]);
            if (auto geometry = toOgr(feature.geometry, multi))
                OGR_F_SetGeometryDirectly(out.get(), geometry.release());
            if (OGR_L_CreateFeature(target, out.get()) != OGRERR_NONE)
                throw GisError({ impl.path, layer.name, feature.fid, {},
                    errors.errorOr("cannot write the feature") });
        }
    }

} // namespace

Project::Project(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Project::~Project() = default;
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;

Project Project::create(const std::string& path, const std::string& crs, bool overwrite)
{
    std::error_code ec;
    if (fs::exists(utf8Path(path), ec)) {
        if (!overwrite)
            throw GisError({ path, {}, std::nullopt, {}, "the file exists already" });
        for (const char* suffix : { "", "-wal", "-shm", "-journal" })
            fs::remove(utf8Path(path + suffix), ec);
    }
    auto srs = makeSrs(crs, path);
    if (!OSRIsProjected(srs.get()))
        throw GisError({ path, {}, std::nullopt, {},
            "the project CRS must be projected (metres), not '" + crs + "'" });
    auto impl = std::make_unique<Impl>(path, true, false);
    setWal(*impl);
    {
        DatasetTransaction transaction(impl->dataset.get(), path);
        impl->db->exec(schemaSqlV1());
        auto insert
            = impl->db->prepare("INSERT OR REPLACE INTO seatplan_metadata(key, value) VALUES(?, ?)",
                "seatplan_metadata");
        insert.bind(1, std::string("schema_version"))
            .bind(2, std::to_string(kProjectSchemaVersion))
            .run();
        insert.bind(1, std::string("crs")).bind(2, crsName(srs.get())).run();
        insert.bind(1, std::string("created")).bind(2, utcNow()).run();
        insert.bind(1, std::string("application")).bind(2, std::string("SeatPlan")).run();
        for (const LayerSpec& spec : contractLayers())
            impl->createLayer(spec.name, spec.kind, spec.kind != GeometryKind::Point, spec.fields);
        auto base = impl->db->prepare(
            "INSERT OR IGNORE INTO seatplan_scenarios(name, parent, description, created) "
            "VALUES('base', '', 'the current situation', ?)");
        base.bind(1, utcNow()).run();
        transaction.commit();
    }
    return Project(std::move(impl));
}

Project Project::open(const std::string& path)
{
    std::error_code ec;
    if (!fs::exists(utf8Path(path), ec))
        throw GisError({ path, {}, std::nullopt, {}, "no such file" });
    auto impl = std::make_unique<Impl>(path, false, false);
    setWal(*impl);
    migrate(*impl);
    return Project(std::move(impl));
}

Project Project::openReadOnly(const std::string& path)
{
    std::error_code ec;
    if (!fs::exists(utf8Path(path), ec))
        throw GisError({ path, {}, std::nullopt, {}, "no such file" });
    auto impl = std::make_unique<Impl>(path, false, true);
    migrate(*impl);
    return Project(std::move(impl));
}

const std::string& Project::path() const
{
    return m_impl->path;
}

std::string Project::crs() const
{
    return metadata("crs").value_or(kDefaultProjectCrs);
}

int Project::schemaVersion() const
{
    return static_cast<int>(
        std::strtol(metadata("schema_version").value_or("0").c_str(), nullptr, 10));
}

std::vector<LayerInfo> Project::layers() const
{
    std::vector<LayerInfo> out;
    for (int i = 0; i < GDALDatasetGetLayerCount(m_impl->dataset.get()); ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(m_impl->dataset.get(), i);
        const std::string name = OGR_L_GetName(layer);
        if (name.rfind("seatplan_", 0) == 0)
            continue;
        out.push_back(
            { name, kindOf(OGR_L_GetGeomType(layer)), OGR_L_GetFeatureCount(layer, TRUE) });
    }
    std::sort(out.begin(), out.end(),
        [](const LayerInfo& a, const LayerInfo& b) { return a.name < b.name; });
    return out;
}

bool Project::hasLayer(const std::string& name) const
{
    return m_impl->layer(name) != nullptr;
}

VectorLayer Project::readLayer(const std::string& name) const
{
    CplErrorCapture errors;
    OGRLayerH source = m_impl->layer(name);
    if (!source)
        throw GisError({ m_impl->path, name, std::nullopt, {}, "no such layer in the project" });
    VectorLayer out;
    out.name = name;
    out.crs = crs();
    out.kind = kindOf(OGR_L_GetGeomType(source));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(source);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(defn, i);
        out.fields.push_back({ OGR_Fld_GetNameRef(field), fieldTypeOf(OGR_Fld_GetType(field)) });
    }
    const GIntBig count = OGR_L_GetFeatureCount(source, FALSE);
    if (count > 0)
        out.features.reserve(static_cast<std::size_t>(count));
    OGR_L_ResetReading(source);
    while (OgrFeaturePtr feature { OGR_L_GetNextFeature(source) }) {
        Feature f;
        f.fid = OGR_F_GetFID(feature.get());
        f.geometry = fromOgr(OGR_F_GetGeometryRef(feature.get()));
        f.values.reserve(out.fields.size());
        for (std::size_t i = 0; i < out.fields.size(); ++i)
            f.values.push_back(readField(feature.get(), static_cast<int>(i), out.fields[i].type));
        out.features.push_back(std::move(f));
    }
    if (!errors.lastError().empty())
        throw GisError({ m_impl->path, name, std::nullopt, {}, errors.lastError() });
    return out;
}

void Project::writeLayer(const VectorLayer& layer, const std::optional<ProvenanceRow>& provenance)
{
    if (m_impl->readOnly)
        throw GisError(
            { m_impl->path, layer.name, std::nullopt, {}, "the project is open read-only" });
    if (layer.name.empty() || layer.name.rfind("seatplan_", 0) == 0
        || layer.name.rfind("gpkg", 0) == 0 || layer.name.rfind("rtree_", 0) == 0)
        throw GisError({ m_impl->path, layer.name, std::nullopt, {}, "reserved layer name" });
    bool multiPart = layer.kind != GeometryKind::Point;
    for (const Feature& f : layer.features)
        multiPart = multiPart || f.geometry.partCount() > 1;
    // A bulk load writes every page twice in WAL mode (log, then checkpoint); a rollback
    // journal only records the few existing pages it changes. Both are atomic, so large layers
    // are written in rollback-journal mode and the file returns to WAL afterwards. (When another
    // connection is open SQLite refuses the switch and the write simply stays in WAL.)
    constexpr std::size_t kBulkFeatures = 20000;
    const bool bulk = layer.features.size() >= kBulkFeatures;
    if (bulk)
        sqlite3_exec(m_impl->db->get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    // New fids 1, 2, ... let the R-tree be packed after the writes (bulk_spatial_index.h).
    bool newFids = true;
    for (const Feature& f : layer.features)
        newFids = newFids && f.fid < 0;
    const bool indexBeside = bulk && newFids && layer.kind != GeometryKind::None;
    {
        DatasetTransaction transaction(m_impl->dataset.get(), m_impl->path);
        OGRLayerH target
            = m_impl->createLayer(layer.name, layer.kind, multiPart, layer.fields, indexBeside);
        if (indexBeside) {
            BulkSpatialIndex index;
            index.suspendTriggers(*m_impl->db, layer.name);
            writeFeatures(*m_impl, target, layer, multiPart, 1);
            index.install(*m_impl->db, layer.name, layer, 1);
        } else {
            writeFeatures(*m_impl, target, layer, multiPart);
        }
        // Build the R-tree now, inside the transaction, rather than when GDAL closes the file.
        OGR_L_SyncToDisk(target);
        if (provenance)
            writeProvenance(*m_impl->db, *provenance);
        transaction.commit();
    }
    if (bulk)
        sqlite3_exec(m_impl->db->get(), "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
}

void Project::deleteLayer(const std::string& name)
{
    CplErrorCapture errors;
    for (int i = 0; i < GDALDatasetGetLayerCount(m_impl->dataset.get()); ++i) {
        if (name == OGR_L_GetName(GDALDatasetGetLayer(m_impl->dataset.get(), i))) {
            DatasetTransaction transaction(m_impl->dataset.get(), m_impl->path);
            if (GDALDatasetDeleteLayer(m_impl->dataset.get(), i) != OGRERR_NONE)
                throw GisError(
                    { m_impl->path, name, std::nullopt, {}, errors.errorOr("cannot delete") });
            transaction.commit();
            return;
        }
    }
}

std::string Project::populationRasterPath() const
{
    fs::path file = utf8Path(m_impl->path);
    file.replace_extension(".population.tif");
    return utf8String(file);
}

bool Project::hasPopulationRaster() const
{
    std::error_code ec;
    return fs::exists(utf8Path(populationRasterPath()), ec);
}

void Project::writePopulationRaster(const Raster& raster)
{
    const std::string target = populationRasterPath();
    const std::string temporary = target + ".tmp";
    writeGeoTiff(raster, temporary);
    std::error_code ec;
    fs::rename(utf8Path(temporary), utf8Path(target), ec);
    if (ec)
        throw GisError(
            { target, {}, std::nullopt, {}, "cannot replace the raster: " + ec.message() });
    setMetadata("population_raster", utf8String(utf8Path(target).filename()));
}

Raster Project::readPopulationRaster() const
{
    if (!hasPopulationRaster())
        throw GisError({ m_impl->path, "population", std::nullopt, {},
            "the project has no population raster (import one with --as population)" });
    return readRaster(populationRasterPath());
}

std::vector<std::string> Project::check() const
{
    std::vector<std::string> problems;
    auto stmt = m_impl->db->prepare("PRAGMA integrity_check");
    while (stmt.step()) {
        const std::string line = stmt.text(0);
        if (line != "ok")
            problems.push_back("SQLite: " + line);
    }
    if (schemaVersion() != kProjectSchemaVersion)
        problems.push_back("schema version " + std::to_string(schemaVersion()) + ", expected "
            + std::to_string(kProjectSchemaVersion));
    for (const LayerSpec& spec : contractLayers()) {
        OGRLayerH layer = m_impl->layer(spec.name);
        if (!layer) {
            problems.push_back(std::string("missing layer ") + spec.name);
            continue;
        }
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        for (const Field& field : spec.fields) {
            if (OGR_FD_GetFieldIndex(defn, field.name.c_str()) < 0)
                problems.push_back(
                    std::string("layer ") + spec.name + " lacks field " + field.name);
        }
    }
    return problems;
}

VectorLayer readVectorLayer(const std::string& projectPath, const std::string& layerName)
{
    return Project::openReadOnly(projectPath).readLayer(layerName);
}

bool layers::isContractLayer(std::string_view name)
{
    for (const char* fixed : { kCounties, kTowns, kZones, kSchools, kCatchments, kPlots,
             kDevelopments, kLanduse, kRoads })
        if (name == fixed)
            return true;
    return false;
}

} // namespace seatplan::gis
