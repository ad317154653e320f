#include "seatplan/render/annex/annex_builder.h"

#include "annex_context.h"

namespace seatplan::render {

AnnexDocument buildAnnex(const core::PlanningInputs& inputs, const core::Scenario& scenario,
    const core::Results& results, const AnnexOptions& options, const AnnexMapLayers* maps)
{
    detail::AnnexContext context(inputs, scenario, results, options);
    AnnexDocument document;
    AnnexCover& cover = document.cover;
    const bool zh = context.chinese();
    cover.attachment = zh ? QStringLiteral("附件") : QStringLiteral("Annex");
    QString area = options.regionName;
    if (context.counties().size() == 1)
        area = context.countyName(context.counties().front());
    const QString period = context.years().empty()
        ? QString()
        : QStringLiteral("%1—%2").arg(context.years().front()).arg(context.years().back());
    cover.title = zh
        ? QStringLiteral("%1“十四五”义务教育学位建设规划附表").arg(area)
        : QStringLiteral("%1: compulsory-education seat plan, annex tables and maps").arg(area);
    cover.area = area;
    cover.scenario = QString::fromStdString(scenario.name)
        + (scenario.description.empty()
                ? QString()
                : QStringLiteral("（%1）").arg(QString::fromStdString(scenario.description)));
    cover.period = zh ? period + QStringLiteral("年") : period;
    cover.date = options.date;
    cover.crs = options.crs;
    cover.sources = options.sources;
    cover.organisation = options.organisation;

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
