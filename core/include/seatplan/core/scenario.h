#pragma once

#include "seatplan/core/levels.h"
#include "seatplan/core/plane_point.h"
#include "seatplan/core/planning_inputs.h"

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace seatplan::core {

// A scenario is the base (PlanningInputs) plus an ordered list of edits. Edits are values so
// that the app's undo commands and the project journal (seatplan_journal) can store them.
// Edits apply in order; a later edit of the same object wins. An edit naming an id that does
// not exist throws InvalidInput from analyze().

/// Adds a school (its openingYear says when its seats start; nullopt = from the first year).
struct NewSchoolEdit {
    School school;
    /// Where the school stands, project CRS metres (the place-school tool's click or the
    /// sited plot's interior point); nullopt = not placed on the map (journals written before
    /// positions were kept, or edits from the CLI's JSON input without x/y).
    std::optional<PlanePoint> location;
};

/// Adds classes to a school from `year` on (negative numbers remove classes).
struct ExpansionEdit {
    std::string schoolId;
    int year = 0;
    std::array<int, kLevelCount> addClasses {}; ///< primary, junior
};

/// Closes a school from `year` on (no seats in that school year or later).
struct ClosureEdit {
    std::string schoolId;
    int year = 0;
};

/// Changes a school's type and classes from `year` on (e.g. primary -> nine-year).
struct ConversionEdit {
    std::string schoolId;
    int year = 0;
    SchoolType newType = SchoolType::NineYear;
    std::array<int, kLevelCount> classes {}; ///< classes per stage after the conversion
};

/// Replaces the catchment with the same id (or adds it); `remove` deletes it instead.
struct CatchmentEdit {
    Catchment catchment;
    bool remove = false;
};

/// Replaces the development with the same id (or adds it); `remove` deletes it instead.
struct DevelopmentEdit {
    Development development;
    bool remove = false;
};

/// Marks a reserved plot's status (planned, acquired, built) with a note; the plot's result
/// row (PlotResult) carries both.
struct PlotStatusEdit {
    std::string plotId;
    PlotStatus status = PlotStatus::Planned;
    std::string note;
};

/// One edit of a scenario.
using ScenarioEdit = std::variant<NewSchoolEdit, ExpansionEdit, ClosureEdit, ConversionEdit,
    CatchmentEdit, DevelopmentEdit, PlotStatusEdit>;

/// A named scenario: "base" (no edits) or a parent plus edits (seatplan_scenarios).
struct Scenario {
    std::string name = "base";
    std::string parent; ///< empty for the base
    std::string description;
    std::vector<ScenarioEdit> edits;
};

/// Returns true when `edit` can change demand (developments); catchment, school and
/// closure edits only change supply and balance, so a cached projection stays valid.
bool editAffectsDemand(const ScenarioEdit& edit);

} // namespace seatplan::core
