// gis::connectedPieces: how many pieces the zones of a catchment form (contiguity check).
#include "seatplan/gis/geometry_ops.h"

#include <catch2/catch.hpp>

using namespace seatplan::gis;

namespace {

Geometry square(double x, double y, double size = 100)
{
    Geometry g;
    g.kind = GeometryKind::Polygon;
    g.addPolygon({ { { x, y }, { x + size, y }, { x + size, y + size }, { x, y + size } } });
    return g;
}

} // namespace

TEST_CASE("Zones sharing edges form one piece and a gap splits them", "[gis][geometry]")
{
    const Geometry a = square(0, 0);
    const Geometry b = square(100, 0);
    const Geometry c = square(200, 0);
    CHECK(connectedPieces({}, 1.0) == 0);
    CHECK(connectedPieces({ a }, 1.0) == 1);
    CHECK(connectedPieces({ a, b, c }, 1.0) == 1);
    // Without the middle zone the row falls into two pieces.
    CHECK(connectedPieces({ a, c }, 1.0) == 2);
    CHECK(connectedPieces({ a, c }, 0.0) == 2);
    // Zones touching only at a corner join within the tolerance.
    CHECK(connectedPieces({ a, square(100, 100) }, 1.0) == 1);
}

TEST_CASE(
    "A digitising sliver narrower than the tolerance does not split a catchment", "[gis][geometry]")
{
    const Geometry a = square(0, 0);
    const Geometry b = square(100.3, 0); // 0.3 m gap
    CHECK(connectedPieces({ a, b }, 0.0) == 2);
    CHECK(connectedPieces({ a, b }, 1.0) == 1);
    CHECK(connectedPieces({ a, square(105, 0) }, 1.0) == 2);
}
