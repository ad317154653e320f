#include "seatplan/core/development.h"
#include "seatplan/core/errors.h"

#include <catch2/catch.hpp>

using namespace seatplan::core;

TEST_CASE(
    "A residential project turns floor area into seats, classes and land", "[core][development]")
{
    Standards s;
    s.set("development.seats_per_1000.primary", 84); // Changle: 6 x 14 per mille
    s.set("development.seats_per_1000.junior", 42);
    Development d;
    d.id = "d1";
    d.siteAreaM2 = 40000;
    d.farOld = 2.5;
    d.residentialShare = 1;
    // 40000 x 2.5 = 100000 m2 -> /100 = 1000 dwellings -> x3 = 3000 residents
    // -> 252 primary seats (6 classes of 45 -> standard 12 classes -> 12x45x18 = 9720 m2)
    // -> 126 junior seats (3 classes of 50 -> standard 12 -> 12x50x23 = 13800 m2).
    Plot plot;
    plot.id = "p1";
    plot.areaM2 = 20000;
    const auto r = evaluateDevelopment(d, &plot, s);
    CHECK(r.dwellings == Approx(1000));
    CHECK(r.residents == Approx(3000));
    CHECK(r.seats[0] == Approx(252));
    CHECK(r.seats[1] == Approx(126));
    CHECK(r.classes[0] == 6);
    CHECK(r.classes[1] == 3);
    CHECK(r.standardSize[0] == 12);
    CHECK(r.landNeededM2[0] == Approx(9720));
    CHECK(r.landNeededM2[1] == Approx(13800));
    CHECK_FALSE(r.plotAdequate); // 20000 < 23520
    plot.areaM2 = 23520;
    CHECK(evaluateDevelopment(d, &plot, s).plotAdequate);
    CHECK_FALSE(evaluateDevelopment(d, nullptr, s).plotAdequate);
}

TEST_CASE("Raising the floor-area ratio adds seats in proportion", "[core][development]")
{
    Standards s;
    s.set("development.seats_per_1000.primary", 84);
    Development d;
    d.id = "d1";
    d.siteAreaM2 = 40000;
    d.farOld = 2.0;
    d.farNew = 2.5;
    // F0: 80000 m2 -> 800 dwellings -> 2400 residents -> 201.6 primary seats.
    // F1: 100000 m2 -> 252 seats; the uplift adds 252 - 201.6 = 50.4 = 201.6 x 0.5 / 2.0.
    const auto r = evaluateDevelopment(d, nullptr, s);
    CHECK(r.seats[0] == Approx(252));
    CHECK(r.extraSeatsFromFar[0] == Approx(50.4));
    d.farNew = -1;
    CHECK_THROWS_AS(evaluateDevelopment(d, nullptr, s), InvalidInput);
}

TEST_CASE("Standard school sizes round classes up to the next size", "[core][development]")
{
    const Standards s;
    CHECK(standardSchoolSize(SchoolType::Primary, 13, s) == 18);
    CHECK(standardSchoolSize(SchoolType::NineYear, 28, s) == 36);
    CHECK(standardSchoolSize(SchoolType::Junior, 40, s) == 0);
    Plot plot;
    plot.plannedType = SchoolType::NineYear;
    plot.plannedClasses = 27; // 18 primary x 45 x 18 + 9 junior x 50 x 23
    CHECK(plotLandNeeded(plot, s) == Approx(18 * 45 * 18 + 9 * 50 * 23));
}
