#include "seatplan/ui/plot_spatial_checks.h"

#include "seatplan/gis/plot_checks.h"
#include "seatplan/gis/project.h"
#include "seatplan/ui/plan_document.h"

#include <exception>

namespace seatplan::ui {

namespace {

    // Land-use classes (third national land survey names) where no school may be built.
    const char* const kRestrictedClasses[] = { "永久基本农田", "生态保护红线", "洪涝风险区" };

    bool isContractLayer(const QString& id)
    {
        namespace l = gis::layers;
        for (const char* n : { l::kCounties, l::kTowns, l::kZones, l::kSchools, l::kCatchments,
                 l::kPlots, l::kDevelopments, l::kLanduse, l::kRoads })
            if (id == QLatin1String(n))
                return true;
        return false;
    }

    // Nine- and twelve-year schools teach junior grades: the junior radius applies.
    core::Level radiusLevel(const std::string& plannedLevel)
    {
        return plannedLevel == "junior" || plannedLevel == "nine_year"
                || plannedLevel == "twelve_year"
            ? core::Level::Junior
            : core::Level::Primary;
    }

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
            && !isContractLayer(layer.id))
            constraints.push_back(layer.data->layer());
    }
    const core::Standards& standards = document.standards();
    for (const core::Level level : { core::Level::Primary, core::Level::Junior }) {
        gis::VectorLayer part = plots;
        part.features.clear();
        for (std::size_t i = 0; i < plots.features.size(); ++i)
            if (radiusLevel(gis::toText(plots.value(i, "planned_level"))) == level)
                part.features.push_back(plots.features[i]);
        if (part.features.empty())
            continue;
        gis::PlotCheckOptions options;
        options.serviceRadius = standards.serviceRadius[static_cast<std::size_t>(level)];
        options.railwayBuffer = standards.railwayClearance;
        options.arterialBuffer = standards.arterialClearance;
        std::vector<gis::PlotCheck> checks;
        try {
            checks = gis::checkPlots(part, zones, layerOf(document, gis::layers::kCatchments),
                layerOf(document, gis::layers::kLanduse), layerOf(document, gis::layers::kRoads),
                constraints, options);
        } catch (const std::exception&) {
            continue; // the register still shows the non-spatial checks
        }
        for (const gis::PlotCheck& c : checks) {
            PlotSpatialCheck check;
            check.serviceRadius = options.serviceRadius;
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
    }
    return out;
}

} // namespace seatplan::ui
