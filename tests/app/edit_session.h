#pragma once

// What the tests of the scenario edit tools share: a main window on a private copy of the
// sample project in an editable scenario, and the balance rows they check.
#include "seatplan/core/results.h"
#include "seatplan/core/scenario.h"
#include "seatplan/gis/vector_layer.h"
#include "seatplan/ui/main_window.h"

#include "test_paths.h"

#include <QPoint>
#include <QPointF>
#include <QPolygonF>

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace seatplan::ui {
class EditToolbar;
class MapCanvas;
class PlanDocument;
} // namespace seatplan::ui

namespace seatplan::test {

/// A main window with a private copy of the sample project open in an editable scenario.
struct Session {
    TempDir dir;
    ui::MainWindow window;
    ui::PlanDocument* document = nullptr;
    ui::MapCanvas* canvas = nullptr;
    ui::EditToolbar* tools = nullptr;

    /// Opens the copy in a new scenario `scenario`; false when the sample data is absent.
    bool open(const char* scenario = "edit-tools");
    /// Waits until the results are those of the current scenario's edits.
    bool waitForResults();
    std::vector<core::Catchment> catchments() const;
    QPoint screen(QPointF map) const;
};

/// Waits until the document's results differ from `old` and belong to its scenario.
bool waitForNewResults(ui::PlanDocument& document, const std::shared_ptr<const core::Results>& old);

/// The polygon of the ring `ring` (map coordinates, open or closed).
gis::Geometry polygonOf(const QPolygonF& ring);

/// The zones (ids) of which more than half lies inside `inside` and, when `outside` is not
/// empty, not more than half inside `outside`: exact GEOS overlay of every zone, no index.
std::set<std::string> majorityIn(
    const gis::VectorLayer& zones, const QPolygonF& inside, const QPolygonF& outside);

/// The primary, medium-variant balance row of school or catchment `id` in `year`, or null.
const core::BalanceRow* balance(
    const core::Results& r, core::Scope scope, const std::string& id, int year);

/// The unlocked primary catchments of two or more zones with one school that serves no other
/// catchment, each with that school.
std::vector<std::pair<core::Catchment, std::string>> soleSchoolCatchments(
    const core::PlanningInputs& in);

/// The first of soleSchoolCatchments() (fails the test when there is none).
std::pair<core::Catchment, std::string> soleSchoolCatchment(const core::PlanningInputs& in);

} // namespace seatplan::test
