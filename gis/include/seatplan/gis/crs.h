#pragma once

#include "seatplan/gis/vector_layer.h"

#include <memory>
#include <string>

namespace seatplan::gis {

/// A datum offset of Chinese web maps that no EPSG code describes, corrected by formula.
enum class DatumShift {
    None,
    Gcj02, ///< "Mars coordinates" of Amap / Tencent / DataV (lon/lat, ~560 m off at Meizhou)
    Bd09, ///< Baidu's offset on top of GCJ-02
};

/// Returns "GCJ-02", "BD-09" or "".
std::string datumShiftName(DatumShift shift);

/// What a CRS guess rests on (the app words it for the user from this and the numbers).
enum class CrsGuessBasis {
    None, ///< no coordinates to look at
    LonLatChina, ///< lon/lat within China: read as WGS84 (may be GCJ-02/BD-09 web-map data)
    GaussKrugerZone, ///< 8-digit eastings with a 3-degree zone prefix (`zone`)
    GaussKrugerNoZone, ///< 6-digit eastings: the project's central meridian (`centralMeridian`)
    Unknown, ///< nothing fits
};

/// A CRS guessed from coordinate ranges, with what the guess rests on (structured, no text for
/// the user; `reason` is the English wording used in error messages).
struct CrsGuess {
    std::string crs; ///< "EPSG:N" (or WKT); "" when nothing fits
    bool guessed = false; ///< true when not declared by the file
    CrsGuessBasis basis = CrsGuessBasis::None;
    Extent extent; ///< the coordinate ranges looked at (the file's x/y order and units)
    int zone = 0; ///< GaussKrugerZone: the 3-degree zone number (25-45)
    int centralMeridian = 0; ///< Gauss-Kruger bases: the central meridian, degrees east
    std::string reason; ///< English, e.g. "x 115.3..116.9, y 23.4..24.9 look like lon/lat ..."
};

/**
 * Guesses the CRS of coordinates with bounding box `extent` (in the file's x/y order):
 * lon/lat within China -> EPSG:4490 (CGCS2000; WGS84 is within a metre); 8-digit eastings
 * 38xxxxxx / 39xxxxxx -> CGCS2000 3-degree Gauss-Kruger zone 38 (EPSG:4526) / 39 (EPSG:4527) and
 * so on for zones 25-45; 6-digit eastings with China-range northings -> the 3-degree GK CRS
 * without zone prefix whose central meridian is that of `projectCrs` (when it is one; else
 * CM 117E, EPSG:4548). Returns an empty crs when nothing fits.
 */
CrsGuess guessCrs(const Extent& extent, const std::string& projectCrs);

/// Converts GCJ-02 lon/lat to WGS84 (iterated inverse of the published forward formula,
/// error < 1 cm). Outside China the input is returned unchanged (the offset is not applied
/// there).
Coord gcj02ToWgs84(Coord lonLat);
/// Converts WGS84 lon/lat to GCJ-02 (the published forward formula).
Coord wgs84ToGcj02(Coord lonLat);
/// Converts BD-09 lon/lat to GCJ-02 (Baidu's published formula, inverted).
Coord bd09ToGcj02(Coord lonLat);

/**
 * A coordinate transformation between two CRSs through PROJ, with x = easting/longitude and
 * y = northing/latitude on both sides whatever the CRS's official axis order
 * (proj_normalize_for_visualization). An optional GCJ-02/BD-09 correction is applied to the
 * source lon/lat first (the source CRS must then be geographic, e.g. EPSG:4326).
 *
 * Holds a PROJ object created in this thread's PROJ context: use it on the thread that made it.
 * Throws GisError when PROJ cannot build the transformation.
 */
class CoordinateTransform {
public:
    CoordinateTransform(const std::string& sourceCrs, const std::string& targetCrs,
        DatumShift shift = DatumShift::None);
    ~CoordinateTransform();
    CoordinateTransform(CoordinateTransform&&) noexcept;
    CoordinateTransform& operator=(CoordinateTransform&&) noexcept;

    /// Transforms every vertex in place; non-transformable vertices become NaN.
    void transform(std::vector<Coord>& coords) const;
    void transform(Geometry& geometry) const { transform(geometry.coords); }
    Coord transform(Coord c) const;
    /// Returns true when source and target are the same CRS and no shift applies.
    bool isIdentity() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Returns true when `crs` (anything PROJ accepts) is geographic (degrees).
bool isGeographic(const std::string& crs);
/// Returns true when two CRS definitions denote the same CRS.
bool sameCrs(const std::string& a, const std::string& b);

} // namespace seatplan::gis
