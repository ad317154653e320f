#include "seatplan/core/siting/siting_problem.h"

#include "seatplan/core/errors.h"

#include <cmath>

namespace seatplan::core {

namespace {

    void require(bool ok, const std::string& message)
    {
        if (!ok) {
            throw InvalidInput("siting problem: " + message);
        }
    }

} // namespace

void SitingProblem::validate() const
{
    for (const DemandZone& zone : zones) {
        require(std::isfinite(zone.children) && zone.children >= 0.0,
            "zone '" + zone.id + "' has an invalid number of children");
    }
    for (const ExistingSchool& school : existing) {
        require(std::isfinite(school.capacity) && school.capacity >= 0.0,
            "school '" + school.id + "' has an invalid capacity");
    }
    for (const CandidateSite& site : candidates) {
        require(!site.sizes.empty(), "candidate site '" + site.id + "' has no size option");
        for (const SizeOption& size : site.sizes) {
            require(size.classes > 0 && std::isfinite(size.seats) && size.seats > 0.0
                    && size.landM2 >= 0.0,
                "candidate site '" + site.id + "' has an invalid size option");
        }
    }
    require(distances.rows() == zoneCount() && distances.columns() == facilityCount(),
        "the distance matrix is " + std::to_string(distances.rows()) + " x "
            + std::to_string(distances.columns()) + " but there are " + std::to_string(zoneCount())
            + " zones and " + std::to_string(facilityCount()) + " schools and sites");
    for (int i = 0; i < distances.rows(); ++i) {
        for (int j = 0; j < distances.columns(); ++j) {
            const double d = distances.at(i, j);
            require(!std::isnan(d) && d >= 0.0,
                "distance from zone '" + zones[static_cast<std::size_t>(i)].id + "' to facility "
                    + std::to_string(j) + " is negative or not a number");
        }
    }
    require(budget.maxNewSchools >= 0, "the budget of new schools is negative");
    require(!budget.maxNewClasses || *budget.maxNewClasses >= 0,
        "the budget of new classes is negative");
    require(schoolSizeCap > 0.0, "the school size cap must be positive");
    require(serviceRadius >= 0.0 && std::isfinite(serviceRadius),
        "the service radius must be a finite distance >= 0");
}

} // namespace seatplan::core
