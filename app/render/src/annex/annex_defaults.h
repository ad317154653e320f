#pragma once
// Defaults of the project settings the annex prints when the project does not set them. English
// source texts, translated in context "AnnexDefaults" (seatplan_render_zh_CN.ts); the ledger
// prints them with kSettingsSource.

#include <QtGlobal>

namespace seatplan::render::detail {

/// 资金来源: ANNEX.md's 附表1 column lists the funders (中央/省/市县/债券); a county-built
/// school is paid by the county with provincial and central subsidies until the project's
/// approval fixes the split.
inline constexpr const char* kDefaultFundingSource
    = QT_TRANSLATE_NOOP("AnnexDefaults", "county budget + higher-level subsidies");
/// 责任单位: the county education bureau builds and runs compulsory-education schools
/// (ANNEX.md 附表1 and 附表3 column 责任单位); %1 = county name.
inline constexpr const char* kDefaultResponsibleUnit
    = QT_TRANSLATE_NOOP("AnnexDefaults", "%1 education bureau");
/// The ledger's source for the two defaults above.
inline constexpr const char* kDefaultSettingsSource = QT_TRANSLATE_NOOP("AnnexDefaults",
    "SeatPlan default after ANNEX.md's project table (funders: central, provincial, city or "
    "county, bonds; responsible unit); set the project metadata annex.funding_source and "
    "annex.responsible_unit to override");

} // namespace seatplan::render::detail
