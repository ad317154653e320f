#include "annex_context.h"

#include "annex_defaults.h"

#include <algorithm>
#include <cmath>

namespace seatplan::render::detail {

AnnexContext::AnnexContext(const core::PlanningInputs& inputsIn, const core::Scenario& scenarioIn,
    const core::Results& resultsIn, const AnnexOptions& optionsIn)
    : inputs(inputsIn)
    , scenario(scenarioIn)
    , results(resultsIn)
    , options(optionsIn)
    , m_translator(optionsIn.language)
{
    const int first = std::max(options.firstYear, results.firstYear);
    const int last = std::min(options.lastYear, results.lastYear);
    for (int year = first; year <= last; ++year)
        m_years.push_back(year);
    for (const auto& county : inputs.counties) {
        m_countyNames[county.code] = QString::fromStdString(county.name);
        if (options.counties.empty()
            || std::find(options.counties.begin(), options.counties.end(), county.code)
                != options.counties.end())
            m_counties.push_back(county.code);
    }
    for (const auto& town : inputs.towns)
        m_townNames[town.code] = QString::fromStdString(town.name);
    for (const auto& school : inputs.schools)
        m_schools[school.id] = &school;
    for (const auto& edit : scenario.edits)
        if (const auto* added = std::get_if<core::NewSchoolEdit>(&edit))
            m_schools[added->school.id] = &added->school;
    for (const auto& zone : inputs.zones)
        m_zoneTowns[zone.id] = zone.townCode;
    const auto index = [this](const std::vector<core::BalanceRow>& rows) {
        for (const auto& row : rows)
            if (row.variant == options.variant)
                m_balance[{ int(row.scope), row.id, int(row.level), row.year }] = &row;
    };
    index(results.schools);
    index(results.catchments);
    index(results.towns);
    index(results.counties);
}

QString AnnexContext::nextTable()
{
    ++m_tables;
    return translate("AnnexContext", "Table %1").arg(m_tables);
}

QString AnnexContext::nextFigure()
{
    ++m_figures;
    return translate("AnnexContext", "Figure %1").arg(m_figures);
}

QString AnnexContext::fundingSource() const
{
    return options.fundingSource.isEmpty() ? translate("AnnexDefaults", kDefaultFundingSource)
                                           : options.fundingSource;
}

QString AnnexContext::responsibleUnit(const std::string& county) const
{
    const QString pattern = options.responsibleUnit.isEmpty()
        ? translate("AnnexDefaults", kDefaultResponsibleUnit)
        : options.responsibleUnit;
    return pattern.contains(QLatin1String("%1")) ? pattern.arg(countyName(county)) : pattern;
}

QString AnnexContext::settingsSource() const
{
    return options.settingsSource.isEmpty() ? translate("AnnexDefaults", kDefaultSettingsSource)
                                            : options.settingsSource;
}

bool AnnexContext::includesCounty(const std::string& code) const
{
    return std::find(m_counties.begin(), m_counties.end(), code) != m_counties.end();
}

QString AnnexContext::countyName(const std::string& code) const
{
    const auto it = m_countyNames.find(code);
    return it == m_countyNames.end() ? QString::fromStdString(code) : it->second;
}

QString AnnexContext::townName(const std::string& code) const
{
    const auto it = m_townNames.find(code);
    return it == m_townNames.end() ? QString::fromStdString(code) : it->second;
}

const core::School* AnnexContext::school(const std::string& id) const
{
    const auto it = m_schools.find(id);
    return it == m_schools.end() ? nullptr : it->second;
}

QString AnnexContext::schoolName(const std::string& id) const
{
    const core::School* found = school(id);
    return found ? QString::fromStdString(found->name) : QString::fromStdString(id);
}

QString AnnexContext::levelName(core::Level level) const
{
    return level == core::Level::Primary ? translate("AnnexContext", "primary")
                                         : translate("AnnexContext", "junior");
}

QString AnnexContext::schoolTypeName(core::SchoolType type) const
{
    switch (type) {
    case core::SchoolType::Primary:
        return translate("AnnexContext", "primary");
    case core::SchoolType::Junior:
        return translate("AnnexContext", "junior");
    case core::SchoolType::NineYear:
        return translate("AnnexContext", "nine-year");
    case core::SchoolType::TwelveYear:
        return translate("AnnexContext", "twelve-year");
    case core::SchoolType::TeachingPoint:
        return translate("AnnexContext", "teaching point");
    }
    return {};
}

const core::BalanceRow* AnnexContext::balance(
    core::Scope scope, const std::string& id, core::Level level, int year) const
{
    const auto it = m_balance.find({ int(scope), id, int(level), year });
    return it == m_balance.end() ? nullptr : it->second;
}

std::string AnnexContext::catchmentTown(const std::string& catchmentId) const
{
    for (const auto& catchment : inputs.catchments) {
        if (catchment.id != catchmentId)
            continue;
        // The town holding the largest share of the catchment's zones.
        std::map<std::string, double> shares;
        for (const auto& zone : catchment.zones) {
            const auto it = m_zoneTowns.find(zone.zoneId);
            if (it != m_zoneTowns.end())
                shares[it->second] += zone.share;
        }
        std::string best;
        double most = -1;
        for (const auto& [town, share] : shares)
            if (share > most) {
                most = share;
                best = town;
            }
        return best;
    }
    return {};
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

AnnexCell num(double value, int decimals)
{
    return AnnexTable::numberCell(value, decimals);
}

AnnexCell txt(const QString& text)
{
    return AnnexTable::textCell(text);
}

AnnexCell txt(const std::string& text)
{
    return AnnexTable::textCell(QString::fromStdString(text));
}

} // namespace seatplan::render::detail
