#include "seatplan/render/annex/annex_builder.h"

#include "annex_context.h"

namespace seatplan::render {

AnnexDocument buildAnnex(const core::PlanningInputs& inputs, const core::Scenario& scenario,
    const core::Results& results, const AnnexOptions& options, const AnnexMapLayers* maps)
{
    detail::AnnexContext context(inputs, scenario, results, options);
    AnnexDocument document;
    AnnexCover& cover = document.cover;
    cover.attachment = context.translate("AnnexCover", "Annex");
    QString area = options.regionName;
    if (context.counties().size() == 1)
        area = context.countyName(context.counties().front());
    const QString period = context.years().empty() ? QString()
                                                   : context.translate("AnnexCover", "%1—%2")
                                                         .arg(context.years().front())
                                                         .arg(context.years().back());
    // "十四五" names the 2021-2025 plan only; another period is named by its years.
    const bool fiveYearPlan = context.years().size() == 5 && context.years().front() == 2021;
    cover.title = fiveYearPlan
        ? context
              .translate("AnnexCover", "%1: compulsory-education seat plan, annex tables and maps")
              .arg(area)
        : context
              .translate(
                  "AnnexCover", "%1: compulsory-education seat plan %2, annex tables and maps")
              .arg(area, period);
    cover.area = area;
    const QString description = options.scenarioDescription.isEmpty()
        ? QString::fromStdString(scenario.description)
        : options.scenarioDescription;
    // The scenario's name with its description in brackets; a description that begins with
    // the name ("base: ...") alone; one with brackets of its own set off by a dash, so that
    // brackets are never nested.
    const QString name = QString::fromStdString(scenario.name);
    if (description.isEmpty())
        cover.scenario = name;
    else if (description.startsWith(name + QLatin1Char(':')))
        cover.scenario = description;
    else if (description.contains(QLatin1Char('(')) || description.contains(QChar(0xff08)))
        cover.scenario = context.translate("AnnexCover", "%1 — %2").arg(name, description);
    else
        cover.scenario = name + context.translate("AnnexCover", " (%1)").arg(description);
    cover.period = period;
    cover.date = options.date;
    cover.crs = options.crs;
    cover.sources = options.sources;
    cover.organisation = options.organisation;
    document.labels = { context.translate("AnnexCover", "Scenario:"),
        context.translate("AnnexCover", "Plan period:"),
        context.translate("AnnexCover", "Projection:"),
        context.translate("AnnexCover", "Data sources:"),
        context.translate("AnnexCover", "Prepared by:"), context.translate("AnnexCover", "Date:"),
        context.translate("AnnexCover", " (continued)") };

    detail::addTargetsSection(context, document.blocks);
    detail::addBalanceSection(context, document.blocks);
    detail::addShortfallSection(context, document.blocks);
    detail::addProjectsSection(context, document.blocks);
    detail::addSchoolsSection(context, document.blocks);
    detail::addLandSection(context, document.blocks);
    detail::addLedgerSection(context, document.blocks);
    if (maps)
        detail::addAtlasSection(context, *maps, document.blocks);
    return document;
}

} // namespace seatplan::render
