#include "seatplan/ui/project_loader.h"

#include "seatplan/core/analyze.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_loader.h"
#include "seatplan/render/base_styles.h"

#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <exception>

namespace seatplan::ui {

int drawRank(const QString& layerId)
{
    static const QStringList order { QStringLiteral("landuse"), QLatin1String(kPopulationLayerId),
        QStringLiteral("zones"), QStringLiteral("catchments"), QStringLiteral("towns"),
        QStringLiteral("counties"), QStringLiteral("roads"), QStringLiteral("developments"),
        QStringLiteral("plots"), QStringLiteral("schools") };
    const auto i = order.indexOf(layerId);
    return i < 0 ? static_cast<int>(order.size()) : static_cast<int>(i);
}

namespace {

    /// Loads the planning inputs and analyses the base scenario; a project without what core
    /// needs (no cohorts, no catchments) still opens, with the reason in analysisNote.
    void analyse(const gis::Project& project, LoadedProject& out)
    {
        try {
            const core::PlanningInputs inputs = gis::loadPlanningInputs(project);
            out.standards = inputs.standards;
            core::AnalysisOptions options;
            // All three projections: the results dock switches between them.
            options.variants = { core::Variant::Low, core::Variant::Medium, core::Variant::High };
            out.results = std::make_shared<const core::Results>(
                core::analyze(inputs, core::Scenario {}, options));
        } catch (const std::exception& e) {
            out.analysisNote = QString::fromStdString(e.what());
        }
    }

} // namespace

LoadedProject loadProject(const QString& path)
{
    LoadedProject out;
    out.path = path;
    out.title = QFileInfo(path).completeBaseName();
    try {
        const gis::Project project = gis::Project::openReadOnly(path.toStdString());
        out.crs = QString::fromStdString(project.crs());
        if (const auto title = project.metadata("title"))
            out.title = QString::fromStdString(*title);
        for (const gis::LayerInfo& info : project.layers()) {
            auto layer = std::make_shared<gis::VectorLayer>(project.readLayer(info.name));
            MapLayer m;
            m.id = QString::fromStdString(info.name);
            m.data = std::make_shared<const render::LayerData>(layer);
            m.baseStyle = render::defaultStyle(*layer);
            m.style = std::make_shared<const render::LayerStyle>(m.baseStyle);
            // Detail layers start hidden: the planner turns them on when needed.
            m.visible = m.id != QLatin1String("zones") && m.id != QLatin1String("developments");
            out.layers.push_back(std::move(m));
        }
        if (project.hasPopulationRaster()) {
            MapLayer m;
            m.id = QLatin1String(kPopulationLayerId);
            m.raster = std::make_shared<const render::RasterData>(project.readPopulationRaster());
            m.style = std::make_shared<const render::LayerStyle>();
            m.visible = false;
            m.opacity = 0.8;
            out.layers.push_back(std::move(m));
        }
        std::stable_sort(out.layers.begin(), out.layers.end(),
            [](const MapLayer& a, const MapLayer& b) { return drawRank(a.id) < drawRank(b.id); });

        for (const gis::StandardRow& row : project.standards()) {
            try {
                out.standards.set(row.key, row.value);
                out.overriddenKeys.push_back(QString::fromStdString(row.key));
            } catch (const std::exception&) {
                // An unknown key is reported by the standards panel, not fatal here.
            }
        }
        analyse(project, out);
    } catch (const std::exception& e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

} // namespace seatplan::ui
