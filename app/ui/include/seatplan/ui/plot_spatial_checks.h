#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace seatplan::ui {

class PlanDocument;

/// The spatial checks of one reserved plot (gis::checkPlots() on the open plan's layers).
struct PlotSpatialCheck {
    double serviceRadius = 0; ///< metres: of the plot's planned level (core::Standards)
    int zonesInRadius = 0; ///< demand zones within the radius
    double residentsInRadius = 0; ///< population of those zones (field `population`)
    /// Overlaps where a school may not be built: "永久基本农田 12.3%", "flood_zone 4.0%", ...
    QStringList restricted;
    bool railwayOk = true; ///< keeps siting.railway_clearance from railways
    bool arterialOk = true; ///< keeps siting.arterial_clearance from expressways and arterials
};

/**
 * Runs the plot register's spatial checks for every plot of the open plan, keyed by plot id:
 * zones and residents within the service radius of the plot's planned level (primary 500 m,
 * junior 1000 m by default; nine- and twelve-year schools use the junior radius), overlap with
 * the land-use classes where a school may not be built (permanent farmland, ecological red line,
 * flood risk area) and with any extra polygon layer of the project (a constraint layer such as
 * a flood zone), and the railway/arterial clearances. Empty when the plan has no plots.
 * GUI thread (reads the document); GEOS runs on the calling thread.
 */
QHash<QString, PlotSpatialCheck> checkPlotsSpatially(const PlanDocument& document);

} // namespace seatplan::ui
