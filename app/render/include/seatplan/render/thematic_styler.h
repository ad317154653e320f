#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/results.h"
#include "seatplan/gis/vector_layer.h"
#include "seatplan/render/layer_style.h"

#include <QColor>
#include <QCoreApplication>
#include <QPainter>
#include <QSizeF>
#include <QString>

#include <vector>

namespace seatplan::render {

/// What the thematic styles show: one year, level and variant of the results.
struct ThematicOptions {
    int year = 2021;
    core::Level level = core::Level::Primary;
    core::Variant variant = core::Variant::Medium;
    /// Which administrative layer is coloured by shortfall/surplus (School is not allowed).
    core::Scope shortfallScope = core::Scope::Town;
    /// Service-radius rings around schools, metres (0 = none).
    double serviceRadius = 0.0;
    /// The map shows schools the active scenario adds (the legend explains their marker).
    bool newSchools = false;
};

/// Returns true for the layers thematic styles apply to (towns, counties, catchments, schools).
bool isThematicLayer(const gis::VectorLayer& layer);

/**
 * Resolves the thematic style of a project layer for one year, starting from `base`:
 * - towns, catchments or counties (the one chosen by options.shortfallScope): filled on a
 *   diverging red (shortfall) - green (surplus) ramp by surplus minus shortfall, scaled by the
 *   largest absolute value of that year;
 * - schools: circles sized by enrolment (students_primary + students_junior, area-true) and
 *   coloured by utilisation, with flag markers for oversized schools and large classes of that
 *   year, and service-radius rings on demand; schools a scenario adds (field kNewSchoolField
 *   = 1, see scenario_layers.h) are sized by their public-seat demand of the year instead of
 *   enrolment (they have none yet) and carry the MarkerFlag::New ring.
 * Features without a result row keep the base style. `results` may be null (base style).
 * Pure function; any thread.
 */
LayerStyle thematicStyle(const gis::VectorLayer& layer, const LayerStyle& base,
    const core::Results* results, const ThematicOptions& options);

/// One entry of a map legend.
struct LegendItem {
    enum class Kind { Patch, Circle, Flag, Ring, Hatch, NewSchool };
    Kind kind = Kind::Patch;
    QColor color;
    QString label; ///< translated
    double size = 10.0; ///< symbol size, pixels (circles)
    Qt::BrushStyle brush = Qt::SolidPattern;
};

/// A legend: a title and its items, translated when built.
struct Legend {
    QString title;
    std::vector<LegendItem> items;
};

/**
 * Builds the legends of the thematic map for `options` (shortfall ramp with the year's
 * extremes in seats, school utilisation and size, flags, plot status), in the current
 * language. Use on the thread that owns the translators (the GUI thread).
 */
class LegendBuilder {
    Q_DECLARE_TR_FUNCTIONS(LegendBuilder)
public:
    static std::vector<Legend> build(const core::Results* results, const ThematicOptions& options);
};

/// Paints `legends` in a framed box with its top-left corner at `origin`; returns its size.
/// `pixelRatio` scales fonts and symbols (1 on screen). Any thread.
QSizeF paintLegends(
    QPainter& painter, QPointF origin, const std::vector<Legend>& legends, double pixelRatio = 1.0);

} // namespace seatplan::render
