#pragma once

#include "seatplan/render/layer_style.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace seatplan::ui {

/**
 * Edits a vector layer's base style: fill colour and opacity, outline colour and width, point
 * size and the label field. The result goes on the undo stack as a SetLayerStyleCommand
 * (layer_commands.h). A new fill colour replaces per-class fills (e.g. land use by class).
 * GUI thread only.
 */
class LayerStyleDialog : public QDialog {
    Q_OBJECT
public:
    /// `fields`: the layer's field names (label choices); `points`: the layer has points.
    LayerStyleDialog(const QString& layerName, const render::LayerStyle& style,
        const QStringList& fields, bool points, QWidget* parent = nullptr);

    /// The style as edited.
    render::LayerStyle style() const;

private:
    void setButtonColor(QPushButton* button, const QColor& color);

    render::LayerStyle m_style;
    bool m_fillChanged = false;
    QPushButton* m_fill;
    QSpinBox* m_fillOpacity;
    QPushButton* m_stroke;
    QDoubleSpinBox* m_strokeWidth;
    QDoubleSpinBox* m_pointSize;
    QComboBox* m_label;
};

} // namespace seatplan::ui
