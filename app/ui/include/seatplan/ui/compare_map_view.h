#pragma once

#include "seatplan/render/layer_data.h"
#include "seatplan/render/map_transform.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QWidget>

#include <memory>

namespace seatplan::ui {

/**
 * The difference map of the Compare dialog: every zone filled by the change in shortfall
 * (students, B minus A) of the catchment that serves it in scenario B, on a diverging
 * blue (fewer short) - white - red (more short) ramp symmetric around zero; zones that changed
 * school outlined and hatched; a legend in the lower left corner. Opens on the zones that
 * changed (with their surroundings); the wheel zooms, a drag pans, a double-click shows the
 * whole layer. Shares the zones layer data (immutable). GUI thread only.
 */
class CompareMapView : public QWidget {
    Q_OBJECT
public:
    explicit CompareMapView(QWidget* parent = nullptr);

    /// Shows `zones` (a polygon layer with an `id` field; null clears the map).
    /// `shortfallChange`: zone id -> change in shortfall of its catchment in B (students);
    /// zones without an entry are drawn grey. `changedZones`: ids of zones that changed school.
    void setData(std::shared_ptr<const render::LayerData> zones,
        QHash<QString, double> shortfallChange, QSet<QString> changedZones);

    /// The largest absolute change in shortfall, the end of the ramp (students; >= 1).
    double rampLimit() const { return m_limit; }
    /// Returns the fill colour for a change in shortfall of `change` students.
    QColor colorOf(double change) const;
    /// The map extent the view opens on: the zones that changed, with a margin around them
    /// (the whole layer when nothing changed). Map coordinates.
    QRectF focusExtent() const { return m_focus; }

    QSize sizeHint() const override { return { 640, 480 }; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void paintLegend(QPainter& painter) const;

    std::shared_ptr<const render::LayerData> m_zones;
    QHash<QString, double> m_change;
    QSet<QString> m_changed;
    double m_limit = 1.0;
    QRectF m_focus;
    render::MapTransform m_view;
    QPointF m_dragFrom; ///< last mouse position of a pan (screen)
};

} // namespace seatplan::ui
