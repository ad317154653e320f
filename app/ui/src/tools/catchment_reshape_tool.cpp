#include "seatplan/ui/tools/catchment_reshape_tool.h"

#include "seatplan/render/map_transform.h"
#include "seatplan/ui/tools/catchment_edits.h"
#include "seatplan/ui/tools/catchment_reshape.h"
#include "seatplan/ui/tools/edit_context.h"

#include <QPainter>

#include <exception>
#include <set>

namespace seatplan::ui {

CatchmentReshapeTool::CatchmentReshapeTool(EditContext* context, MapCanvas* canvas, QObject* parent)
    : SketchTool(context, canvas, parent)
{
}

QString CatchmentReshapeTool::targetPicked(const QString& target) const
{
    return tr("Target catchment: %1. Draw the new boundary from one point of its "
              "boundary to another; double-click to finish.")
        .arg(target);
}

void CatchmentReshapeTool::updatePreview()
{
    m_reshaped.clear();
    m_joining.clear();
    m_leaving.clear();
    const ZoneLookup* zones = context()->zones();
    const QPolygonF& line = sketch().vertices();
    const std::vector<core::Catchment> all = context()->catchments();
    const core::Catchment* target = findCatchment(all, context()->targetCatchment().toStdString());
    if (!zones || !target || line.size() < 2)
        return;
    try {
        std::vector<std::string> own;
        for (const core::ZoneShare& z : target->zones)
            own.push_back(z.zoneId);
        const QPolygonF shell = catchmentShell(*zones, own, line.front(), line.back());
        m_reshaped = reshapeRing(shell, line);
        if (m_reshaped.size() < 3)
            return;
        // Compare the zones inside the old and the new shell: zones in the target's holes
        // (another catchment's enclave) are inside both and stay where they are.
        const std::vector<std::string> before = zones->zonesInPolygon(shell, kMajorityShare);
        const std::vector<std::string> after = zones->zonesInPolygon(m_reshaped, kMajorityShare);
        const std::set<std::string> beforeSet(before.begin(), before.end());
        const std::set<std::string> afterSet(after.begin(), after.end());
        const std::set<std::string> ownSet(own.begin(), own.end());
        for (const std::string& id : after)
            if (!beforeSet.count(id) && !ownSet.count(id))
                m_joining.push_back(id);
        for (const std::string& id : before)
            if (ownSet.count(id) && !afterSet.count(id))
                m_leaving.push_back(id);
    } catch (const std::exception&) {
        // A self-crossing line has no shape yet; the preview waits for the next vertex.
        m_reshaped.clear();
        m_joining.clear();
        m_leaving.clear();
    }
}

void CatchmentReshapeTool::clearPreview()
{
    m_reshaped.clear();
    m_joining.clear();
    m_leaving.clear();
}

void CatchmentReshapeTool::finish()
{
    if (sketch().vertices().size() < 2) {
        emit message(tr("Draw a line of at least two points from the boundary to the boundary."));
        return;
    }
    updatePreview();
    const std::vector<std::string> joining = m_joining;
    const std::vector<std::string> leaving = m_leaving;
    cancel();
    const QString target = context()->targetCatchment();
    if (joining.empty() && leaving.empty()) {
        emit message(tr("The new boundary moves no zone of catchment %1 (a zone moves when "
                        "more than half of it changes side).")
                         .arg(target));
        return;
    }
    const ZoneLookup* zones = context()->zones();
    ReshapeChange reshape;
    try {
        reshape = reshapeCatchment(context()->catchments(), target.toStdString(), joining, leaving,
            zoneNeighbours(*zones, leaving));
    } catch (const std::exception& e) {
        emit message(
            tr("Could not reshape catchment %1: %2").arg(target, QString::fromStdString(e.what())));
        return;
    }
    if (reshape.change.targetLocked) {
        emit message(tr("Catchment %1 is locked: unlock it to change it.").arg(target));
        return;
    }
    if (reshape.change.edits.empty()) {
        emit message(tr("No zone could move: the zones concerned belong to locked catchments "
                        "or touch no other catchment."));
        return;
    }
    const std::vector<core::ScenarioEdit> edits(
        reshape.change.edits.begin(), reshape.change.edits.end());
    if (context()->apply(edits,
            tr("Reshape catchment %1 (%2 zone(s) in, %3 out)")
                .arg(target)
                .arg(reshape.joined.size())
                .arg(reshape.left.size()))
        && !reshape.stranded.empty())
        emit message(tr("%n zone(s) touch no other catchment and stay in %1.", nullptr,
            static_cast<int>(reshape.stranded.size()))
                         .arg(target));
}

void CatchmentReshapeTool::paint(QPainter& painter) const
{
    EditTool::paint(painter);
    paintZones(painter, m_joining, QColor(0x33, 0xa0, 0x2c, 110), QColor(0x33, 0xa0, 0x2c));
    paintZones(painter, m_leaving, QColor(0xe3, 0x1a, 0x1c, 90), QColor(0xe3, 0x1a, 0x1c));
    if (m_reshaped.size() >= 3) {
        QPolygonF screen;
        for (const QPointF& p : m_reshaped)
            screen << transform().toScreen(p.x(), p.y());
        painter.setPen(QPen(QColor(0x1f, 0x78, 0xb4), 1.5, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(screen);
    }
    sketch().paint(painter, transform(), pointer(), false);
}

} // namespace seatplan::ui
