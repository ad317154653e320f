#pragma once
// Shared state of the annex builder's sections: lookups, numbering and the document language.

#include "annex_translator.h"
#include "seatplan/render/annex/annex_builder.h"

#include <map>
#include <tuple>

namespace seatplan::render::detail {

/// Lookups over one analysis and the running numbers of tables and figures. GUI thread only.
class AnnexContext {
public:
    AnnexContext(const core::PlanningInputs& inputs, const core::Scenario& scenario,
        const core::Results& results, const AnnexOptions& options);

    const core::PlanningInputs& inputs;
    const core::Scenario& scenario;
    const core::Results& results;
    const AnnexOptions& options;

    bool chinese() const { return options.language == Language::Chinese; }
    /// Returns the English `source` of translation `context` in the document language (see
    /// AnnexTranslator; the call is spelled out so that lupdate extracts it).
    QString translate(
        const char* context, const char* source, const char* disambiguation = nullptr) const
    {
        return m_translator.translate(context, source, disambiguation);
    }
    /// Returns the 资金来源 of the projects (options, else the default).
    QString fundingSource() const;
    /// Returns the 责任单位 of a project of `county` (options, else the default).
    QString responsibleUnit(const std::string& county) const;
    /// Returns where fundingSource() and responsibleUnit() come from.
    QString settingsSource() const;
    /// Returns a year as a column heading: "2021年" or "2021".
    QString yearHeading(int year) const
    {
        return translate("AnnexContext", "%1", "year as a column heading").arg(year);
    }
    /// Returns the next table number: "附表N" or "Table N".
    QString nextTable();
    /// Returns the next figure number: "图N" or "Figure N".
    QString nextFigure();

    /// Returns the plan years (options clipped to the results).
    const std::vector<int>& years() const { return m_years; }
    /// Returns the included county codes, in input order.
    const std::vector<std::string>& counties() const { return m_counties; }
    bool includesCounty(const std::string& code) const;

    QString countyName(const std::string& code) const;
    QString townName(const std::string& code) const;
    QString schoolName(const std::string& id) const;
    const core::School* school(const std::string& id) const;
    /// Returns "小学"/"初中" or "primary"/"junior".
    QString levelName(core::Level level) const;
    QString schoolTypeName(core::SchoolType type) const;

    /// Returns the balance row of `id` (school, catchment, town or county) at `level` and
    /// `year` for the printed variant, or null.
    const core::BalanceRow* balance(
        core::Scope scope, const std::string& id, core::Level level, int year) const;
    /// Returns the town of a catchment (the town of its first zone), or "".
    std::string catchmentTown(const std::string& catchmentId) const;

private:
    AnnexTranslator m_translator;
    std::vector<int> m_years;
    std::vector<std::string> m_counties;
    int m_tables = 0;
    int m_figures = 0;
    std::map<std::string, QString> m_countyNames;
    std::map<std::string, QString> m_townNames;
    std::map<std::string, const core::School*> m_schools;
    std::map<std::string, std::string> m_zoneTowns;
    std::map<std::tuple<int, std::string, int, int>, const core::BalanceRow*> m_balance;
};

/// Adds each section's blocks to `blocks` (annex_section_*.cpp).
void addTargetsSection(AnnexContext& context, std::vector<AnnexBlock>& blocks);
void addBalanceSection(AnnexContext& context, std::vector<AnnexBlock>& blocks);
void addShortfallSection(AnnexContext& context, std::vector<AnnexBlock>& blocks);
void addProjectsSection(AnnexContext& context, std::vector<AnnexBlock>& blocks);
void addSchoolsSection(AnnexContext& context, std::vector<AnnexBlock>& blocks);
void addLandSection(AnnexContext& context, std::vector<AnnexBlock>& blocks);
void addLedgerSection(AnnexContext& context, std::vector<AnnexBlock>& blocks);
void addAtlasSection(
    AnnexContext& context, const AnnexMapLayers& maps, std::vector<AnnexBlock>& blocks);

/// Returns `value` rounded to `decimals` digits: totals add up the printed figures, so that a
/// 合计 always equals the sum of the rows above it.
double rounded(double value, int decimals = 0);
/// Returns a number cell (thousands separators, `decimals` digits).
AnnexCell num(double value, int decimals = 0);
/// Returns a text cell.
AnnexCell txt(const QString& text);
/// Returns a text cell from UTF-8.
AnnexCell txt(const std::string& text);

} // namespace seatplan::render::detail
