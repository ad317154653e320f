#include "seatplan/ui/layer_commands.h"

#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/undo_ids.h"

#include <QCoreApplication>

namespace seatplan::ui {

SetLayerVisibleCommand::SetLayerVisibleCommand(
    PlanDocument* document, const QString& layerId, bool visible)
    : m_document(document)
    , m_layerId(layerId)
    , m_visible(visible)
{
    setText(visible ? QCoreApplication::translate("seatplan::ui::LayerCommands", "Show layer")
                    : QCoreApplication::translate("seatplan::ui::LayerCommands", "Hide layer"));
}

void SetLayerVisibleCommand::apply(bool visible)
{
    const int i = m_document->indexOf(m_layerId);
    if (i >= 0)
        m_document->setLayerVisible(i, visible);
}

SetLayerOpacityCommand::SetLayerOpacityCommand(
    PlanDocument* document, const QString& layerId, double opacity)
    : m_document(document)
    , m_layerId(layerId)
    , m_after(opacity)
{
    const int i = document->indexOf(layerId);
    m_before = i >= 0 ? document->layer(i).opacity : opacity;
    setText(QCoreApplication::translate("seatplan::ui::LayerCommands", "Change layer opacity"));
}

int SetLayerOpacityCommand::id() const
{
    return static_cast<int>(UndoId::LayerOpacity);
}

bool SetLayerOpacityCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const SetLayerOpacityCommand*>(other);
    if (o->m_layerId != m_layerId)
        return false;
    m_after = o->m_after;
    return true;
}

void SetLayerOpacityCommand::apply(double opacity)
{
    const int i = m_document->indexOf(m_layerId);
    if (i >= 0)
        m_document->setLayerOpacity(i, opacity);
}

MoveLayerCommand::MoveLayerCommand(PlanDocument* document, const QString& layerId, bool up)
    : m_document(document)
    , m_layerId(layerId)
    , m_up(up)
{
    setText(QCoreApplication::translate("seatplan::ui::LayerCommands", "Move layer"));
}

void MoveLayerCommand::apply(bool up)
{
    const int i = m_document->indexOf(m_layerId);
    if (i >= 0)
        m_document->moveLayer(i, up ? i + 1 : i - 1);
}

SetLayerStyleCommand::SetLayerStyleCommand(
    PlanDocument* document, const QString& layerId, const render::LayerStyle& style)
    : m_document(document)
    , m_layerId(layerId)
    , m_after(style)
{
    const int i = document->indexOf(layerId);
    m_before = i >= 0 ? document->layer(i).baseStyle : style;
    setText(QCoreApplication::translate("seatplan::ui::LayerCommands", "Change layer style"));
}

void SetLayerStyleCommand::apply(const render::LayerStyle& style)
{
    const int i = m_document->indexOf(m_layerId);
    if (i >= 0)
        m_document->setLayerBaseStyle(i, style);
}

} // namespace seatplan::ui
