#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/scenario_compare.h"
#include "seatplan/gis/table_export.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace seatplan::ui {

/**
 * The three tables of a scenario comparison, as shown in the Compare dialog and exported to
 * XLSX / CSV (gis::writeXlsx, gis::writeCsv): one source for both, so the file holds exactly
 * what the planner saw. Headers are translated (tr context "CompareTables") and name the two
 * scenarios. Numbers stay numbers: students and seats to 0.1, utilisation in percent to 0.1.
 * A value type; build on the GUI thread (translations).
 */
class CompareTables {
    Q_DECLARE_TR_FUNCTIONS(CompareTables)
public:
    /// Names shown next to ids (school id -> name, zone id -> name); missing ids show none.
    struct Names {
        QHash<QString, QString> schools;
        QHash<QString, QString> zones;
    };
    /// Years of each flag over the whole plan period in A and B (flagYearsBySubject()).
    struct FlagYears {
        QHash<QString, QString> a;
        QHash<QString, QString> b;
    };

    /// Columns of balance (schools, then catchments).
    enum BalanceColumn {
        kSubjectColumn,
        kIdColumn,
        kNameColumn,
        kDemandAColumn,
        kDemandBColumn,
        kDemandChangeColumn,
        kUtilisationAColumn,
        kUtilisationBColumn,
        kUtilisationChangeColumn,
        kShortfallAColumn,
        kShortfallBColumn,
        kShortfallChangeColumn,
        kFlagsRaisedColumn,
        kFlagsResolvedColumn,
        kFlagYearsAColumn, ///< whole plan: each rule and the year(s) it is raised in A
        kFlagYearsBColumn,
        kBalanceColumnCount
    };

    /**
     * Builds the tables of `comparison` (already filtered to one year and variant, see
     * core::CompareOptions) for `level`: the balance of every school and catchment that
     * changed (all of them when `changedOnly` is false), the zones whose schools differ, and
     * the flags raised or resolved. `labelA` and `labelB` name the scenarios in the headers.
     * `flagYears` fills the flag-year columns (all plan years, not only the chosen one); a row
     * is listed when its flag years differ even if its balance of the year did not change.
     */
    static CompareTables build(const core::ScenarioComparison& comparison, core::Level level,
        const QString& labelA, const QString& labelB, const Names& names, bool changedOnly,
        const FlagYears& flagYears = {});

    gis::ExportTable balance;
    gis::ExportTable zones;
    gis::ExportTable flags;
};

} // namespace seatplan::ui
