#pragma once

#include "seatplan/core/scenario.h"
#include "seatplan/ui/tools/zone_lookup.h"

#include <QObject>
#include <QPointF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace seatplan::ui {

class MapCanvas;
class PlanDocument;

/**
 * What the edit tools share: the document they edit, the target catchment (picked by
 * clicking a school or in the toolbar's combo), the zone lookup of the open project, and
 * apply(), which pushes several scenario edits as one undo step (a QUndoStack macro of
 * ScenarioEditCommands). Borrows the document and canvas. GUI thread only.
 */
class EditContext : public QObject {
    Q_OBJECT
public:
    EditContext(PlanDocument* document, MapCanvas* canvas, QObject* parent = nullptr);
    ~EditContext() override;

    PlanDocument* document() const { return m_document; }
    MapCanvas* canvas() const { return m_canvas; }

    /// True when the active scenario takes edits (a named scenario of a writable project).
    bool editable() const;
    /// The catchments in effect in the active scenario (base + its catchment edits).
    std::vector<core::Catchment> catchments() const;
    /// The zones of the open project, or null (no project, or no zones layer).
    const ZoneLookup* zones() const;

    /// The catchment the tools edit ("" = none picked yet).
    const QString& targetCatchment() const { return m_target; }
    void setTargetCatchment(const QString& id);
    /// Picks as target the catchment (of the document's level) that serves the school at
    /// `map` (within a few pixels); returns false when there is no school there. A school
    /// serving no catchment of the level clears the target and says so (still true).
    bool pickTargetAt(QPointF map);
    /// Returns the id of the school drawn at `map` (within a few pixels), or "".
    QString schoolAt(QPointF map) const;
    /// Returns the id of the feature of layer `layerId` at `map` (polygons containing it,
    /// points within a few pixels), or "".
    QString featureAt(const QString& layerId, QPointF map) const;

    /// Returns the id of the zone the school `schoolId` stands in (schools layer), or "".
    QString zoneOfSchool(const QString& schoolId) const;
    /// Returns the map position of the school `schoolId` (where the scenario's NewSchoolEdit
    /// placed it, else its point in the schools layer), or nothing.
    std::optional<QPointF> schoolPosition(const QString& schoolId) const;
    /// Returns a point inside the feature `id` of layer `layerId`, or nothing.
    std::optional<QPointF> interiorPoint(const QString& layerId, const QString& id) const;

    /**
     * Pushes `edits` as one undo step named `text` (a single edit keeps its own name; an
     * empty `text` says what the first edit does).
     * Returns false, with a message, when the scenario is not editable or `edits` is empty.
     */
    bool apply(const std::vector<core::ScenarioEdit>& edits, const QString& text);

signals:
    void targetChanged(const QString& catchmentId);
    /// A status-bar message (why an edit was refused, what changed).
    void message(const QString& text);

private:
    PlanDocument* m_document;
    MapCanvas* m_canvas;
    QString m_target;
    mutable std::unique_ptr<ZoneLookup> m_zones;
};

} // namespace seatplan::ui
