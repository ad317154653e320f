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
        kBalanceColumnCount
    };

    /**
     * Builds the tables of `comparison` (already filtered to one year and variant, see
     * core::CompareOptions) for `level`: the balance of every school and catchment that
     * changed (all of them when `changedOnly` is false), the zones whose schools differ, and
     * the flags raised or resolved. `labelA` and `labelB` name the scenarios in the headers.
     */
    static CompareTables build(const core::ScenarioComparison& comparison, core::Level level,
        const QString& labelA, const QString& labelB, const Names& names, bool changedOnly);

    gis::ExportTable balance;
    gis::ExportTable zones;
    gis::ExportTable flags;
};

} // namespace seatplan::ui
