#include "seatplan/gis/crs.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace seatplan::gis;

TEST_CASE(
    "GCJ-02 correction moves Meizhou about 560 m and inverts the forward formula", "[gis][crs]")
{
    const Coord wgs { 116.117, 24.289 }; // 梅江区
    const Coord gcj = wgs84ToGcj02(wgs);
    CHECK(gcj.x - wgs.x == Approx(0.0050).margin(0.0008));
    CHECK(gcj.y - wgs.y == Approx(-0.0026).margin(0.0008));
    const Coord back = gcj02ToWgs84(gcj);
    CHECK(back.x == Approx(wgs.x).margin(1e-8));
    CHECK(back.y == Approx(wgs.y).margin(1e-8));

    // In metres of the project CRS the shift is ~560 m (SOURCES.md).
    const CoordinateTransform plain("EPSG:4326", "EPSG:4548");
    const CoordinateTransform corrected("EPSG:4326", "EPSG:4548", DatumShift::Gcj02);
    const Coord a = plain.transform(gcj);
    const Coord b = corrected.transform(gcj);
    CHECK(std::hypot(a.x - b.x, a.y - b.y) == Approx(560).margin(60));
    SECTION("outside China nothing moves")
    {
        const Coord paris { 2.35, 48.85 };
        CHECK(gcj02ToWgs84(paris).x == paris.x);
    }
}

TEST_CASE(
    "Transformations keep x = easting and y = northing for EPSG:4326 and EPSG:4548", "[gis][crs]")
{
    const CoordinateTransform t("EPSG:4326", "EPSG:4548");
    const Coord p = t.transform(Coord { 117.0, 24.0 });
    CHECK(p.x == Approx(500000.0).margin(1e-3)); // on the central meridian
    CHECK(p.y == Approx(2655000).margin(5000));
    CHECK_FALSE(t.isIdentity());
    CHECK(CoordinateTransform("EPSG:4548", "EPSG:4548").isIdentity());
}

TEST_CASE("CRS guesses from coordinate ranges say they are guesses", "[gis][crs]")
{
    SECTION("lon/lat in China")
    {
        const CrsGuess g = guessCrs({ 115.3, 23.4, 116.9, 24.9 }, "EPSG:4548");
        CHECK(g.crs == "EPSG:4326");
        CHECK(g.guessed);
        CHECK(g.reason.find("gcj02") != std::string::npos);
    }
    SECTION("Gauss-Kruger with zone prefix 39")
    {
        CHECK(guessCrs({ 39450000, 2600000, 39560000, 2700000 }, "EPSG:4548").crs == "EPSG:4527");
        CHECK(guessCrs({ 38450000, 2600000, 38560000, 2700000 }, "EPSG:4548").crs == "EPSG:4526");
    }
    SECTION("Gauss-Kruger without prefix takes the project's central meridian")
    {
        CHECK(guessCrs({ 450000, 2600000, 560000, 2700000 }, "EPSG:4548").crs == "EPSG:4548");
        CHECK(guessCrs({ 450000, 2600000, 560000, 2700000 }, "EPSG:4547").crs == "EPSG:4547");
    }
    SECTION("nothing fits")
    {
        CHECK(guessCrs({ -1e7, -1e7, 1e7, 1e7 }, "EPSG:4548").crs.empty());
    }
}
