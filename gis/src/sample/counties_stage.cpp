#include "sample_error.h"
#include "sample_stages.h"

#include "detail/ogr_convert.h"
#include "seatplan/gis/crs.h"
#include "seatplan/gis/importer.h"
#include "seatplan/gis/project.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace seatplan::gis::sample {

namespace {

    // DataV's `center` (the county seat) is a property, not a geometry: read it with GDAL and
    // correct it like the polygons (GCJ-02 lon/lat -> WGS84 -> project CRS).
    std::map<std::string, Xy> readSeats(const std::filesystem::path& path)
    {
        std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(
            path.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
        if (!dataset || dataset->GetLayerCount() < 1)
            throw sampleError(path, "", "GDAL cannot read the DataV county boundaries");
        const CoordinateTransform toProject("EPSG:4326", kDefaultProjectCrs, DatumShift::Gcj02);
        std::map<std::string, Xy> seats;
        for (auto& feature : *dataset->GetLayer(0)) {
            int count = 0;
            const double* center = feature->GetFieldAsDoubleList("center", &count);
            if (count != 2)
                continue;
            const Coord seat = toProject.transform(Coord { center[0], center[1] });
            seats[std::to_string(feature->GetFieldAsInteger64("adcode"))] = { seat.x, seat.y };
        }
        return seats;
    }

} // namespace

std::string loadCounties(SampleProject& project, Project& store)
{
    const auto& path = project.inputs.boundaryFile;
    // SeatPlan's own import path: DataV declares no CRS and is GCJ-02, so say so.
    ImportOptions options;
    options.role = ImportRole::County;
    options.source.sourceCrs = "gcj02";
    options.origin = "real";
    const ImportReport report = importFile(store, path.string(), options);
    const VectorLayer counties = store.readLayer("counties");
    const auto seats = readSeats(path);

    project.counties.resize(project.inputs.counties.size());
    for (std::size_t f = 0; f < counties.features.size(); ++f) {
        const std::string code = toText(counties.value(f, "code"));
        const auto it = std::find_if(project.inputs.counties.begin(), project.inputs.counties.end(),
            [&](const auto& c) { return c.code == code; });
        if (it == project.inputs.counties.end())
            continue;
        County& county
            = project.counties[static_cast<std::size_t>(it - project.inputs.counties.begin())];
        county.census = &*it;
        county.geometry.reset(
            OGRGeometry::FromHandle(detail::toOgr(counties.features[f].geometry, true).release()));
        county.area = county.geometry->toMultiPolygon()->get_Area();
        const auto seat = seats.find(code);
        if (seat == seats.end())
            throw sampleError(path, "center", "county " + code + " has no seat point");
        county.seat = seat->second;
    }
    for (const auto& county : project.counties)
        if (!county.geometry)
            throw sampleError(path, "adcode", "a Meizhou county is missing");
    // Name the file as it sits in the shared folder, not where this checkout found it, so that
    // the project is the same wherever it is rebuilt.
    std::string text = report.text();
    const std::string where = path.string();
    const std::string shared = "shared/data/real/boundaries/datav_2021/441400_full.json";
    for (auto at = text.find(where); at != std::string::npos; at = text.find(where, at))
        text.replace(at, where.size(), shared);
    return text;
}

std::string shortCountyName(const std::string& name)
{
    // Chinese county names end in one 3-byte UTF-8 character (区/县/市).
    return name.size() > 6 ? name.substr(0, name.size() - 3) : name;
}

} // namespace seatplan::gis::sample
