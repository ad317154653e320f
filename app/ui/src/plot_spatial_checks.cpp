#include "seatplan/ui/plot_spatial_checks.h"

#include "seatplan/gis/plot_checks.h"
#include "seatplan/gis/project.h"
#include "seatplan/ui/plan_document.h"

#include <exception>

namespace seatplan::ui {

namespace {

    // Land-use classes (third national land survey names) where no school may be built.
    const char* const kRestrictedClasses[] = { "永久基本农田", "生态保护红线", "洪涝风险区" };

    const gis::VectorLayer& layerOf(const PlanDocument& document, const char* id)
    {
        static const gis::VectorLayer kEmpty;
        const MapLayer* layer = document.findLayer(QString::fromLatin1(id));
        return layer && layer->data ? layer->data->layer() : kEmpty;
    }

} // namespace

QHash<QString, PlotSpatialCheck> checkPlotsSpatially(const PlanDocument& document)
{
    QHash<QString, PlotSpatialCheck> out;
    const gis::VectorLayer& plots = layerOf(document, gis::layers::kPlots);
    if (plots.features.empty())
        return out;
    const gis::VectorLayer& zones = layerOf(document, gis::layers::kZones);
    std::vector<gis::VectorLayer> constraints;
    for (int i = 0; i < document.layerCount(); ++i) {
        const MapLayer& layer = document.layer(i);
        if (layer.data && layer.data->layer().kind == gis::GeometryKind::Polygon
            && !gis::layers::isContractLayer(layer.id.toStdString()))
            constraints.push_back(layer.data->layer());
    }
    const core::Standards& standards = document.standards();
    gis::PlotCheckOptions options;
    options.railwayBuffer = standards.railwayClearance;
    options.arterialBuffer = standards.arterialClearance;
    std::vector<gis::PlotCheck> checks;
    try {
        checks = gis::checkPlotsPerLevel(plots, zones, layerOf(document, gis::layers::kCatchments),
            layerOf(document, gis::layers::kLanduse), layerOf(document, gis::layers::kRoads),
            constraints, standards.serviceRadius, options);
    } catch (const std::exception&) {
        return out; // the register still shows the non-spatial checks
    }
    for (const gis::PlotCheck& c : checks) {
        PlotSpatialCheck check;
        const core::Level level
            = gis::plotServiceLevel(gis::toText(plots.value(c.plotIndex, "planned_level")));
        check.serviceRadius = standards.serviceRadius[static_cast<std::size_t>(level)];
        check.zonesInRadius = static_cast<int>(c.zonesInRadius.size());
        for (const std::size_t z : c.zonesInRadius)
            check.residentsInRadius += gis::toDouble(zones.value(z, "population")).value_or(0);
        for (const gis::PlotOverlap& o : c.overlaps) {
            bool restricted
                = o.source != "landuse" && o.source != "railway" && o.source != "arterial";
            for (const char* name : kRestrictedClasses)
                restricted = restricted || (o.source == "landuse" && o.category == name);
            if (restricted && o.share > 0.0)
                check.restricted << QStringLiteral("%1 %2%").arg(
                    QString::fromStdString(o.category), QString::number(o.share * 100, 'f', 1));
        }
        check.railwayOk = c.clearance.railwayOk;
        check.arterialOk = c.clearance.arterialOk;
        out.insert(QString::fromStdString(c.id), check);
    }
    return out;
}

} // namespace seatplan::ui
