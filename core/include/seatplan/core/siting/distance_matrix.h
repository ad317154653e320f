#pragma once

#include "seatplan/core/plane_point.h"

#include <cstddef>
#include <vector>

namespace seatplan::core {

/**
 * A dense rows x columns matrix of distances (rows: demand zones, columns: facilities), in
 * the unit of its source (metres for projects). +infinity marks an unreachable pair.
 * A value type; safe to share read-only between threads.
 */
class DistanceMatrix {
public:
    DistanceMatrix() = default;
    /// Creates a rows x columns matrix filled with `value`.
    DistanceMatrix(int rows, int columns, double value = 0.0);

    /// Returns the straight-line (Euclidean) distances from each origin to each destination.
    static DistanceMatrix straightLine(
        const std::vector<PlanePoint>& origins, const std::vector<PlanePoint>& destinations);

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    double at(int row, int column) const
    {
        return m_values[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_columns)
            + static_cast<std::size_t>(column)];
    }
    void set(int row, int column, double value)
    {
        m_values[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_columns)
            + static_cast<std::size_t>(column)]
            = value;
    }

private:
    int m_rows = 0;
    int m_columns = 0;
    std::vector<double> m_values;
};

} // namespace seatplan::core
