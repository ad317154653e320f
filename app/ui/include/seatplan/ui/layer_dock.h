#pragma once

#include <QDockWidget>

class QListView;
class QSlider;
class QToolButton;

namespace seatplan::ui {

class LayerTreeModel;
class PlanDocument;

/**
 * The layer list: visibility check boxes (top of the map first), an opacity slider for the
 * current layer, buttons to move it up or down and to zoom to it. All changes are undoable.
 * GUI thread only.
 */
class LayerDock : public QDockWidget {
    Q_OBJECT
public:
    LayerDock(PlanDocument* document, QWidget* parent = nullptr);

    LayerTreeModel* model() const { return m_model; }
    /// The id of the current layer ("" when none).
    QString currentLayerId() const;
    /// Opens the style dialog of the current vector layer (double-click, context menu); the
    /// change goes on the undo stack.
    void editStyle();

signals:
    void zoomToLayerRequested(const QString& layerId);
    void currentLayerChanged(const QString& layerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void syncOpacity();

    PlanDocument* m_document;
    LayerTreeModel* m_model;
    QListView* m_view;
    QSlider* m_opacity;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_zoom;
};

} // namespace seatplan::ui
