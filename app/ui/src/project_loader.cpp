#include "seatplan/ui/project_loader.h"

#include "seatplan/core/analyze.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_lock.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/base_styles.h"
#include "seatplan/render/scenario_loader.h"

#include <QCoreApplication>

#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <exception>
#include <stdexcept>

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

core::AnalysisOptions appAnalysisOptions()
{
    core::AnalysisOptions options;
    // All three projections: the results dock switches between them.
    options.variants = { core::Variant::Low, core::Variant::Medium, core::Variant::High };
    return options;
}

namespace {

    struct LoaderText {
        Q_DECLARE_TR_FUNCTIONS(ProjectLoader)
    };

    /// Takes the edit lock and opens the project for writing, or read-only with the reason.
    void openProject(const QString& path, LoadedProject& out)
    {
        const std::string file = path.toStdString();
        if (const auto fs = gis::networkFileSystem(file))
            out.networkFileSystem = QString::fromStdString(*fs);
        std::shared_ptr<gis::ProjectLock> lock;
        try {
            lock = std::make_shared<gis::ProjectLock>(file);
        } catch (const std::exception& e) {
            out.readOnlyReason = LoaderText::tr("The project cannot be locked for editing: %1")
                                     .arg(QString::fromStdString(e.what()));
        }
        if (lock && lock->held()) {
            out.project = std::make_shared<gis::Project>(gis::Project::open(file));
            out.lock = std::move(lock);
            return;
        }
        if (lock) {
            const auto& holder = lock->otherHolder();
            out.readOnlyReason = holder
                ? LoaderText::tr("The project is open in another SeatPlan (process %1 on %2 since "
                                 "%3).")
                      .arg(holder->pid)
                      .arg(QString::fromStdString(holder->host),
                          QString::fromStdString(holder->since))
                : LoaderText::tr("The project is open in another SeatPlan.");
        }
        out.project = std::make_shared<gis::Project>(gis::Project::openReadOnly(file));
    }

    /// Counts the journal edits of every scenario after a crashed session (stale lock).
    void findRecovered(LoadedProject& out)
    {
        if (!out.lock || !out.lock->tookOverStale())
            return;
        const gis::ScenarioStore store(*out.project);
        for (const gis::ScenarioRow& row : store.list()) {
            const auto edits = store.activeEdits(row.name);
            if (!edits.empty())
                out.recovered.push_back(
                    { QString::fromStdString(row.name), static_cast<int>(edits.size()) });
        }
    }

    /// Loads the active scenario (the last one used, else the base) and analyses it; a project
    /// without what core needs (no cohorts, no catchments) still opens, with the reason in
    /// analysisNote.
    void analyse(gis::Project& project, LoadedProject& out)
    {
        try {
            std::string name = gis::kBaseScenario;
            if (const auto last = project.metadata(kActiveScenarioKey);
                last && gis::ScenarioStore(project).exists(*last))
                name = *last;
            render::LoadedScenario loaded = render::loadScenario(project, name);
            out.standards = loaded.inputs.standards;
            out.inputs = std::make_shared<const core::PlanningInputs>(std::move(loaded.inputs));
            out.scenario = std::move(loaded.scenario);
            out.results = std::make_shared<const core::Results>(
                core::analyze(*out.inputs, out.scenario, appAnalysisOptions()));
        } catch (const std::exception& e) {
            out.results.reset();
            out.analysisNote = QString::fromStdString(e.what());
        }
    }

} // namespace

LoadedProject loadProject(const QString& path, const LoadProgress& progress)
{
    LoadedProject out;
    out.path = path;
    out.title = QFileInfo(path).completeBaseName();
    try {
        openProject(path, out);
        gis::Project& project = *out.project;
        out.crs = QString::fromStdString(project.crs());
        if (const auto title = project.metadata("title"))
            out.title = QString::fromStdString(*title);
        const std::vector<gis::LayerInfo> infos = project.layers();
        const int total = static_cast<int>(infos.size()) + (project.hasPopulationRaster() ? 1 : 0)
            + 1; // the analysis
        int done = 0;
        const auto step = [&] {
            if (progress && !progress(++done, total))
                throw std::runtime_error(LoaderText::tr("Opening cancelled").toStdString());
        };
        for (const gis::LayerInfo& info : infos) {
            auto layer = std::make_shared<gis::VectorLayer>(project.readLayer(info.name));
            MapLayer m;
            m.id = QString::fromStdString(info.name);
            m.data = std::make_shared<const render::LayerData>(layer);
            m.baseStyle = render::defaultStyle(*layer);
            m.style = std::make_shared<const render::LayerStyle>(m.baseStyle);
            // Detail layers start hidden: the planner turns them on when needed.
            m.visible = m.id != QLatin1String("zones") && m.id != QLatin1String("developments");
            out.layers.push_back(std::move(m));
            step();
        }
        if (project.hasPopulationRaster()) {
            MapLayer m;
            m.id = QLatin1String(kPopulationLayerId);
            m.raster = std::make_shared<const render::RasterData>(project.readPopulationRaster());
            m.style = std::make_shared<const render::LayerStyle>();
            m.visible = false;
            m.opacity = 0.8;
            out.layers.push_back(std::move(m));
            step();
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
        findRecovered(out);
        analyse(project, out);
        step();
    } catch (const std::exception& e) {
        out.error = QString::fromStdString(e.what());
        out.project.reset(); // closes the file and releases the lock
        out.lock.reset();
    }
    return out;
}

} // namespace seatplan::ui
