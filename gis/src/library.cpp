#include "seatplan/gis/library.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <geos_c.h>
#include <proj.h>
#include <sqlite3.h>

#include <mutex>

namespace seatplan::gis {

void initialize()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Chinese file names arrive as UTF-8 from both Qt and the CLI.
        CPLSetConfigOption("GDAL_FILENAME_IS_UTF8", "YES");
        GDALAllRegister();
    });
}

std::string libraryVersions()
{
    const PJ_INFO proj = proj_info();
    std::string text = "GDAL ";
    text += GDALVersionInfo("RELEASE_NAME");
    text += ", GEOS ";
    text += GEOSversion();
    text += ", PROJ ";
    text += proj.version ? proj.version : "?";
    text += ", SQLite ";
    text += sqlite3_libversion();
    return text;
}

} // namespace seatplan::gis
