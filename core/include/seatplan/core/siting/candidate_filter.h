#pragma once

#include "seatplan/core/siting/siting_problem.h"
#include "seatplan/core/standards.h"

#include <optional>
#include <vector>

namespace seatplan::core {

/**
 * Minimum distances between a school's teaching buildings and noise sources (GB 50099-2011
 * 4.1.6: >= 300 m from railway tracks, >= 80 m from expressways and urban arterial roads).
 * The caller takes them from core::Standards; no default here, so no number hides in code.
 */
struct SiteClearances {
    double railwayM = 0.0;
    double arterialM = 0.0;
};

/// Returns the clearances of `standards` (siting.railway_clearance, siting.arterial_clearance).
SiteClearances siteClearances(const Standards& standards);

/// What the gis layer measured around a candidate plot.
struct PlotSurroundings {
    double areaM2 = 0.0; ///< plot area in the project CRS, m²
    /// Distance from the plot to the nearest railway, metres; nullopt when the project has no
    /// railway layer (the rule is then not checked).
    std::optional<double> railwayDistanceM;
    /// Distance to the nearest expressway or arterial road, metres; nullopt = no such layer.
    std::optional<double> arterialDistanceM;
};

/// Why a plot cannot take a new school (None = it can).
enum class PlotRejection {
    None,
    TooSmall, ///< no size option's land fits on the plot
    NearRailway, ///< closer to a railway than SiteClearances::railwayM
    NearArterial, ///< closer to an expressway or arterial than SiteClearances::arterialM
};

/**
 * Returns the standard size options of a level: for each number of classes, seats = classes x
 * classSize (capped at schoolSizeCap) and land = seats x landPerStudentM2. All numbers come
 * from core::Standards (standard sizes, class size, school cap, land per student). Throws
 * InvalidInput for a non-positive class size or a non-positive number of classes.
 */
std::vector<SizeOption> standardSizeOptions(const std::vector<double>& classes, double classSize,
    double landPerStudentM2, double schoolSizeCap);

/// Returns the options of `sizes` whose land fits on a plot of `plotAreaM2` (order kept).
std::vector<SizeOption> sizesFittingPlot(const std::vector<SizeOption>& sizes, double plotAreaM2);

/// Returns why a plot is unsuitable for any of `sizes`, or PlotRejection::None.
PlotRejection checkPlot(const PlotSurroundings& plot, const std::vector<SizeOption>& sizes,
    const SiteClearances& clearances);

} // namespace seatplan::core
