#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/results.h"
#include "seatplan/core/standards.h"
#include "seatplan/ui/map_layer.h"
#include "seatplan/ui/project_loader.h"

#include <QObject>
#include <QRectF>
#include <QSet>
#include <QUndoStack>

#include <memory>
#include <vector>

namespace seatplan::ui {

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
 * GUI thread only.
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
    const core::Standards& standards() const { return m_standards; }
    const std::vector<QString>& overriddenStandards() const { return m_overridden; }

signals:
    void changed(const seatplan::ui::ChangeEvent& event);

private:
    /// Re-resolves the thematic styles (of layer `only`, or of all thematic layers when -1).
    void restyle(int only = -1);
    void emitChange(ChangeEvent::Kind kind, int layer = -1);

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
    core::Standards m_standards;
    std::vector<QString> m_overridden;
};

} // namespace seatplan::ui
