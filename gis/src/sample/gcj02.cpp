#include "gcj02.h"

#include <cmath>
#include <numbers>

namespace seatplan::gis::sample {

namespace {

    // Krasovsky 1940 ellipsoid, as used by the GCJ-02 formula.
    constexpr double kSemiMajor = 6378245.0;
    constexpr double kEccentricity2 = 0.00669342162296594323;
    constexpr double kPi = std::numbers::pi;

    double shiftLat(double x, double y)
    {
        double d = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y
            + 0.2 * std::sqrt(std::fabs(x));
        d += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
        d += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
        d += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
        return d;
    }

    double shiftLon(double x, double y)
    {
        double d = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
        d += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
        d += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
        d += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
        return d;
    }

    bool outsideChina(LonLat p)
    {
        return p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271;
    }

} // namespace

LonLat wgs84ToGcj02(LonLat wgs)
{
    if (outsideChina(wgs))
        return wgs;
    double dLat = shiftLat(wgs.lon - 105.0, wgs.lat - 35.0);
    double dLon = shiftLon(wgs.lon - 105.0, wgs.lat - 35.0);
    const double radLat = wgs.lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1 - kEccentricity2 * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kSemiMajor * (1 - kEccentricity2)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kSemiMajor / sqrtMagic * std::cos(radLat) * kPi);
    return { wgs.lon + dLon, wgs.lat + dLat };
}

LonLat gcj02ToWgs84(LonLat gcj)
{
    LonLat wgs = gcj;
    for (int i = 0; i < 6; ++i) {
        const LonLat forward = wgs84ToGcj02(wgs);
        wgs.lon -= forward.lon - gcj.lon;
        wgs.lat -= forward.lat - gcj.lat;
    }
    return wgs;
}

} // namespace seatplan::gis::sample
