// Section 7: the assumptions ledger: every parameter used, its value and its source. Names,
// units and sources come from ledger_labels (translated); the key stays in the last column so
// that a reader can trace a row to the project's standards table and to STANDARDS.md.
#include "annex_context.h"
#include "annex_defaults.h"
#include "seatplan/render/annex/ledger_labels.h"

namespace seatplan::render::detail {

namespace {

    /// The printed texts of one ledger row.
    struct LedgerRow {
        QString name, value, unit, source, mark;
    };

    /// Returns a ledger value in the document language: words (variants, "counted") translated,
    /// numbers of a list rounded to 3 decimals (progression ratios), list items joined with the
    /// language's enumeration comma; a single value as core wrote it.
    QString ledgerValue(const AnnexContext& context, const std::string& value)
    {
        const QStringList parts = QString::fromStdString(value).split(QLatin1Char(','));
        QStringList printed;
        for (const QString& part : parts) {
            bool isNumber = false;
            const double number = part.toDouble(&isNumber);
            const char* word = ledgerValueWord(part.toStdString());
            if (word)
                printed << context.translate("AnnexLedger", word);
            else if (isNumber && parts.size() > 1 && part.section(QLatin1Char('.'), 1).size() > 3)
                printed << QString::number(number, 'f', 3);
            else
                printed << part;
        }
        return printed.join(context.translate("AnnexLedger", ", ", "list of words"));
    }

    /// The scenario row's source: what the scenario changes, on what.
    QString scenarioSource(const AnnexContext& context)
    {
        const core::Scenario& scenario = context.scenario;
        if (scenario.parent.empty())
            return scenario.edits.empty()
                ? context.translate("AnnexLedger", "Project base data, no edits")
                : context.translate("AnnexLedger", "%1 edits on the project base data")
                      .arg(scenario.edits.size());
        return context.translate("AnnexLedger", "%1 edits on parent scenario %2")
            .arg(scenario.edits.size())
            .arg(QString::fromStdString(scenario.parent));
    }

    LedgerRow ledgerRow(const AnnexContext& context, const core::LedgerEntry& entry)
    {
        const LedgerLabel* label = findLedgerLabel(entry.key);
        if (!label) // ledger_labels has every key (test_ledger_labels); print core's text else
            return { QString::fromStdString(entry.key), QString::fromStdString(entry.value),
                QString::fromStdString(entry.unit), QString::fromStdString(entry.source), {} };
        LedgerRow row;
        row.name = context.translate("AnnexLedger", label->name);
        const std::string_view key(label->key);
        if (!key.empty() && key.back() == '.') // per-county rows: %1 = the county
            row.name = row.name.arg(context.countyName(entry.key.substr(key.size())));
        row.value = ledgerValue(context, entry.value);
        row.unit = *label->unit ? context.translate("AnnexLedger", label->unit) : QString();
        row.source = entry.key == "scenario" ? scenarioSource(context)
                                             : context.translate("AnnexLedger", label->source);
        row.mark = QString::fromUtf8(label->mark);
        return row;
    }

    /// A row of the annex's own settings (not in core's ledger), labelled from ledger_labels.
    LedgerRow settingRow(const AnnexContext& context, const char* key, const QString& value,
        const QString& source = {})
    {
        const LedgerLabel* label = findLedgerLabel(key);
        return { context.translate("AnnexLedger", label->name), value, {},
            source.isEmpty() ? context.translate("AnnexLedger", label->source) : source, {} };
    }

} // namespace

void addLedgerSection(AnnexContext& context, std::vector<AnnexBlock>& blocks)
{
    blocks.push_back(AnnexPageBreak {});
    blocks.push_back(
        AnnexHeading { context.translate("AnnexLedger", "7. Assumptions and parameters"), 1 });
    AnnexTable table;
    table.number = context.nextTable();
    table.title = context.translate("AnnexLedger", "Parameters used and their sources");
    table.units = context.translate("AnnexLedger", "Units: per row");
    table.note = context.translate("AnnexLedger",
        "Check: V = read in the source document; V2 = from a secondary source only; C = "
        "computed from verified figures; M = working assumption, to be confirmed; I = "
        "inferred. Key: the parameter's name in the project's standards table and in "
        "STANDARDS.md.");
    table.columns = { { context.translate("AnnexLedger", "No."), {}, false, 0, 0.4 },
        { context.translate("AnnexLedger", "Parameter"), {}, false, 0, 2.6 },
        { context.translate("AnnexLedger", "Value"), {}, false, 0, 1 },
        { context.translate("AnnexLedger", "Unit"), {}, false, 0, 1.2 },
        { context.translate("AnnexLedger", "Basis or source"), {}, false, 0, 3.6 },
        { context.translate("AnnexLedger", "Check"), {}, false, 0, 0.5 },
        { context.translate("AnnexLedger", "Key"), {}, false, 0, 1.2, true } };
    std::vector<std::pair<LedgerRow, QString>> rows;
    const std::string ratios = "projection.progression_ratios.";
    for (const auto& entry : context.results.ledger) {
        // Progression ratios of the counties this annex covers only.
        if (entry.key.rfind(ratios, 0) == 0
            && !context.includesCounty(entry.key.substr(ratios.size())))
            continue;
        rows.emplace_back(ledgerRow(context, entry), QString::fromStdString(entry.key));
    }
    rows.emplace_back(
        settingRow(context, "annex.variant",
            ledgerValue(context, std::string(core::variantName(context.options.variant)))),
        QStringLiteral("annex.variant"));
    // The project settings of the construction list (附表 of projects).
    rows.emplace_back(settingRow(context, "annex.funding_source", context.fundingSource(),
                          context.settingsSource()),
        QStringLiteral("annex.funding_source"));
    rows.emplace_back(settingRow(context, "annex.responsible_unit",
                          (context.options.responsibleUnit.isEmpty()
                                  ? context.translate("AnnexDefaults", kDefaultResponsibleUnit)
                                  : context.options.responsibleUnit)
                              .arg(context.translate("AnnexLedger", "each county's")),
                          context.settingsSource()),
        QStringLiteral("annex.responsible_unit"));
    int number = 0;
    for (const auto& [row, key] : rows)
        table.rows.push_back({ AnnexRowKind::Data,
            { txt(QString::number(++number)), txt(row.name), txt(row.value), txt(row.unit),
                txt(row.source), txt(row.mark), txt(key) } });
    blocks.push_back(std::move(table));
}

} // namespace seatplan::render::detail
