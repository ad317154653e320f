#include "seatplan/core/siting/distance_matrix.h"

#include "seatplan/core/errors.h"

#include <cmath>
#include <string>

namespace seatplan::core {

DistanceMatrix::DistanceMatrix(int rows, int columns, double value)
    : m_rows(rows)
    , m_columns(columns)
{
    if (rows < 0 || columns < 0) {
        throw InvalidInput("distance matrix: negative size " + std::to_string(rows) + " x "
            + std::to_string(columns));
    }
    m_values.assign(static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns), value);
}

DistanceMatrix DistanceMatrix::straightLine(
    const std::vector<PlanePoint>& origins, const std::vector<PlanePoint>& destinations)
{
    DistanceMatrix matrix(static_cast<int>(origins.size()), static_cast<int>(destinations.size()));
    for (int i = 0; i < matrix.rows(); ++i) {
        const PlanePoint& a = origins[static_cast<std::size_t>(i)];
        for (int j = 0; j < matrix.columns(); ++j) {
            const PlanePoint& b = destinations[static_cast<std::size_t>(j)];
            matrix.set(i, j, std::hypot(a.x - b.x, a.y - b.y));
        }
    }
    return matrix;
}

} // namespace seatplan::core
