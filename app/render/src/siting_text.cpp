#include "seatplan/render/siting_text.h"

#include <cmath>

namespace seatplan::render {

namespace {

    QString count(double value)
    {
        return QString::number(std::llround(value));
    }

} // namespace

QString SitingText::reason(const core::SiteExplanation& site, double radiusM)
{
    switch (site.reason) {
    case core::SiteReason::ClosesShortfall:
        return tr("Seats %1 children who had no place at the existing schools; %2 of its "
                  "children are newly within %3 m.")
            .arg(
                count(site.shortfallClosed), count(site.childrenNewlyWithinRadius), count(radiusM));
    case core::SiteReason::BringsWithinWalkingDistance:
        return tr("Puts %1 children newly within %2 m of their school.")
            .arg(count(site.childrenNewlyWithinRadius), count(radiusM));
    case core::SiteReason::ShortensTravel:
        break;
    }
    return tr("Shortens the mean trip of its %1 children from %2 m to %3 m.")
        .arg(count(site.childrenAssigned), count(site.meanDistanceBefore),
            count(site.meanDistanceAfter));
}

QString SitingText::exclusion(gis::PlotExclusion why)
{
    switch (why) {
    case gis::PlotExclusion::TooSmall:
        return tr("too small for the smallest standard school");
    case gis::PlotExclusion::NearRailway:
        return tr("closer to a railway than the clearance (GB 50099-2011)");
    case gis::PlotExclusion::NearArterial:
        return tr("closer to an expressway or arterial road than the clearance (GB 50099-2011)");
    case gis::PlotExclusion::OtherLevel:
        return tr("reserved for a school of another level");
    case gis::PlotExclusion::Built:
        return tr("already built");
    case gis::PlotExclusion::InScenario:
        return tr("the scenario already places a school there");
    }
    return {};
}

QStringList SitingText::notes(const gis::SitingSetupNotes& notes)
{
    QStringList out;
    if (!notes.roadsLayer)
        out << tr("The project has no roads layer: railway and arterial clearances were not "
                  "checked.");
    else {
        if (!notes.railways)
            out << tr("The roads layer has no railways: the railway clearance was not checked.");
        if (!notes.arterials)
            out << tr("The roads layer has no expressways or arterial roads: that clearance was "
                      "not checked.");
    }
    out << (notes.walkingDistances
            ? tr("Distances: walking along the roads layer.")
            : tr("Distances: straight-line (no local streets to walk along in the roads "
                 "layer)."));
    if (notes.schoolsWithoutLocation > 0)
        out << tr("Schools left out for want of a location: %1.").arg(notes.schoolsWithoutLocation);
    if (notes.zonesWithoutGeometry > 0)
        out << tr("Zones with children left out for want of a polygon: %1.")
                   .arg(notes.zonesWithoutGeometry);
    return out;
}

QString SitingText::objective(core::SitingObjective objective)
{
    switch (objective) {
    case core::SitingObjective::PMedian:
        return tr("shortest total travel");
    case core::SitingObjective::Coverage:
        return tr("most children within walking distance");
    case core::SitingObjective::MinCount:
        return tr("fewest new schools");
    }
    return {};
}

} // namespace seatplan::render
