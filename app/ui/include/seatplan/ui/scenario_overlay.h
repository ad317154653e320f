#pragma once

#include "seatplan/core/scenario.h"
#include "seatplan/render/map_snapshot.h"
#include "seatplan/render/scenario_layers.h"
#include "seatplan/render/thematic_styler.h"

#include <QObject>
#include <QThreadPool>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace seatplan::ui {

class PlanDocument;
struct ChangeEvent;

/**
 * What the map draws of the active scenario in place of the project's stored layers, and a
 * siting proposal on top of everything.
 *
 * Under a named scenario (not the base) of a project with a `zones` layer:
 * - catchments(): the scenario's catchments of the document's level (base plus its catchment
 *   edits), each the GEOS union of its zones (render::CatchmentDissolver), styled like the
 *   catchments layer (shortfall colours when catchments are the shortfall scope);
 * - schools(): the schools layer plus the schools the scenario adds at their NewSchoolEdit
 *   location, styled like the schools layer with a "new" ring (render::withNewSchools).
 * The geometry is rebuilt only when the scenario's catchments of the level or its new schools
 * change (a Reset, a Scenario change that touches them, or a level change) and only the changed
 * catchments are dissolved again; results, year and style changes only restyle. Panning never
 * rebuilds. The dissolve runs on the overlay's worker thread with the document's shared
 * dissolver (the first one of a scenario takes seconds on the sample): the window stays
 * responsive and catchments() appears, or is replaced, when it is done (changed() is emitted);
 * until then the map draws the project's own catchments (or the previous dissolve of the same
 * scenario and level). A newer rebuild supersedes a dissolve still running.
 *
 * The proposal (setProposal(), e.g. a siting run's render::sitingEdits) shows its new schools
 * as squares at their locations and the catchments it adds for them, each site in its own
 * colour, until clearProposal() or a Reset.
 *
 * The snapshot layers carry ids "scenario-catchments", "scenario-schools",
 * "proposal-catchments" and "proposal-schools" and their own revisions (render cache keys).
 * Borrows the document. GUI thread only.
 */
class ScenarioOverlay : public QObject {
    Q_OBJECT
public:
    explicit ScenarioOverlay(PlanDocument* document, QObject* parent = nullptr);
    ~ScenarioOverlay() override;

    /// The scenario's catchments, drawn instead of the project's; nothing under the base.
    const std::optional<render::SnapshotLayer>& catchments() const { return m_catchments; }
    /// The schools with the scenario's new ones, drawn instead of the project's; nothing
    /// under the base or when the scenario adds no placed school.
    const std::optional<render::SnapshotLayer>& schools() const { return m_schools; }
    /// The proposal's catchments and schools (drawn on top); empty when there is none.
    std::vector<render::SnapshotLayer> proposalLayers() const;

    /// Shows `edits` (new schools with locations and the catchments served by them) as a
    /// proposal; an empty list clears it.
    void setProposal(const std::vector<core::ScenarioEdit>& edits);
    void clearProposal() { setProposal({}); }

    /// Number of catchments dissolved since the project was opened, by the map or the
    /// contiguity check (tests: rebuilds happen only when catchments change).
    int dissolvedCount() const;
    /// True while a dissolve started by a rebuild has not been delivered to the GUI thread.
    bool dissolving() const { return m_pending; }
    /// Blocks until the running dissolve finished and delivers it (tests).
    void waitForDissolve();

    /// The thematic options of the document (year, level, variant, scope, rings).
    static render::ThematicOptions optionsOf(const PlanDocument& document);

signals:
    /// The overlay changed: the map should render again.
    void changed();

private:
    void onDocumentChanged(const ChangeEvent& event);
    /// Rebuilds the scenario layers when what they show changed; returns true if it did.
    bool rebuild();
    /// Starts dissolving `catchments` of `level` on the worker; delivered by generation.
    void startDissolve(std::vector<core::Catchment> catchments, core::Level level);
    void restyle();

    PlanDocument* m_document;
    std::shared_ptr<const render::LayerData> m_catchmentData;
    std::shared_ptr<const render::LayerData> m_schoolData;
    std::optional<render::SnapshotLayer> m_catchments;
    std::optional<render::SnapshotLayer> m_schools;
    std::optional<render::SnapshotLayer> m_proposalCatchments;
    std::optional<render::SnapshotLayer> m_proposalSchools;
    /// What the scenario layers were built from (rebuild only when it changes).
    std::vector<core::Catchment> m_builtCatchments;
    std::vector<std::string> m_builtSchools; ///< one key per new school: id, name, type, place
    std::optional<core::Level> m_builtLevel;
    std::string m_builtScenario;
    std::uint64_t m_revision = 0;
    std::uint64_t m_generation = 0; ///< of the newest dissolve started
    bool m_pending = false;
    QThreadPool m_pool; // last: destroyed (joined) first
};

} // namespace seatplan::ui
