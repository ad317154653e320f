#include "seatplan/render/geographic.h"

#include <cmath>
#include <numbers>

namespace seatplan::render {

namespace {

    // CGCS2000 ellipsoid and the 3-degree GK grid (EPSG:4534-4554: CM 75E + 3 per code).
    constexpr double kSemiMajor = 6378137.0;
    constexpr double kFlattening = 1.0 / 298.257222101;
    constexpr double kFalseEasting = 500000.0;
    constexpr int kFirstCode = 4534;
    constexpr int kLastCode = 4554;
    constexpr double kFirstMeridian = 75.0;
    constexpr double kZoneWidth = 3.0;

} // namespace

std::optional<QPointF> toLonLat(const QString& crs, QPointF xy)
{
    if (!crs.startsWith(QLatin1String("EPSG:"), Qt::CaseInsensitive))
        return std::nullopt;
    bool ok = false;
    const int code = crs.mid(5).toInt(&ok);
    if (!ok || code < kFirstCode || code > kLastCode)
        return std::nullopt;
    const double lon0 = kFirstMeridian + kZoneWidth * (code - kFirstCode);

    const double e2 = kFlattening * (2.0 - kFlattening);
    const double ep2 = e2 / (1.0 - e2);
    const double e4 = e2 * e2;
    const double e6 = e4 * e2;
    const double mu = xy.y() / (kSemiMajor * (1.0 - e2 / 4.0 - 3.0 * e4 / 64.0 - 5.0 * e6 / 256.0));
    const double s = std::sqrt(1.0 - e2);
    const double e1 = (1.0 - s) / (1.0 + s);
    const double phi1 = mu + (3.0 * e1 / 2.0 - 27.0 * std::pow(e1, 3) / 32.0) * std::sin(2 * mu)
        + (21.0 * e1 * e1 / 16.0 - 55.0 * std::pow(e1, 4) / 32.0) * std::sin(4 * mu)
        + (151.0 * std::pow(e1, 3) / 96.0) * std::sin(6 * mu)
        + (1097.0 * std::pow(e1, 4) / 512.0) * std::sin(8 * mu);
    const double sin1 = std::sin(phi1);
    const double cos1 = std::cos(phi1);
    const double tan1 = std::tan(phi1);
    const double c1 = ep2 * cos1 * cos1;
    const double t1 = tan1 * tan1;
    const double w = 1.0 - e2 * sin1 * sin1;
    const double n1 = kSemiMajor / std::sqrt(w);
    const double r1 = kSemiMajor * (1.0 - e2) / std::pow(w, 1.5);
    const double d = (xy.x() - kFalseEasting) / n1;
    const double phi = phi1
        - (n1 * tan1 / r1)
            * (d * d / 2.0
                - (5.0 + 3.0 * t1 + 10.0 * c1 - 4.0 * c1 * c1 - 9.0 * ep2) * std::pow(d, 4) / 24.0
                + (61.0 + 90.0 * t1 + 298.0 * c1 + 45.0 * t1 * t1 - 252.0 * ep2 - 3.0 * c1 * c1)
                    * std::pow(d, 6) / 720.0);
    const double lambda
        = (d - (1.0 + 2.0 * t1 + c1) * std::pow(d, 3) / 6.0
              + (5.0 - 2.0 * c1 + 28.0 * t1 - 3.0 * c1 * c1 + 8.0 * ep2 + 24.0 * t1 * t1)
                  * std::pow(d, 5) / 120.0)
        / cos1;
    constexpr double kDegrees = 180.0 / std::numbers::pi;
    return QPointF(lon0 + lambda * kDegrees, phi * kDegrees);
}

} // namespace seatplan::render
