#include "ogr_reader.h"

#include <gdal.h>
#include <ogr_api.h>

#include <memory>
#include <stdexcept>
#include <vector>

using namespace seatplan;

namespace {

struct DatasetCloser {
    void operator()(GDALDatasetH h) const noexcept { GDALClose(h); }
};
struct FeatureDestroyer {
    void operator()(OGRFeatureH h) const noexcept { OGR_F_Destroy(h); }
};

void addPolygon(OGRGeometryH polygon, gis::Geometry& out)
{
    std::vector<std::vector<gis::Coord>> rings;
    for (int r = 0; r < OGR_G_GetGeometryCount(polygon); ++r) {
        OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, r);
        std::vector<gis::Coord> coords(static_cast<std::size_t>(OGR_G_GetPointCount(ring)));
        for (int i = 0; i < static_cast<int>(coords.size()); ++i)
            coords[static_cast<std::size_t>(i)] = { OGR_G_GetX(ring, i), OGR_G_GetY(ring, i) };
        rings.push_back(std::move(coords));
    }
    out.addPolygon(rings);
}

} // namespace

gis::VectorLayer readOgrPolygons(const std::string& path, const std::string& layerName)
{
    std::unique_ptr<void, DatasetCloser> ds(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        throw std::runtime_error(path + ": cannot open");
    OGRLayerH layer = GDALDatasetGetLayerByName(ds.get(), layerName.c_str());
    if (!layer)
        throw std::runtime_error(path + ": no layer " + layerName);
    gis::VectorLayer out;
    out.name = layerName;
    out.kind = gis::GeometryKind::Polygon;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int fieldCount = OGR_FD_GetFieldCount(defn);
    for (int f = 0; f < fieldCount; ++f)
        out.fields.push_back(
            { OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, f)), gis::FieldType::Text });
    OGR_L_ResetReading(layer);
    while (true) {
        OGRFeatureH raw = OGR_L_GetNextFeature(layer);
        if (!raw)
            break;
        std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer> owned(raw);
        gis::Feature f;
        f.fid = OGR_F_GetFID(raw);
        f.geometry.kind = gis::GeometryKind::Polygon;
        for (int i = 0; i < fieldCount; ++i)
            f.values.emplace_back(std::string(OGR_F_GetFieldAsString(raw, i)));
        OGRGeometryH g = OGR_F_GetGeometryRef(raw);
        if (g && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbMultiPolygon) {
            for (int p = 0; p < OGR_G_GetGeometryCount(g); ++p)
                addPolygon(OGR_G_GetGeometryRef(g, p), f.geometry);
        } else if (g && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPolygon) {
            addPolygon(g, f.geometry);
        }
        out.features.push_back(std::move(f));
    }
    return out;
}
