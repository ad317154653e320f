#pragma once

#include <QCoreApplication>
#include <QPolygonF>
#include <QString>

#include <string>
#include <vector>

class QPainter;

namespace seatplan::render {
class MapTransform;
}

namespace seatplan::ui {

class EditContext;
class EditTool;
class ZoneLookup;

/**
 * What the boundary tools (redraw a stretch, edit vertices) share once they have a new ring
 * for the target catchment: the preview (zones that join the target, zones that leave it, the
 * new ring) and the commit, which moves those zones as one undo step (reshapeCatchment()).
 * A zone is inside a ring when more than kMajorityShare of its area is (GEOS overlay). Map
 * coordinates are the project CRS (metres). GUI thread only (the zone lookup's GEOS context).
 */
class BoundaryReshape {
    Q_DECLARE_TR_FUNCTIONS(BoundaryReshape)
public:
    /// A zone is inside a ring when more than this share of its area is.
    static constexpr double kMajorityShare = 0.5;

    /**
     * Previews `reshaped` replacing `shell` (the target's old outer ring): zones inside the new
     * ring but not the old one (and not the target's) join, zones of the target (`own`) inside
     * the old ring but not the new one leave. Zones in the target's holes are inside both and
     * stay. A ring GEOS cannot use (self-crossing) previews nothing.
     */
    void update(const ZoneLookup& zones, const std::vector<std::string>& own,
        const QPolygonF& shell, const QPolygonF& reshaped);
    void clear();

    /// The new ring of the last update() (empty when it had no usable shape).
    const QPolygonF& ring() const { return m_ring; }
    const std::vector<std::string>& joining() const { return m_joining; }
    const std::vector<std::string>& leaving() const { return m_leaving; }
    bool movesZones() const { return !m_joining.empty() || !m_leaving.empty(); }

    /// Paints the joining zones green, the leaving ones red and the new ring dotted, through
    /// `tool`'s zone painter, in `view`'s screen pixels.
    void paint(QPainter& painter, const EditTool& tool, const render::MapTransform& view) const;

    /**
     * Moves the previewed zones of the context's target catchment as one undo step. Returns
     * what to tell the planner: why nothing changed, or which zones could not move ("" when
     * all moved).
     */
    QString commit(EditContext& context) const;

private:
    QPolygonF m_ring;
    std::vector<std::string> m_joining;
    std::vector<std::string> m_leaving;
    QPolygonF m_shell; ///< the old ring of m_before
    std::vector<std::string> m_before; ///< zones inside m_shell (kept while the shell is)
};

} // namespace seatplan::ui
