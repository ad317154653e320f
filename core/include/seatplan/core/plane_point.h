#pragma once

namespace seatplan::core {

/// A point in a projected CRS (metres), e.g. a zone's population centroid or a school.
struct PlanePoint {
    double x = 0.0;
    double y = 0.0;
};

} // namespace seatplan::core
