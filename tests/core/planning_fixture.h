#pragma once

// A tiny hand-checkable project for the core tests: one county, one urban and one rural town,
// zones whose children are all of one age, and schools with round capacities. Projection
// assumptions are neutral (no migration, no urbanisation) unless a test sets them.
#include "seatplan/core/planning_inputs.h"

namespace seatplan::test {

inline core::PlanningInputs tinyProject()
{
    using namespace seatplan::core;
    PlanningInputs in;
    in.regionCode = "441400";
    in.baseYear = 2020;
    in.lastYear = 2025;
    in.standards.netMigrationRate = { 0, 0, 0 };
    in.standards.urbanisationShift = { 0, 0, 0 };
    in.counties = { { "441402", "梅江区" } };
    in.towns = { { "441402001", "金山街道", "441402", true },
        { "441402100", "西阳镇", "441402", false } };
    Zone urban;
    urban.id = "z1";
    urban.name = "Zone 1";
    urban.townCode = "441402001";
    urban.countyCode = "441402";
    urban.urban = true;
    urban.population = 10000;
    urban.ages.assign(15, 100.0); // 100 children at every age 0-14
    Zone rural = urban;
    rural.id = "z2";
    rural.name = "Zone 2";
    rural.townCode = "441402100";
    rural.urban = false;
    in.zones = { urban, rural };
    School a;
    a.id = "s1";
    a.name = "School 1";
    a.type = SchoolType::Primary;
    a.townCode = "441402001";
    a.countyCode = "441402";
    a.classes = { 12, 0 }; // 540 seats
    a.students = { 540, 0 };
    a.maxClassSize = 45;
    a.boarding = true;
    School b = a;
    b.id = "s2";
    b.name = "School 2";
    b.type = SchoolType::Junior;
    b.classes = { 0, 6 }; // 300 seats
    b.students = { 0, 300 };
    b.maxClassSize = 50;
    School c = a;
    c.id = "s3";
    c.name = "School 3";
    c.townCode = "441402100";
    c.boarding = false;
    c.classes = { 6, 0 }; // 270 seats
    c.students = { 600, 0 };
    in.schools = { a, b, c };
    in.catchments = {
        { "c1", Level::Primary, { { "z1", 1.0 } }, { { "s1", 0 } }, false },
        { "c2", Level::Junior, { { "z1", 1.0 }, { "z2", 1.0 } }, { { "s2", 0 } }, false },
        { "c3", Level::Primary, { { "z2", 1.0 } }, { { "s3", 0 } }, false },
    };
    return in;
}

} // namespace seatplan::test
