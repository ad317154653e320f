#pragma once

#include "seatplan/render/layer_style.h"

#include <QUndoCommand>

namespace seatplan::ui {

class PlanDocument;

/// Shows or hides a layer. Stores the layer id (indices move when layers are reordered).
class SetLayerVisibleCommand : public QUndoCommand {
public:
    SetLayerVisibleCommand(PlanDocument* document, const QString& layerId, bool visible);
    void undo() override { apply(!m_visible); }
    void redo() override { apply(m_visible); }

private:
    void apply(bool visible);
    PlanDocument* m_document;
    QString m_layerId;
    bool m_visible;
};

/// Changes a layer's opacity (0-1); consecutive changes of one layer merge.
class SetLayerOpacityCommand : public QUndoCommand {
public:
    SetLayerOpacityCommand(PlanDocument* document, const QString& layerId, double opacity);
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(double opacity);
    PlanDocument* m_document;
    QString m_layerId;
    double m_before;
    double m_after;
};

/// Moves a layer one step up or down the draw order.
class MoveLayerCommand : public QUndoCommand {
public:
    /// `up` = towards the top of the map (drawn later).
    MoveLayerCommand(PlanDocument* document, const QString& layerId, bool up);
    void undo() override { apply(!m_up); }
    void redo() override { apply(m_up); }

private:
    void apply(bool up);
    PlanDocument* m_document;
    QString m_layerId;
    bool m_up;
};

/// Changes a vector layer's base style (fill, stroke, width, point size, label field).
class SetLayerStyleCommand : public QUndoCommand {
public:
    SetLayerStyleCommand(
        PlanDocument* document, const QString& layerId, const render::LayerStyle& style);
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const render::LayerStyle& style);
    PlanDocument* m_document;
    QString m_layerId;
    render::LayerStyle m_before;
    render::LayerStyle m_after;
};

} // namespace seatplan::ui
