#include "seatplan/gis/crs.h"

#include "detail/proj_context.h"
#include "seatplan/gis/gis_error.h"

#include <cmath>
#include <cstdio>
#include <numbers>

namespace seatplan::gis {

using namespace detail;

namespace {

    // Krasovsky 1940 ellipsoid, as used by the published GCJ-02 formula.
    constexpr double kGcjA = 6378245.0;
    constexpr double kGcjEe = 0.00669342162296594323;
    constexpr double kPi = std::numbers::pi;
    constexpr double kBdPi = kPi * 3000.0 / 180.0;

    bool outsideChina(Coord c)
    {
        return c.x < 72.004 || c.x > 137.8347 || c.y < 0.8293 || c.y > 55.8271;
    }

    double shiftLat(double x, double y)
    {
        double r
            = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
        r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
        r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
        r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
        return r;
    }

    double shiftLon(double x, double y)
    {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
        r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
        r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
        r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
        return r;
    }

    int epsgCode(const std::string& crs)
    {
        if (crs.rfind("EPSG:", 0) != 0)
            return 0;
        return static_cast<int>(std::strtol(crs.c_str() + 5, nullptr, 10));
    }

    ProjPtr createCrs(const std::string& definition)
    {
        ProjContext& context = ProjContext::get();
        ProjPtr crs(proj_create(context.handle(), definition.c_str()));
        if (!crs)
            throw GisError({ {}, {}, std::nullopt, {},
                "not a CRS PROJ knows: '" + definition.substr(0, 80) + "' (" + context.lastError()
                    + ")" });
        return crs;
    }

} // namespace

std::string datumShiftName(DatumShift shift)
{
    switch (shift) {
    case DatumShift::Gcj02:
        return "GCJ-02";
    case DatumShift::Bd09:
        return "BD-09";
    case DatumShift::None:
        break;
    }
    return {};
}

Coord wgs84ToGcj02(Coord c)
{
    if (outsideChina(c))
        return c;
    double dLat = shiftLat(c.x - 105.0, c.y - 35.0);
    double dLon = shiftLon(c.x - 105.0, c.y - 35.0);
    const double radLat = c.y / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1 - kGcjEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kGcjA * (1 - kGcjEe)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kGcjA / sqrtMagic * std::cos(radLat) * kPi);
    return { c.x + dLon, c.y + dLat };
}

Coord gcj02ToWgs84(Coord gcj)
{
    if (outsideChina(gcj))
        return gcj;
    // Fixed-point iteration on the forward formula: the offset varies slowly, so a few steps
    // reach millimetres.
    Coord wgs = gcj;
    for (int i = 0; i < 10; ++i) {
        const Coord forward = wgs84ToGcj02(wgs);
        const double dx = forward.x - gcj.x;
        const double dy = forward.y - gcj.y;
        wgs.x -= dx;
        wgs.y -= dy;
        if (std::abs(dx) < 1e-10 && std::abs(dy) < 1e-10)
            break;
    }
    return wgs;
}

Coord bd09ToGcj02(Coord bd)
{
    const double x = bd.x - 0.0065;
    const double y = bd.y - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kBdPi);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kBdPi);
    return { z * std::cos(theta), z * std::sin(theta) };
}

CrsGuess guessCrs(const Extent& e, const std::string& projectCrs)
{
    CrsGuess guess;
    guess.guessed = true;
    guess.extent = e;
    if (e.isEmpty())
        return guess;
    char range[160];
    std::snprintf(
        range, sizeof range, "x %.6g..%.6g, y %.6g..%.6g", e.minX, e.maxX, e.minY, e.maxY);
    if (e.minX >= 72 && e.maxX <= 138 && e.minY >= 0 && e.maxY <= 56) {
        guess.crs = "EPSG:4326";
        guess.basis = CrsGuessBasis::LonLatChina;
        guess.reason = std::string(range)
            + " look like longitude/latitude in China; read as WGS84 (CGCS2000 differs by less "
              "than a metre). Data from Amap, Tencent or DataV is GCJ-02 and Baidu's is BD-09: "
              "say so with --source-crs gcj02 or bd09";
        return guess;
    }
    const bool chinaNorthing = e.minY >= 1.0e6 && e.maxY <= 6.0e6;
    if (chinaNorthing && e.minX >= 25.0e6 && e.maxX < 46.0e6
        && std::floor(e.minX / 1.0e6) == std::floor(e.maxX / 1.0e6)) {
        const int zone = static_cast<int>(std::floor(e.minX / 1.0e6));
        guess.crs = "EPSG:" + std::to_string(4513 + zone - 25);
        guess.basis = CrsGuessBasis::GaussKrugerZone;
        guess.zone = zone;
        guess.centralMeridian = zone * 3;
        guess.reason = std::string(range) + " look like 3-degree Gauss-Kruger with zone prefix "
            + std::to_string(zone) + " (central meridian " + std::to_string(zone * 3)
            + "E); read as CGCS2000 (Beijing 1954 / Xian 1980 data would be off by tens of metres)";
        return guess;
    }
    if (chinaNorthing && e.minX >= 3.0e5 && e.maxX <= 7.0e5) {
        int code = epsgCode(projectCrs);
        if (code < 4534 || code > 4554)
            code = 4548;
        guess.crs = "EPSG:" + std::to_string(code);
        guess.basis = CrsGuessBasis::GaussKrugerNoZone;
        guess.centralMeridian = 75 + 3 * (code - 4534);
        guess.reason = std::string(range)
            + " look like 3-degree Gauss-Kruger metres without zone prefix; read with the "
              "project's central meridian ("
            + std::to_string(guess.centralMeridian) + "E, CGCS2000)";
        return guess;
    }
    guess.basis = CrsGuessBasis::Unknown;
    guess.reason = std::string(range) + " match no CRS SeatPlan can guess; give --source-crs";
    return guess;
}

bool isGeographic(const std::string& crs)
{
    ProjPtr object = createCrs(crs);
    const PJ_TYPE type = proj_get_type(object.get());
    return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
}

bool sameCrs(const std::string& a, const std::string& b)
{
    if (a == b)
        return true;
    ProjPtr first = createCrs(a);
    ProjPtr second = createCrs(b);
    return proj_is_equivalent_to_with_ctx(ProjContext::get().handle(), first.get(), second.get(),
               PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS)
        != 0;
}

struct CoordinateTransform::Impl {
    ProjPtr transform; // null for identity
    DatumShift shift = DatumShift::None;
};

CoordinateTransform::CoordinateTransform(
    const std::string& sourceCrs, const std::string& targetCrs, DatumShift shift)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->shift = shift;
    if (shift != DatumShift::None && !isGeographic(sourceCrs))
        throw GisError({ {}, {}, std::nullopt, {},
            datumShiftName(shift) + " correction needs lon/lat input, but the source CRS is "
                + sourceCrs });
    if (sameCrs(sourceCrs, targetCrs))
        return;
    ProjContext& context = ProjContext::get();
    ProjPtr source = createCrs(sourceCrs);
    ProjPtr target = createCrs(targetCrs);
    ProjPtr raw(proj_create_crs_to_crs_from_pj(
        context.handle(), source.get(), target.get(), nullptr, nullptr));
    if (!raw)
        throw GisError({ {}, {}, std::nullopt, {},
            "PROJ cannot transform " + sourceCrs.substr(0, 80) + " to " + targetCrs + " ("
                + context.lastError() + ")" });
    // Axis order explicitly: x = easting/longitude, y = northing/latitude on both sides.
    m_impl->transform.reset(proj_normalize_for_visualization(context.handle(), raw.get()));
    if (!m_impl->transform)
        throw GisError({ {}, {}, std::nullopt, {},
            "PROJ cannot normalise the axis order (" + context.lastError() + ")" });
}

CoordinateTransform::~CoordinateTransform() = default;
CoordinateTransform::CoordinateTransform(CoordinateTransform&&) noexcept = default;
CoordinateTransform& CoordinateTransform::operator=(CoordinateTransform&&) noexcept = default;

bool CoordinateTransform::isIdentity() const
{
    return !m_impl->transform && m_impl->shift == DatumShift::None;
}

void CoordinateTransform::transform(std::vector<Coord>& coords) const
{
    if (m_impl->shift == DatumShift::Gcj02) {
        for (Coord& c : coords)
            c = gcj02ToWgs84(c);
    } else if (m_impl->shift == DatumShift::Bd09) {
        for (Coord& c : coords)
            c = gcj02ToWgs84(bd09ToGcj02(c));
    }
    if (!m_impl->transform || coords.empty())
        return;
    proj_trans_generic(m_impl->transform.get(), PJ_FWD, &coords[0].x, sizeof(Coord), coords.size(),
        &coords[0].y, sizeof(Coord), coords.size(), nullptr, 0, 0, nullptr, 0, 0);
    for (Coord& c : coords) {
        if (c.x == HUGE_VAL || c.y == HUGE_VAL) {
            c.x = std::nan("");
            c.y = std::nan("");
        }
    }
}

Coord CoordinateTransform::transform(Coord c) const
{
    std::vector<Coord> one { c };
    transform(one);
    return one[0];
}

} // namespace seatplan::gis
