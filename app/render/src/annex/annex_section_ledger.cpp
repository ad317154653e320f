// Section 7: the assumptions ledger: every parameter used, its value and its source.
#include "annex_context.h"
#include "annex_defaults.h"

namespace seatplan::render::detail {

void addLedgerSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(
        AnnexHeading { context.translate("AnnexLedger", "7. Assumptions and parameters"), 1 });
    AnnexTable table;
    table.number = context.nextTable();
    table.title = context.translate("AnnexLedger", "Parameters used and their sources");
    table.units = context.translate("AnnexLedger", "Units: per row");
    table.columns = { { context.translate("AnnexLedger", "No."), {}, false, 0, 0.5 },
        { context.translate("AnnexLedger", "Parameter"), {}, false, 0, 2.4 },
        { context.translate("AnnexLedger", "Value"), {}, false, 0, 1.2 },
        { context.translate("AnnexLedger", "Unit"), {}, false, 0, 1.4 },
        { context.translate("AnnexLedger", "Source"), {}, false, 0, 4 } };
    int row = 0;
    for (const auto& entry : context.results.ledger)
        table.rows.push_back({ AnnexRowKind::Data,
            { txt(QString::number(++row)), txt(entry.key), txt(entry.value), txt(entry.unit),
                txt(entry.source) } });
    table.rows.push_back({ AnnexRowKind::Data,
        { txt(QString::number(++row)), txt(QStringLiteral("annex.variant")),
            txt(QString::fromUtf8(core::variantName(context.options.variant).data())),
            txt(QString()),
            txt(context.translate("AnnexLedger", "projection variant printed")) } });
    // The project settings of the construction list (附表 of projects).
    table.rows.push_back({ AnnexRowKind::Data,
        { txt(QString::number(++row)), txt(QStringLiteral("annex.funding_source")),
            txt(context.fundingSource()), txt(QString()), txt(context.settingsSource()) } });
    table.rows.push_back({ AnnexRowKind::Data,
        { txt(QString::number(++row)), txt(QStringLiteral("annex.responsible_unit")),
            txt(context.options.responsibleUnit.isEmpty()
                    ? context.translate("AnnexDefaults", kDefaultResponsibleUnit)
                    : context.options.responsibleUnit),
            txt(QString()), txt(context.settingsSource()) } });
    blocks.push_back(std::move(table));
}

} // namespace seatplan::render::detail
