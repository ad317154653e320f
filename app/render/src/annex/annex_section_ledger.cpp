// Section 7: the assumptions ledger: every parameter used, its value and its source.
#include "annex_context.h"

namespace seatplan::render::detail {

void addLedgerSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(
        AnnexHeading { context.text("七、假设与参数", "7. Assumptions and parameters"), 1 });
    AnnexTable table;
    table.number = context.nextTable();
    table.title = context.text("规划测算参数及来源表", "Parameters used and their sources");
    table.units = context.text("单位：见各行", "Units: per row");
    table.columns = { { context.text("序号", "No."), {}, false, 0, 0.5 },
        { context.text("参数", "Parameter"), {}, false, 0, 2.4 },
        { context.text("取值", "Value"), {}, false, 0, 1.2 },
        { context.text("单位", "Unit"), {}, false, 0, 1.4 },
        { context.text("来源", "Source"), {}, false, 0, 4 } };
    int row = 0;
    for (const auto& entry : context.results.ledger)
        table.rows.push_back({ AnnexRowKind::Data,
            { txt(QString::number(++row)), txt(entry.key), txt(entry.value), txt(entry.unit),
                txt(entry.source) } });
    table.rows.push_back({ AnnexRowKind::Data,
        { txt(QString::number(++row)), txt(QStringLiteral("annex.variant")),
            txt(QString::fromUtf8(core::variantName(context.options.variant).data())),
            txt(QString()),
            txt(context.text("附表采用的预测方案", "projection variant printed")) } });
    blocks.push_back(std::move(table));
}

} // namespace seatplan::render::detail
