#include "seatplan/gis/catchment_builder.h"
#include "seatplan/gis/geometry_ops.h"
#include "seatplan/gis/project.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace seatplan;
using namespace seatplan::gis;

namespace {

struct MeizhouLayers {
    VectorLayer counties;
    VectorLayer schools;
    VectorLayer zones;
};

MeizhouLayers meizhou()
{
    const auto path = (test::sourceDir() / "data" / "meizhou.gpkg").string();
    return { readVectorLayer(path, "counties"), readVectorLayer(path, "schools"),
        readVectorLayer(path, "zones") };
}

} // namespace

TEST_CASE("Voronoi catchments tile each county that has a school", "[gis][catchments]")
{
    const MeizhouLayers m = meizhou();
    const BuiltCatchments built = buildCatchments(
        m.schools, m.counties, m.zones, core::Level::Primary, CatchmentMethod::Voronoi);
    REQUIRE(built.layer.features.size() > 100);
    CHECK(built.layer.features.size() + built.duplicateSites == built.schoolsUsed);
    std::map<std::string, double> areaByCounty;
    for (std::size_t i = 0; i < built.layer.features.size(); ++i)
        areaByCounty[toText(built.layer.value(i, "county_code"))]
            += area(built.layer.features[i].geometry);
    for (std::size_t c = 0; c < m.counties.features.size(); ++c) {
        const std::string code = toText(m.counties.value(c, "code"));
        INFO(code);
        CHECK(areaByCounty[code] == Approx(area(m.counties.features[c].geometry)).epsilon(1e-6));
    }
}

TEST_CASE("Nearest-school catchments give every zone of a served county to one school",
    "[gis][catchments]")
{
    const MeizhouLayers m = meizhou();
    const BuiltCatchments built = buildCatchments(
        m.schools, m.counties, m.zones, core::Level::Junior, CatchmentMethod::Nearest);
    std::multiset<std::string> assigned;
    for (std::size_t i = 0; i < built.layer.features.size(); ++i) {
        const std::string ids = toText(built.layer.value(i, "zone_ids"));
        std::size_t start = 0;
        while (start <= ids.size()) {
            const auto comma = ids.find(',', start);
            assigned.insert(ids.substr(start, comma == std::string::npos ? comma : comma - start));
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    }
    CHECK(assigned.size() + built.zonesUnassigned == m.zones.features.size());
    for (const auto& id : assigned)
        CHECK(assigned.count(id) == 1);
}
