#include "seatplan/core/development.h"

#include "seatplan/core/errors.h"

#include <cmath>

namespace seatplan::core {

int standardSchoolSize(SchoolType type, int classes, const Standards& standards)
{
    const auto& sizes = type == SchoolType::NineYear || type == SchoolType::TwelveYear
        ? standards.standardSizesNineYear
        : (type == SchoolType::Junior ? standards.standardSizesJunior
                                      : standards.standardSizesPrimary);
    for (const double size : sizes)
        if (size >= classes)
            return static_cast<int>(size);
    return 0;
}

double plotLandNeeded(const Plot& plot, const Standards& s)
{
    if (plot.plannedClasses <= 0 || !plot.plannedType)
        return 0;
    const auto& land = plot.cityCentre ? s.landPerStudentCityCentre : s.landPerStudent;
    const auto seatsLand = [&](Level level, double classes) {
        const auto l = static_cast<std::size_t>(level);
        return classes * s.classSize[l] * land[l];
    };
    switch (*plot.plannedType) {
    case SchoolType::Primary:
    case SchoolType::TeachingPoint:
        return seatsLand(Level::Primary, plot.plannedClasses);
    case SchoolType::Junior:
        return seatsLand(Level::Junior, plot.plannedClasses);
    case SchoolType::NineYear:
    case SchoolType::TwelveYear: {
        // Standard nine-year sizes (18/27/36/45) are two thirds primary classes.
        const double primary = std::round(plot.plannedClasses * 2.0 / 3.0);
        return seatsLand(Level::Primary, primary)
            + seatsLand(Level::Junior, plot.plannedClasses - primary);
    }
    }
    return 0;
}

DevelopmentResult evaluateDevelopment(const Development& d, const Plot* plot, const Standards& s)
{
    if (d.siteAreaM2 < 0 || d.farOld < 0 || d.farNew < 0 || d.dwellings < 0 || d.floorAreaM2 < 0
        || d.residentialShare < 0 || d.residentialShare > 1)
        throw InvalidInput("development '" + d.id
            + "': areas, floor-area ratios and dwellings must not be negative and the "
              "residential share must be in 0-1");
    DevelopmentResult r;
    r.developmentId = d.id;
    const double far = d.farNew > 0 ? d.farNew : d.farOld;
    r.floorAreaM2 = d.floorAreaM2 > 0 ? d.floorAreaM2 : d.siteAreaM2 * far * d.residentialShare;
    r.dwellings = d.dwellings > 0 ? d.dwellings : r.floorAreaM2 / s.floorAreaPerDwelling;
    r.residents = r.dwellings * s.personsPerHousehold;
    double totalLand = 0;
    for (int l = 0; l < kLevelCount; ++l) {
        const auto level = static_cast<Level>(l);
        r.seats[l] = r.residents * s.seatsPer1000(level) / 1000.0;
        r.classes[l] = static_cast<int>(std::ceil(r.seats[l] / s.classSize[l] - 1e-9));
        r.standardSize[l] = r.classes[l] > 0
            ? standardSchoolSize(
                level == Level::Primary ? SchoolType::Primary : SchoolType::Junior, r.classes[l], s)
            : 0;
        // Land for the standard school it calls for; beyond the largest size, the classes.
        const int classes = r.standardSize[l] > 0 ? r.standardSize[l] : r.classes[l];
        r.landNeededM2[l] = classes * s.classSize[l] * s.landPerStudent[l];
        totalLand += r.landNeededM2[l];
        // FAR raised F0 -> F1: seats grow in proportion to floor area (STANDARDS.md 5.3).
        if (d.farOld > 0 && d.farNew > d.farOld)
            r.extraSeatsFromFar[l] = r.seats[l] * (d.farNew - d.farOld) / d.farNew;
    }
    if (plot) {
        r.plotId = plot->id;
        r.plotAreaM2 = plot->areaM2;
    }
    r.plotAdequate = plot != nullptr && plot->areaM2 >= totalLand;
    return r;
}

} // namespace seatplan::core
