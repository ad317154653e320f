#include "seatplan/core/siting/candidate_filter.h"

#include "seatplan/core/errors.h"

#include <algorithm>
#include <cmath>

namespace seatplan::core {

SiteClearances siteClearances(const Standards& standards)
{
    return { standards.railwayClearance, standards.arterialClearance };
}

std::vector<SizeOption> standardSizeOptions(const std::vector<double>& classes, double classSize,
    double landPerStudentM2, double schoolSizeCap)
{
    if (!(classSize > 0.0) || landPerStudentM2 < 0.0 || !(schoolSizeCap > 0.0)) {
        throw InvalidInput("standard school sizes: class size and size cap must be positive and "
                           "land per student >= 0");
    }
    std::vector<SizeOption> sizes;
    for (double count : classes) {
        if (!(count > 0.0) || count != std::floor(count)) {
            throw InvalidInput("standard school sizes: a size must be a positive whole number of "
                               "classes");
        }
        const double seats = std::min(count * classSize, schoolSizeCap);
        sizes.push_back({ static_cast<int>(count), seats, seats * landPerStudentM2 });
    }
    return sizes;
}

std::vector<SizeOption> sizesFittingPlot(const std::vector<SizeOption>& sizes, double plotAreaM2)
{
    std::vector<SizeOption> fitting;
    std::copy_if(sizes.begin(), sizes.end(), std::back_inserter(fitting),
        [plotAreaM2](const SizeOption& size) { return size.landM2 <= plotAreaM2; });
    return fitting;
}

PlotRejection checkPlot(const PlotSurroundings& plot, const std::vector<SizeOption>& sizes,
    const SiteClearances& clearances)
{
    if (plot.railwayDistanceM && *plot.railwayDistanceM < clearances.railwayM) {
        return PlotRejection::NearRailway;
    }
    if (plot.arterialDistanceM && *plot.arterialDistanceM < clearances.arterialM) {
        return PlotRejection::NearArterial;
    }
    if (sizesFittingPlot(sizes, plot.areaM2).empty()) {
        return PlotRejection::TooSmall;
    }
    return PlotRejection::None;
}

} // namespace seatplan::core
