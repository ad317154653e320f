#pragma once
// Table writes shared by Project methods that combine them in one transaction.

#include "detail/sqlite_handles.h"
#include "seatplan/gis/project_tables.h"

namespace seatplan::gis::detail {

/// Inserts or replaces the provenance row of `row.layer` (and its metadata short form).
void writeProvenance(const SqliteDatabase& db, const ProvenanceRow& row);

} // namespace seatplan::gis::detail
