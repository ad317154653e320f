#pragma once

#include "seatplan/core/analyze.h"
#include "seatplan/core/levels.h"
#include "seatplan/core/results.h"
#include "seatplan/core/scenario.h"
#include "seatplan/core/standards.h"
#include "seatplan/ui/map_layer.h"
#include "seatplan/ui/project_loader.h"

#include <QHash>
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QStringList>
#include <QUndoStack>

#include <memory>
#include <vector>

namespace seatplan::gis {
class Project;
class ProjectLock;
class ScenarioStore;
} // namespace seatplan::gis

namespace seatplan::render {
class CatchmentDissolver;
}

namespace seatplan::ui {

class AnalysisRunner;
struct AnalysisOutcome;

/// What changed in a PlanDocument; models map it to the narrowest update.
struct ChangeEvent {
    enum class Kind {
        Reset, ///< a project was opened or closed: everything changed
        LayerDisplay, ///< visibility or opacity of `layer`
        LayerStyle, ///< the drawn style (and revision) of `layer`
        LayerOrder, ///< the draw order
        Period, ///< year, level or thematic options
        Selection, ///< the selected features
        Results, ///< the analysis results
        /// the active scenario, its edits (an edit pushed, undone or redone) or the list of
        /// scenarios; Results follows once the scenario is re-analysed
        Scenario,
    };
    Kind kind = Kind::Reset;
    int layer = -1; ///< index of the layer for LayerDisplay / LayerStyle
};

/// Which administrative units are coloured by shortfall or surplus.
enum class ShortfallScope { Towns, Catchments, Counties };

/**
 * One open plan: its layers (shared immutable data), the analysis results, the period shown
 * (year, level), the selection and the undo stack. Emits changed() after every change.
 * Edits of layer display state arrive as QUndoCommands (layer_commands.h), which call the
 * setters here. Thematic styles follow the period and the results: the document re-resolves
 * the styles of the thematic layers and bumps only their revisions, so the render cache keeps
 * every other layer.
 *
 * Scenarios: the document keeps the open gis::Project (written through gis::ScenarioStore),
 * its edit lock and one active scenario: the base (read-only) or a named scenario with its
 * edit journal. pushEdit() and undo/redo of an edit write the journal on the calling thread,
 * then re-analyse on a worker thread (core::Analyzer, incremental when only catchments
 * changed): results() follow with a Results change once the newest scenario is analysed; a
 * newer edit supersedes an older computation, whose results are never published.
 * analysing() says whether results() still lag scenario(); waitForAnalysis() blocks until
 * they do not.
 *
 * GUI thread only (the worker only sees copies).
 */
class PlanDocument : public QObject {
    Q_OBJECT
public:
    /// The first and last year of the year slider when there are no results.
    static constexpr int kFirstYear = 2021;
    static constexpr int kLastYear = 2035;

    explicit PlanDocument(QObject* parent = nullptr);
    ~PlanDocument() override;

    /// Replaces everything with `project` (clears the undo stack).
    void reset(LoadedProject project);
    /// Closes the project file and releases its edit lock, keeping what is shown (read-only
    /// until the next reset()), so that the same file can be loaded again - e.g. after an import
    /// - without finding its own lock and opening read-only.
    void releaseProject();
    bool isOpen() const { return !m_path.isEmpty(); }
    const QString& path() const { return m_path; }
    const QString& crs() const { return m_crs; }
    const QString& title() const { return m_title; }

    int layerCount() const { return static_cast<int>(m_layers.size()); }
    /// Layer `index` in draw order (0 = bottom).
    const MapLayer& layer(int index) const { return m_layers.at(static_cast<std::size_t>(index)); }
    /// Returns the index of the layer `id`, or -1.
    int indexOf(const QString& id) const;
    /// Returns the vector layer `id`, or null.
    const MapLayer* findLayer(const QString& id) const;
    /// Returns the extent of all layers (map coordinates, see MapTransform).
    QRectF fullExtent() const;

    // Setters used by undo commands; each emits changed().
    void setLayerVisible(int index, bool visible);
    void setLayerOpacity(int index, double opacity);
    void moveLayer(int from, int to);
    /// Replaces the base style of vector layer `index` (thematic overrides are re-applied on
    /// top); bumps only that layer's revision, so the render cache keeps the others.
    void setLayerBaseStyle(int index, const render::LayerStyle& style);

    QUndoStack* undoStack() { return &m_undoStack; }

    int year() const { return m_year; }
    void setYear(int year);
    int firstYear() const;
    int lastYear() const;
    core::Level level() const { return m_level; }
    void setLevel(core::Level level);
    /// The population projection variant shown (low / medium / high birth scenario).
    core::Variant variant() const { return m_variant; }
    void setVariant(core::Variant variant);
    ShortfallScope shortfallScope() const { return m_scope; }
    void setShortfallScope(ShortfallScope scope);
    bool serviceRings() const { return m_rings; }
    void setServiceRings(bool on);

    const QString& selectionLayer() const { return m_selectionLayer; }
    const QSet<qint64>& selectedFids() const { return m_selected; }
    /// Selects `fids` of layer `layerId` (empty = clear the selection).
    void setSelection(const QString& layerId, const QSet<qint64>& fids);

    /// The analysis results, or null.
    const std::shared_ptr<const core::Results>& results() const { return m_results; }
    void setResults(std::shared_ptr<const core::Results> results, const QString& note = {});
    /// Why there are no results (empty when there are).
    const QString& analysisNote() const { return m_analysisNote; }
    /// How the catchments layer marks a catchment in pieces (with a red fill).
    static constexpr Qt::BrushStyle kFragmentedBrush = Qt::BDiagPattern;
    /// Catchments of the active scenario whose zones fall into several disconnected pieces:
    /// catchment id -> number of pieces (contiguity check, published with the results); the
    /// catchments layer hatches them red (kFragmentedBrush).
    const QHash<QString, int>& fragmentedCatchments() const { return m_fragmented; }
    /// True while the newest edit, undo or scenario switch is being re-analysed: results()
    /// are still those of an earlier state of scenario().
    bool analysing() const;
    /// Blocks until the newest re-analysis is published (its Results change emitted); returns
    /// at once when none is pending. For tests, the bench and callers that need the results.
    void waitForAnalysis();
    const core::Standards& standards() const { return m_standards; }
    const std::vector<QString>& overriddenStandards() const { return m_overridden; }

    // --- scenarios ---------------------------------------------------------------------------

    /// Returns the active scenario with the edits in effect (the base, with no edits, when no
    /// project is open or none was chosen). The reference stays valid until the next
    /// setActiveScenario(), reset() or scenario rename/delete.
    const core::Scenario& scenario() const { return *m_scenario; }
    /// Returns the scenario names, the base ("base") first, then by creation time.
    QStringList scenarioNames() const;
    /// Returns true when edits may be pushed: a named scenario (not the base) of a project
    /// opened for writing.
    bool scenarioEditable() const;
    /// True when the project is open read-only (another SeatPlan holds its lock, or it cannot
    /// be locked); readOnlyReason() says why.
    bool readOnly() const { return isOpen() && !m_lock; }
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    /// Makes `name` the active scenario: loads its inputs and journal edits, clears the undo
    /// stack (commands borrow the scenario they edit), remembers it in seatplan_metadata
    /// (kActiveScenarioKey) when writable and re-analyses. Emits Scenario then Results.
    /// Reports an unknown name or unreadable data through failed() and keeps the old one.
    void setActiveScenario(const QString& name);
    /// Returns the project's scenario store (null when no project is open). Prefer the
    /// document's create/duplicate/rename/remove below, which keep the document in step.
    gis::ScenarioStore* scenarioStore() { return m_store.get(); }
    /// Returns the inputs the active scenario starts from: the project's zones, schools,
    /// catchments (the rows the scenario uses, see gis::ScenarioStore::catchmentScenario()),
    /// plots and developments in the project CRS, before the scenario's edits; null when the
    /// project could not be analysed (see analysisNote()).
    const core::PlanningInputs* inputs() const { return m_inputs.get(); }
    /// Returns the dissolver of the zones layer (null without one), shared by the map
    /// overlay and the analysis worker's contiguity check; thread-safe, replaced at reset().
    std::shared_ptr<render::CatchmentDissolver> dissolver() const { return m_dissolver; }
    /**
     * Applies `edit` to the active scenario as one undoable command (ScenarioEditCommand on
     * undoStack()): written to the project journal before it takes effect, then re-analysed,
     * as after every undo and redo of it. Ignored (with failed()) when !scenarioEditable();
     * a journal that cannot be written is reported through failed() and changes nothing.
     * When an undo or redo cannot be written, failed() says so and the scenario is reloaded
     * from the journal with an empty undo stack (the document becomes read-only if even that
     * fails), so memory, map and results never silently differ from the project file.
     */
    void pushEdit(core::ScenarioEdit edit);

    /// Scenario management through the store; each emits Scenario, reports errors (duplicate
    /// or unknown names, the base, a read-only project) through failed() and returns success.
    bool createScenario(const QString& name, const QString& description = {});
    bool duplicateScenario(const QString& from, const QString& to);
    bool renameScenario(const QString& from, const QString& to);
    /// Deleting the active scenario makes the base active first.
    bool removeScenario(const QString& name);

signals:
    void changed(const seatplan::ui::ChangeEvent& event);
    /// A scenario operation failed; `message` is for the planner (translated when ours).
    void failed(const QString& message);

private:
    /// Re-resolves the thematic styles (of layer `only`, or of all thematic layers when -1).
    void restyle(int only = -1);
    void emitChange(ChangeEvent::Kind kind, int layer = -1);
    /// Starts re-analysing the active scenario on the worker; its results are published later.
    void reanalyse();
    /// Hatches the fragmented catchments in `style` of `layer` (when it is the catchments).
    void markFragmented(const gis::VectorLayer& layer, render::LayerStyle& style) const;
    /// Publishes a re-analysis from the worker (GUI thread).
    void publish(AnalysisOutcome outcome);
    /// Returns the zones layer's features (null when the project has none).
    std::shared_ptr<const gis::VectorLayer> zonesLayer() const;
    /// A journal write of an edit command failed (`push`: the first redo).
    void journalFailed(const QString& reason, bool push);
    /// Reloads the active scenario's edits from the journal and clears the undo stack.
    void reloadScenario();
    /// Runs `op` on the store; reports a failure through failed().
    template <typename Op> bool tryStore(Op&& op);

    QString m_path;
    QString m_crs;
    QString m_title;
    std::vector<MapLayer> m_layers;
    QUndoStack m_undoStack;
    int m_year = kFirstYear;
    core::Level m_level = core::Level::Primary;
    core::Variant m_variant = core::Variant::Medium;
    ShortfallScope m_scope = ShortfallScope::Towns;
    bool m_rings = false;
    QString m_selectionLayer;
    QSet<qint64> m_selected;
    std::shared_ptr<const core::Results> m_results;
    QString m_analysisNote;
    QHash<QString, int> m_fragmented;
    core::Standards m_standards;
    std::vector<QString> m_overridden;

    std::shared_ptr<gis::Project> m_project;
    std::shared_ptr<gis::ProjectLock> m_lock;
    std::unique_ptr<gis::ScenarioStore> m_store;
    QString m_readOnlyReason;
    std::shared_ptr<const core::PlanningInputs> m_inputs;
    std::string m_catchmentScenario; ///< whose catchment rows m_inputs holds
    std::unique_ptr<core::Scenario> m_scenario; ///< never null; stable for undo commands
    /// The zones' dissolver shared by the map overlay and the contiguity check (null: no
    /// zones layer); made at reset().
    std::shared_ptr<render::CatchmentDissolver> m_dissolver;
    std::unique_ptr<AnalysisRunner> m_runner; ///< never null; no analyzer when m_inputs is null
};

} // namespace seatplan::ui
