#pragma once

#include "seatplan/core/results.h"
#include "seatplan/render/annex/annex_builder.h"
#include "seatplan/render/scenario_loader.h"

#include <QDateTime>

#include <string>
#include <vector>

namespace seatplan::gis {
class Project;
}

namespace seatplan::render {

/// What to print of a project: the choices of `seatplan-cli annex` and File -> Print annex.
struct ProjectAnnexRequest {
    std::string scenario = "base"; ///< scenario name (journal edits applied)
    Language language = Language::Chinese; ///< of the annex, independent of the UI language
    int firstYear = 2021; ///< plan period
    int lastYear = 2025;
    std::vector<std::string> counties; ///< county codes; empty = all
    bool townMaps = false; ///< atlas: one map page per town too
    bool maps = true; ///< draw the atlas
    QDateTime date; ///< the cover date (the only date printed); invalid = today (UTC)
};

/**
 * The annex of a project file: loads the scenario (render::loadScenario), analyses it with
 * core::analyze over the plan period, fills the cover and project settings of AnnexOptions from
 * the project (region name, CRS, organisation, data sources and their provenance in the annex
 * language, funding source and responsible unit from the project metadata keys
 * "annex.funding_source" / "annex.responsible_unit" or their stated defaults) and builds the
 * document with buildAnnex(). The one path of the CLI and the GUI print preview.
 *
 * Throws gis::GisError (unknown scenario, unreadable layers) and core::InvalidInput (bad
 * data). Keeps the layers it read; GUI thread only (fonts, translator).
 */
class ProjectAnnex {
public:
    ProjectAnnex(gis::Project& project, const ProjectAnnexRequest& request);

    /// Returns the options used (cover texts and settings filled from the project).
    const AnnexOptions& options() const { return m_options; }
    const core::PlanningInputs& inputs() const { return m_loaded.inputs; }
    const core::Results& results() const { return m_results; }

    /// Builds the annex; `counties` (non-empty) replaces the request's counties, for one PDF
    /// per county.
    AnnexDocument build(const std::vector<std::string>& counties = {}) const;

private:
    LoadedScenario m_loaded;
    core::Results m_results;
    AnnexOptions m_options;
    AnnexMapLayers m_maps;
    bool m_withMaps = true;
};

} // namespace seatplan::render
