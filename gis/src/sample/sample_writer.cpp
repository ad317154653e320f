#include "sample_writer.h"

#include "sample_error.h"

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <functional>

namespace seatplan::gis::sample {

namespace {

    constexpr int kProjectEpsg = 4548;
    constexpr const char* kFixedDate = "2020-11-01T00:00:00.000Z"; // the census day

    // Sets a GDAL configuration option for the lifetime of the object.
    class ConfigOption {
    public:
        ConfigOption(const char* key, const char* value)
            : m_key(key)
            , m_old(CPLGetConfigOption(key, "") ? CPLGetConfigOption(key, "") : "")
        {
            CPLSetThreadLocalConfigOption(key, value);
        }
        ~ConfigOption()
        {
            CPLSetThreadLocalConfigOption(m_key, m_old.empty() ? nullptr : m_old.c_str());
        }
        ConfigOption(const ConfigOption&) = delete;
        ConfigOption& operator=(const ConfigOption&) = delete;

    private:
        const char* m_key;
        std::string m_old;
    };

    struct Field {
        const char* name;
        OGRFieldType type;
    };

    class LayerWriter {
    public:
        LayerWriter(GDALDataset& dataset, const std::filesystem::path& path, const char* name,
            OGRwkbGeometryType type, std::initializer_list<Field> fields)
            : m_path(path)
            , m_name(name)
        {
            OGRSpatialReference srs;
            srs.importFromEPSG(kProjectEpsg);
            srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            const char* options[]
                = { "GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES", nullptr };
            m_layer = dataset.CreateLayer(name, &srs, type, const_cast<char**>(options));
            if (!m_layer)
                throw error("cannot create the layer");
            for (const auto& field : fields) {
                OGRFieldDefn definition(field.name, field.type);
                if (m_layer->CreateField(&definition) != OGRERR_NONE)
                    throw error(std::string("cannot create field ") + field.name);
            }
        }

        // Writes one feature; `fill` sets its fields.
        void write(const OGRGeometry& geometry, const std::function<void(OGRFeature&)>& fill)
        {
            OGRFeature feature(m_layer->GetLayerDefn());
            feature.SetGeometry(&geometry);
            fill(feature);
            if (m_layer->CreateFeature(&feature) != OGRERR_NONE)
                throw error("cannot write a feature");
        }

    private:
        std::runtime_error error(const std::string& reason) const
        {
            return sampleError(m_path, "",
                std::string("layer ") + m_name + ": " + reason + ": " + CPLGetLastErrorMsg());
        }

        const std::filesystem::path& m_path;
        const char* m_name;
        OGRLayer* m_layer = nullptr;
    };

    void setOptionalInt(OGRFeature& f, const char* name, const std::optional<int>& value)
    {
        if (value)
            f.SetField(name, *value);
        else
            f.SetFieldNull(f.GetFieldIndex(name));
    }

    const char* levelName(SchoolLevel level)
    {
        switch (level) {
        case SchoolLevel::Primary:
            return "primary";
        case SchoolLevel::Junior:
            return "junior";
        case SchoolLevel::NineYear:
            return "nine_year";
        case SchoolLevel::TwelveYear:
            return "twelve_year";
        case SchoolLevel::TeachingPoint:
            return "teaching_point";
        }
        return "primary";
    }

    void writeVectors(const SampleProject& p, GDALDataset& ds, const std::filesystem::path& path)
    {
        const auto townCode = [&](std::size_t t) { return p.towns[t].record->code.c_str(); };
        const auto countyCode
            = [&](std::size_t t) { return p.counties[p.towns[t].county].census->code.c_str(); };

        LayerWriter counties(ds, path, "counties", wkbMultiPolygon,
            { { "code", OFTString }, { "name", OFTString }, { "population", OFTInteger64 },
                { "households", OFTInteger64 }, { "urban_share", OFTReal },
                { "males_per_100_females", OFTReal } });
        for (const auto& c : p.counties)
            counties.write(*c.geometry, [&](OGRFeature& f) {
                f.SetField("code", c.census->code.c_str());
                f.SetField("name", c.census->name.c_str());
                f.SetField("population", static_cast<GIntBig>(c.census->population));
                f.SetField("households",
                    static_cast<GIntBig>(std::llround(c.census->population
                        * c.census->familyHouseholdShare / c.census->householdSize)));
                f.SetField("urban_share", c.census->urbanShare);
                f.SetField("males_per_100_females", c.census->malesPer100Females);
            });

        LayerWriter towns(ds, path, "towns", wkbMultiPolygon,
            { { "code", OFTString }, { "name", OFTString }, { "county_code", OFTString },
                { "urban", OFTInteger }, { "population", OFTInteger64 } });
        for (std::size_t t = 0; t < p.towns.size(); ++t)
            towns.write(*p.towns[t].geometry, [&](OGRFeature& f) {
                f.SetField("code", townCode(t));
                f.SetField("name", p.towns[t].record->name.c_str());
                f.SetField("county_code", countyCode(t));
                f.SetField("urban", p.towns[t].urban ? 1 : 0);
                f.SetField("population", static_cast<GIntBig>(p.towns[t].population));
            });

        LayerWriter zones(ds, path, "zones", wkbMultiPolygon,
            { { "id", OFTInteger }, { "name", OFTString }, { "town_code", OFTString },
                { "county_code", OFTString }, { "urban", OFTInteger },
                { "population", OFTInteger64 } });
        for (const auto& z : p.zones)
            zones.write(*z.geometry, [&](OGRFeature& f) {
                f.SetField("id", z.id);
                f.SetField("name", z.name.c_str());
                f.SetField("town_code", townCode(z.town));
                f.SetField("county_code", countyCode(z.town));
                f.SetField("urban", p.towns[z.town].urban ? 1 : 0);
                f.SetField("population", static_cast<GIntBig>(z.population));
            });

        LayerWriter schools(ds, path, "schools", wkbPoint,
            { { "id", OFTInteger }, { "name", OFTString }, { "level", OFTString },
                { "is_public", OFTInteger }, { "boarding", OFTInteger }, { "town_code", OFTString },
                { "county_code", OFTString }, { "edu_group", OFTString },
                { "classes_primary", OFTInteger }, { "classes_junior", OFTInteger },
                { "students_primary", OFTInteger }, { "students_junior", OFTInteger },
                { "max_class_size", OFTInteger }, { "disabled_students", OFTInteger },
                { "resource_room", OFTInteger }, { "opening_year", OFTInteger },
                { "closing_year", OFTInteger } });
        for (const auto& s : p.schools) {
            const OGRPoint point(s.location.x, s.location.y);
            schools.write(point, [&](OGRFeature& f) {
                f.SetField("id", s.id);
                f.SetField("name", s.name.c_str());
                f.SetField("level", levelName(s.level));
                f.SetField("is_public", s.isPublic ? 1 : 0);
                f.SetField("boarding", s.boarding ? 1 : 0);
                f.SetField("town_code", townCode(s.town));
                f.SetField("county_code", countyCode(s.town));
                if (s.eduGroup.empty())
                    f.SetFieldNull(f.GetFieldIndex("edu_group"));
                else
                    f.SetField("edu_group", s.eduGroup.c_str());
                f.SetField("classes_primary", s.classesPrimary);
                f.SetField("classes_junior", s.classesJunior);
                f.SetField("students_primary", s.studentsPrimary);
                f.SetField("students_junior", s.studentsJunior);
                f.SetField("max_class_size", s.maxClassSize);
                f.SetField("disabled_students", s.disabledStudents);
                f.SetField("resource_room", s.resourceRoom ? 1 : 0);
                setOptionalInt(f, "opening_year", s.openingYear);
                setOptionalInt(f, "closing_year", s.closingYear);
            });
        }

        LayerWriter catchments(ds, path, "catchments", wkbMultiPolygon,
            { { "id", OFTInteger }, { "scenario", OFTString }, { "level", OFTString },
                { "school_ids", OFTString }, { "locked", OFTInteger } });
        for (const auto& c : p.catchments)
            catchments.write(*c.geometry, [&](OGRFeature& f) {
                f.SetField("id", c.id);
                f.SetField("scenario", "base");
                f.SetField("level", c.level.c_str());
                f.SetField("school_ids", c.schoolIds.c_str());
                f.SetField("locked", 0);
            });

        LayerWriter plots(ds, path, "plots", wkbMultiPolygon,
            { { "id", OFTInteger }, { "name", OFTString }, { "town_code", OFTString },
                { "planned_level", OFTString }, { "planned_classes", OFTInteger },
                { "status", OFTString }, { "note", OFTString }, { "site_area_m2", OFTReal } });
        for (const auto& pl : p.plots)
            plots.write(*pl.geometry, [&](OGRFeature& f) {
                f.SetField("id", pl.id);
                f.SetField("name", pl.name.c_str());
                f.SetField("town_code", townCode(pl.town));
                f.SetField("planned_level", pl.plannedLevel.c_str());
                f.SetField("planned_classes", pl.plannedClasses);
                f.SetField("status", pl.status.c_str());
                f.SetField("note", pl.note.c_str());
                f.SetField("site_area_m2", std::round(pl.geometry->toMultiPolygon()->get_Area()));
            });

        LayerWriter developments(ds, path, "developments", wkbMultiPolygon,
            { { "id", OFTInteger }, { "name", OFTString }, { "town_code", OFTString },
                { "site_area_m2", OFTReal }, { "far_old", OFTReal }, { "far_new", OFTReal },
                { "residential_share", OFTReal }, { "dwellings", OFTInteger },
                { "floor_area_m2", OFTReal }, { "school_plot_id", OFTInteger } });
        for (const auto& d : p.developments)
            developments.write(*d.geometry, [&](OGRFeature& f) {
                f.SetField("id", d.id);
                f.SetField("name", d.name.c_str());
                f.SetField("town_code", townCode(d.town));
                f.SetField("site_area_m2", d.siteArea);
                f.SetField("far_old", d.farOld);
                f.SetField("far_new", d.farNew);
                f.SetField("residential_share", d.residentialShare);
                f.SetField("dwellings", d.dwellings);
                f.SetField("floor_area_m2", d.floorArea);
                setOptionalInt(f, "school_plot_id", d.schoolPlotId);
            });

        LayerWriter landuse(ds, path, "landuse", wkbMultiPolygon,
            { { "class", OFTString }, { "code", OFTString } });
        for (const auto& l : p.landuse)
            landuse.write(*l.geometry, [&](OGRFeature& f) {
                f.SetField("class", l.cls.c_str());
                f.SetField("code", l.code.c_str());
            });

        LayerWriter roads(ds, path, "roads", wkbMultiLineString,
            { { "kind", OFTString }, { "name", OFTString } });
        for (const auto& r : p.roads)
            roads.write(*r.geometry, [&](OGRFeature& f) {
                f.SetField("kind", r.kind.c_str());
                f.SetField("name", r.name.c_str());
            });
    }

    void writeRaster(const PopulationGrid& grid, const std::filesystem::path& path)
    {
        GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
        GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
        std::unique_ptr<GDALDataset> raster(
            mem->Create("", grid.columns, grid.rows, 1, GDT_Float32, nullptr));
        double transform[6] = { grid.originX, grid.cellSize, 0, grid.originY, 0, -grid.cellSize };
        raster->SetGeoTransform(transform);
        OGRSpatialReference srs;
        srs.importFromEPSG(kProjectEpsg);
        raster->SetSpatialRef(&srs);
        GDALRasterBand* band = raster->GetRasterBand(1);
        band->SetNoDataValue(-1);
        std::vector<float> values(grid.persons);
        for (std::size_t i = 0; i < values.size(); ++i)
            if (grid.zone[i] < 0)
                values[i] = -1.0F;
        if (band->RasterIO(GF_Write, 0, 0, grid.columns, grid.rows, values.data(), grid.columns,
                grid.rows, GDT_Float32, 0, 0, nullptr)
            != CE_None)
            throw sampleError(path, "population", "cannot fill the population grid");
        const char* options[] = { "APPEND_SUBDATASET=YES", "RASTER_TABLE=population",
            "TILE_FORMAT=TIFF", "RASTER_IDENTIFIER=population",
            "RASTER_DESCRIPTION=generated 2020 resident population, persons per cell", nullptr };
        std::unique_ptr<GDALDataset> out(gpkg->CreateCopy(path.string().c_str(), raster.get(),
            FALSE, const_cast<char**>(options), nullptr, nullptr));
        if (!out)
            throw sampleError(path, "population",
                std::string("cannot write the population grid: ") + CPLGetLastErrorMsg());
    }

    class Sqlite {
    public:
        explicit Sqlite(const std::filesystem::path& path)
            : m_path(path)
        {
            if (sqlite3_open_v2(path.string().c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
                != SQLITE_OK)
                fail("cannot open");
        }
        ~Sqlite() { sqlite3_close_v2(m_db); }
        Sqlite(const Sqlite&) = delete;
        Sqlite& operator=(const Sqlite&) = delete;

        void exec(const std::string& sql)
        {
            if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                fail(sql.substr(0, 60));
        }

        // Inserts rows through one prepared statement; `bind` binds row i.
        void insert(const std::string& sql, std::size_t rows,
            const std::function<void(sqlite3_stmt*, std::size_t)>& bind)
        {
            sqlite3_stmt* statement = nullptr;
            if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
                fail(sql.substr(0, 60));
            for (std::size_t i = 0; i < rows; ++i) {
                bind(statement, i);
                if (sqlite3_step(statement) != SQLITE_DONE) {
                    sqlite3_finalize(statement);
                    fail(sql.substr(0, 60));
                }
                sqlite3_reset(statement);
            }
            sqlite3_finalize(statement);
        }

    private:
        [[noreturn]] void fail(const std::string& what)
        {
            throw sampleError(m_path, "", what + ": " + sqlite3_errmsg(m_db));
        }
        std::filesystem::path m_path;
        sqlite3* m_db = nullptr;
    };

    void bindText(sqlite3_stmt* s, int i, const std::string& text)
    {
        sqlite3_bind_text(s, i, text.c_str(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }

    void writeTables(const SampleProject& p,
        const std::vector<std::pair<std::string, std::string>>& metadata,
        const std::filesystem::path& path)
    {
        Sqlite db(path);
        db.exec("BEGIN");
        db.exec("CREATE TABLE seatplan_metadata(key TEXT PRIMARY KEY, value TEXT)");
        db.exec("CREATE TABLE seatplan_cohorts(zone_id INTEGER NOT NULL, year INTEGER NOT NULL, "
                "age INTEGER NOT NULL, persons REAL NOT NULL, PRIMARY KEY(zone_id, year, age))");
        db.exec("CREATE TABLE seatplan_births(area_code TEXT NOT NULL, year INTEGER NOT NULL, "
                "births REAL NOT NULL, PRIMARY KEY(area_code, year))");
        db.exec("CREATE TABLE seatplan_enrolment(school_id INTEGER NOT NULL, year INTEGER NOT "
                "NULL, grade INTEGER NOT NULL, students INTEGER NOT NULL, "
                "PRIMARY KEY(school_id, year, grade))");
        db.exec("CREATE TABLE seatplan_standards(key TEXT PRIMARY KEY, value TEXT, source TEXT)");
        db.exec("CREATE TABLE seatplan_scenarios(name TEXT PRIMARY KEY, parent TEXT, "
                "description TEXT, created TEXT)");
        db.exec("CREATE TABLE seatplan_journal(seq INTEGER PRIMARY KEY, scenario TEXT, time TEXT, "
                "kind TEXT, payload TEXT, undone INTEGER NOT NULL DEFAULT 0)");
        db.insert("INSERT INTO seatplan_metadata VALUES(?, ?)", metadata.size(),
            [&](sqlite3_stmt* s, std::size_t i) {
                bindText(s, 1, metadata[i].first);
                bindText(s, 2, metadata[i].second);
            });
        db.insert("INSERT INTO seatplan_scenarios VALUES('base', NULL, ?, ?)", 1,
            [&](sqlite3_stmt* s, std::size_t) {
                bindText(s, 1, "base: nearest-school catchments, schools as of 2020 (generated)");
                bindText(s, 2, kFixedDate);
            });
        const std::size_t ages = kTopAge + 1;
        db.insert("INSERT INTO seatplan_cohorts VALUES(?, ?, ?, ?)", p.zones.size() * ages,
            [&](sqlite3_stmt* s, std::size_t i) {
                const Zone& z = p.zones[i / ages];
                sqlite3_bind_int(s, 1, z.id);
                sqlite3_bind_int(s, 2, kCensusYear);
                sqlite3_bind_int(s, 3, static_cast<int>(i % ages));
                sqlite3_bind_double(s, 4, static_cast<double>(z.cohorts[i % ages]));
            });
        db.insert("INSERT INTO seatplan_births VALUES(?, ?, ?)", p.births.size(),
            [&](sqlite3_stmt* s, std::size_t i) {
                bindText(s, 1, p.births[i].areaCode);
                sqlite3_bind_int(s, 2, p.births[i].year);
                sqlite3_bind_double(s, 3, static_cast<double>(p.births[i].births));
            });
        db.insert("INSERT INTO seatplan_enrolment VALUES(?, ?, ?, ?)", p.enrolment.size(),
            [&](sqlite3_stmt* s, std::size_t i) {
                const auto& e = p.enrolment[i];
                sqlite3_bind_int(s, 1, e.schoolId);
                sqlite3_bind_int(s, 2, e.year);
                sqlite3_bind_int(s, 3, e.grade);
                sqlite3_bind_int(s, 4, e.students);
            });
        db.exec("COMMIT");
        db.exec("VACUUM");
    }

} // namespace

void writeSampleProject(const SampleProject& project,
    const std::vector<std::pair<std::string, std::string>>& metadata,
    const std::filesystem::path& path)
{
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    const ConfigOption fixedDate("OGR_CURRENT_DATE", kFixedDate);
    {
        GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
        std::unique_ptr<GDALDataset> dataset(
            gpkg->Create(path.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset)
            throw sampleError(
                path, "", std::string("cannot create the GeoPackage: ") + CPLGetLastErrorMsg());
        dataset->StartTransaction();
        writeVectors(project, *dataset, path);
        if (dataset->CommitTransaction() != OGRERR_NONE)
            throw sampleError(path, "", "cannot commit the vector layers");
    }
    writeRaster(project.grid, path);
    writeTables(project, metadata, path);
}

} // namespace seatplan::gis::sample
