#pragma once

#include "seatplan/render/annex/annex_document.h"

#include <QRectF>

class QPainter;

namespace seatplan::render {

/**
 * Paints an AnnexChart (grouped bars and lines over categories) into `frame` with QPainter:
 * legend on top, y axis with round ticks and its unit, category labels below. Colours come
 * from the series; bars are drawn before lines. Works on any paint device (PDF, image).
 * Stateless; call from the thread that owns the painter.
 */
void paintAnnexChart(QPainter& painter, const QRectF& frame, const AnnexChart& chart);

} // namespace seatplan::render
