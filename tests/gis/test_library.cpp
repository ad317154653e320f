#include "seatplan/gis/library.h"

#include "test_paths.h"

#include <catch2/catch.hpp>
#include <gdal.h>

TEST_CASE("Library versions name GDAL 3, GEOS 3, PROJ 9 and SQLite 3", "[gis][library]")
{
    const std::string versions = seatplan::gis::libraryVersions();
    CHECK(versions.find("GDAL 3.") != std::string::npos);
    CHECK(versions.find("GEOS 3.") != std::string::npos);
    CHECK(versions.find("PROJ 9.") != std::string::npos);
    CHECK(versions.find("SQLite 3.") != std::string::npos);
}

TEST_CASE("After initialize() GDAL has the drivers SeatPlan reads", "[gis][library]")
{
    seatplan::gis::initialize(); // a second call is harmless
    for (const char* driver : { "GPKG", "ESRI Shapefile", "GeoJSON", "CSV", "XLSX", "GTiff",
             "TopoJSON", "KML", "LIBKML", "MEM" }) {
        INFO(driver);
        if (std::string(driver) == "LIBKML" || std::string(driver) == "KML")
            continue; // one of the two suffices; checked below
        CHECK(GDALGetDriverByName(driver) != nullptr);
    }
    CHECK((GDALGetDriverByName("KML") || GDALGetDriverByName("LIBKML")));
}
