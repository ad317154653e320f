#pragma once
// The in-memory sample project: what the generator stages fill in and the writer stores.
// Geometries are OGR objects in the project CRS (EPSG:4548, metres).

#include "census_tables.h"

#include <ogr_geometry.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace seatplan::gis::sample {

using GeometryPtr = std::unique_ptr<OGRGeometry>;

/// A point in project metres.
struct Xy {
    double x = 0;
    double y = 0;
};

struct County {
    const CountyCensus* census = nullptr;
    GeometryPtr geometry; ///< MultiPolygon, real (DataV), corrected and projected
    Xy seat; ///< the county seat (DataV `center`), corrected and projected
    double area = 0; ///< m²
};

enum class TownKind { Street, SeatTown, Town, Special };

struct Town {
    const TownRecord* record = nullptr;
    std::size_t county = 0;
    TownKind kind = TownKind::Town;
    bool urban = false;
    Xy seed; ///< generated centre (Voronoi seed)
    GeometryPtr geometry; ///< generated MultiPolygon
    double area = 0;
    long long population = 0; ///< target, then the grid's exact sum
    int zoneCount = 0;
};

struct Zone {
    int id = 0;
    std::string name;
    std::size_t town = 0;
    Xy seed;
    GeometryPtr geometry;
    long long population = 0;
    std::array<long long, kTopAge + 1> cohorts {};
};

enum class SchoolLevel { Primary, Junior, NineYear, TwelveYear, TeachingPoint };

struct School {
    int id = 0;
    std::string name;
    SchoolLevel level = SchoolLevel::Primary;
    bool isPublic = true;
    bool boarding = false;
    std::size_t town = 0;
    Xy location;
    std::string eduGroup;
    int classesPrimary = 0;
    int classesJunior = 0;
    int studentsPrimary = 0;
    int studentsJunior = 0;
    int maxClassSize = 0;
    int disabledStudents = 0;
    bool resourceRoom = false;
    std::optional<int> openingYear;
    std::optional<int> closingYear;
    bool crowded = false; ///< generation flag: urban school over its standard size
};

struct Catchment {
    int id = 0;
    std::string level; ///< primary | junior
    std::string schoolIds;
    GeometryPtr geometry;
};

struct Plot {
    int id = 0;
    std::string name;
    std::size_t town = 0;
    std::string plannedLevel;
    int plannedClasses = 0;
    std::string status;
    std::string note;
    GeometryPtr geometry;
};

struct Development {
    int id = 0;
    std::string name;
    std::size_t town = 0;
    double siteArea = 0;
    double farOld = 0;
    double farNew = 0;
    double residentialShare = 0;
    int dwellings = 0;
    double floorArea = 0;
    std::optional<int> schoolPlotId;
    std::optional<int> completionYear; ///< first year its children need seats; none = built
    GeometryPtr geometry;
};

struct LandUse {
    std::string cls;
    std::string code;
    GeometryPtr geometry;
};

struct Road {
    std::string kind;
    std::string name;
    GeometryPtr geometry;
};

/// The population grid: persons per cell (whole numbers stored as Float32), north-up.
struct PopulationGrid {
    double originX = 0; ///< west edge, metres
    double originY = 0; ///< north edge, metres
    double cellSize = 0; ///< metres
    int columns = 0;
    int rows = 0;
    std::vector<float> persons; ///< row-major, row 0 at the north
    std::vector<int> zone; ///< zone index per cell, -1 outside Meizhou
};

struct BirthRow {
    std::string areaCode;
    int year = 0;
    long long births = 0;
};

struct EnrolmentRow {
    int schoolId = 0;
    int year = 0;
    int grade = 0;
    int students = 0;
};

struct SampleProject {
    RealInputs inputs;
    std::vector<County> counties;
    std::vector<Town> towns;
    std::vector<Zone> zones;
    PopulationGrid grid;
    std::vector<School> schools;
    std::vector<Catchment> catchments;
    std::vector<Plot> plots;
    std::vector<Development> developments;
    std::vector<LandUse> landuse;
    std::vector<Road> roads;
    std::vector<BirthRow> births;
    std::vector<EnrolmentRow> enrolment;
};

} // namespace seatplan::gis::sample
