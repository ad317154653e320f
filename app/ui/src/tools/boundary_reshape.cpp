#include "seatplan/ui/tools/boundary_reshape.h"

#include "seatplan/render/map_transform.h"
#include "seatplan/ui/tools/catchment_reshape.h"
#include "seatplan/ui/tools/edit_context.h"
#include "seatplan/ui/tools/edit_tool.h"
#include "seatplan/ui/tools/zone_lookup.h"

#include <QPainter>

#include <exception>
#include <set>

namespace seatplan::ui {

void BoundaryReshape::update(const ZoneLookup& zones, const std::vector<std::string>& own,
    const QPolygonF& shell, const QPolygonF& reshaped)
{
    m_ring.clear();
    m_joining.clear();
    m_leaving.clear();
    if (reshaped.size() < 3 || shell.size() < 3)
        return;
    try {
        // The old ring's zones stay the same while the planner drags: computed once per shell.
        if (shell != m_shell || m_before.empty()) {
            m_before = zones.zonesInPolygon(shell, kMajorityShare);
            m_shell = shell;
        }
        const std::vector<std::string> after = zones.zonesInPolygon(reshaped, kMajorityShare);
        const std::set<std::string> beforeSet(m_before.begin(), m_before.end());
        const std::set<std::string> afterSet(after.begin(), after.end());
        const std::set<std::string> ownSet(own.begin(), own.end());
        for (const std::string& id : after)
            if (!beforeSet.count(id) && !ownSet.count(id))
                m_joining.push_back(id);
        for (const std::string& id : m_before)
            if (ownSet.count(id) && !afterSet.count(id))
                m_leaving.push_back(id);
        m_ring = reshaped;
    } catch (const std::exception&) {
        // A self-crossing ring has no shape; the preview waits for the next change.
        m_joining.clear();
        m_leaving.clear();
    }
}

void BoundaryReshape::clear()
{
    m_ring.clear();
    m_joining.clear();
    m_leaving.clear();
}

void BoundaryReshape::paint(
    QPainter& painter, const EditTool& tool, const render::MapTransform& view) const
{
    tool.paintZones(painter, m_joining, QColor(0x33, 0xa0, 0x2c, 110), QColor(0x33, 0xa0, 0x2c));
    tool.paintZones(painter, m_leaving, QColor(0xe3, 0x1a, 0x1c, 90), QColor(0xe3, 0x1a, 0x1c));
    if (m_ring.size() < 3)
        return;
    QPolygonF screen;
    for (const QPointF& p : m_ring)
        screen << view.toScreen(p.x(), p.y());
    painter.setPen(QPen(QColor(0x1f, 0x78, 0xb4), 1.5, Qt::DotLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(screen);
}

QString BoundaryReshape::commit(EditContext& context) const
{
    const QString target = context.targetCatchment();
    if (!movesZones())
        return tr("The new boundary moves no zone of catchment %1 (a zone moves when more than "
                  "half of it changes side).")
            .arg(target);
    const ZoneLookup* zones = context.zones();
    if (!zones)
        return {};
    ReshapeChange reshape;
    try {
        reshape = reshapeCatchment(context.catchments(), target.toStdString(), m_joining, m_leaving,
            zoneNeighbours(*zones, m_leaving));
    } catch (const std::exception& e) {
        return tr("Could not reshape catchment %1: %2")
            .arg(target, QString::fromStdString(e.what()));
    }
    if (reshape.change.targetLocked)
        return tr("Catchment %1 is locked: unlock it to change it.").arg(target);
    if (reshape.change.edits.empty())
        return tr("No zone could move: the zones concerned belong to locked catchments or touch "
                  "no other catchment.");
    const std::vector<core::ScenarioEdit> edits(
        reshape.change.edits.begin(), reshape.change.edits.end());
    if (context.apply(edits,
            tr("Reshape catchment %1 (%2 zone(s) in, %3 out)")
                .arg(target)
                .arg(reshape.joined.size())
                .arg(reshape.left.size()))
        && !reshape.stranded.empty())
        return tr("%n zone(s) touch no other catchment and stay in %1.", nullptr,
            static_cast<int>(reshape.stranded.size()))
            .arg(target);
    return {};
}

} // namespace seatplan::ui
