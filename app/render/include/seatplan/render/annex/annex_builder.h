#pragma once

#include "seatplan/core/analyze.h"
#include "seatplan/gis/vector_layer.h"
#include "seatplan/render/annex/annex_document.h"
#include "seatplan/render/language.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace seatplan::render {

/// The project layers the atlas draws (decoded, project CRS metres); any may be null.
struct AnnexMapLayers {
    std::shared_ptr<const gis::VectorLayer> counties;
    std::shared_ptr<const gis::VectorLayer> towns;
    std::shared_ptr<const gis::VectorLayer> catchments;
    std::shared_ptr<const gis::VectorLayer> schools;
    std::shared_ptr<const gis::VectorLayer> plots;
    std::shared_ptr<const gis::VectorLayer> roads;
};

/// What the annex covers and how it is labelled.
struct AnnexOptions {
    Language language = Language::Chinese; ///< of the document (tables, headings, maps)
    int firstYear = 2021; ///< plan period (clipped to the analysed years)
    int lastYear = 2025;
    std::vector<std::string> counties; ///< county codes to include; empty = all
    core::Variant variant = core::Variant::Medium; ///< projection variant printed
    bool townMaps = false; ///< atlas: also one map page per town
    QString regionName; ///< city or county name for the cover, e.g. "梅州市"
    QString scenarioDescription; ///< for the cover; empty = the scenario's own description
    QString date; ///< cover date text (the only date in the annex)
    QString organisation; ///< 编制单位 on the cover and maps
    QString crs; ///< projection text, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548)"
    QStringList sources; ///< data-source lines for the cover and the map notes
    /// 资金来源 printed for every project; empty = the default (annex_defaults.h) in the
    /// document language.
    QString fundingSource;
    /// 责任单位 of every project; "%1" is replaced by the county's name; empty = the default.
    QString responsibleUnit;
    /// Where fundingSource and responsibleUnit come from, for the assumptions ledger (e.g.
    /// "project metadata annex.funding_source"); empty = the defaults' source.
    QString settingsSource;
};

/**
 * Composes the planning annex from an analysis, in the order of issue 7: cover; work-plan
 * targets per county (met or not, with the figure); demand vs capacity by year per county and
 * town with a chart per county; shortfall catchments and the county build plan per year; the
 * construction list (附表 with ANNEX.md's columns, investment from core::estimateInvestment);
 * oversized schools and large classes; reserved plots and residential projects; the
 * assumptions ledger; and, when `maps` is given, the atlas (one map page per county, and per
 * town with townMaps) drawn with MapPainter.
 *
 * `results` must come from core::analyze(inputs, scenario) and cover the plan years. Every
 * number printed is taken from `results`, `inputs` or inputs.standards. The returned document
 * shares the map layers; it does not refer to the arguments otherwise. GUI thread only (fonts).
 */
AnnexDocument buildAnnex(const core::PlanningInputs& inputs, const core::Scenario& scenario,
    const core::Results& results, const AnnexOptions& options,
    const AnnexMapLayers* maps = nullptr);

} // namespace seatplan::render
