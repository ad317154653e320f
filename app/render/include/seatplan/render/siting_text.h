#pragma once

#include "seatplan/core/siting/site_explanation.h"
#include "seatplan/gis/siting_problem_builder.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace seatplan::render {

/**
 * The translated sentences of a siting run that the CLI and the siting dialog share (context
 * "SitingText" in seatplan_render_zh_CN.ts). Pure functions; any thread once the translators
 * are installed.
 */
class SitingText {
    Q_DECLARE_TR_FUNCTIONS(SitingText)
public:
    /// Why this plot, one sentence with its figures; `radiusM` = the service radius.
    static QString reason(const core::SiteExplanation& site, double radiusM);
    /// Why a plot is not a candidate, e.g. "closer than the railway clearance".
    static QString exclusion(gis::PlotExclusion why);
    /// How distances were measured and which checks were skipped, one sentence each.
    static QStringList notes(const gis::SitingSetupNotes& notes);
    /// The objective's name for people: "shortest travel", ...
    static QString objective(core::SitingObjective objective);
};

} // namespace seatplan::render
