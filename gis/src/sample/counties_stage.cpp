#include "gcj02.h"
#include "sample_error.h"
#include "sample_stages.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace seatplan::gis::sample {

namespace {

    constexpr int kProjectEpsg = 4548; // CGCS2000 / 3-degree Gauss-Kruger CM 117E

    void correctGcj02(OGRGeometry& geometry)
    {
        const auto type = wkbFlatten(geometry.getGeometryType());
        if (type == wkbMultiPolygon || type == wkbPolygon) {
            for (auto* polygon : *geometry.toMultiPolygon())
                for (auto* ring : *polygon)
                    for (int i = 0; i < ring->getNumPoints(); ++i) {
                        const LonLat wgs = gcj02ToWgs84({ ring->getX(i), ring->getY(i) });
                        ring->setPoint(i, wgs.lon, wgs.lat);
                    }
        }
    }

} // namespace

void loadCounties(SampleProject& project)
{
    const auto& path = project.inputs.boundaryFile;
    std::unique_ptr<GDALDataset> dataset(GDALDataset::Open(
        path.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset || dataset->GetLayerCount() < 1)
        throw sampleError(path, "", "GDAL cannot read the DataV county boundaries");
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference target;
    target.importFromEPSG(kProjectEpsg);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toProject(
        OGRCreateCoordinateTransformation(&wgs84, &target));
    if (!toProject)
        throw sampleError(path, "", "PROJ cannot transform EPSG:4326 to EPSG:4548");

    OGRLayer* layer = dataset->GetLayer(0);
    project.counties.resize(project.inputs.counties.size());
    for (auto& feature : *layer) {
        const std::string code = std::to_string(feature->GetFieldAsInteger64("adcode"));
        const auto it = std::find_if(project.inputs.counties.begin(), project.inputs.counties.end(),
            [&](const auto& c) { return c.code == code; });
        if (it == project.inputs.counties.end())
            continue;
        County& county
            = project.counties[static_cast<std::size_t>(it - project.inputs.counties.begin())];
        county.census = &*it;
        GeometryPtr geometry(feature->StealGeometry());
        if (!geometry)
            throw sampleError(path, "geometry", "county " + code + " has no geometry");
        geometry.reset(OGRGeometryFactory::forceToMultiPolygon(geometry.release()));
        correctGcj02(*geometry);
        if (geometry->transform(toProject.get()) != OGRERR_NONE)
            throw sampleError(path, "geometry", "cannot project county " + code);
        county.area = geometry->toMultiPolygon()->get_Area();
        county.geometry = std::move(geometry);
        int count = 0;
        const double* center = feature->GetFieldAsDoubleList("center", &count);
        if (count != 2)
            throw sampleError(path, "center", "county " + code + " has no seat point");
        const LonLat wgs = gcj02ToWgs84({ center[0], center[1] });
        double x = wgs.lon;
        double y = wgs.lat;
        toProject->Transform(1, &x, &y);
        county.seat = { x, y };
    }
    for (const auto& county : project.counties)
        if (!county.geometry)
            throw sampleError(path, "adcode", "a Meizhou county is missing");
}

std::string shortCountyName(const std::string& name)
{
    // Chinese county names end in one 3-byte UTF-8 character (区/县/市).
    return name.size() > 6 ? name.substr(0, name.size() - 3) : name;
}

} // namespace seatplan::gis::sample
