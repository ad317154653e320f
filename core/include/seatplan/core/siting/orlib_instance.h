#pragma once

#include "seatplan/core/siting/distance_matrix.h"
#include "seatplan/core/siting/siting_problem.h"

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

namespace seatplan::core {

/**
 * How OR-Library node distances are measured. The published pmedcap1 optima are sums of
 * Euclidean distances truncated to integers (solving with floor(d) reproduces 713, 740, ...
 * exactly; with real distances every optimum lies about 2-3 % higher), so Truncated is the
 * default when comparing with them.
 */
enum class OrLibDistance {
    Truncated, ///< floor of the Euclidean distance, as in the published optima
    Euclidean, ///< the real Euclidean distance
};

/**
 * An OR-Library capacitated p-median instance (Osman and Christofides, "pmedcap1"). Text
 * format: line 1 the instance number and the published optimal objective; line 2 the number
 * of nodes n, the number of medians p and the capacity of every median; then n lines "id x y
 * demand". Every node is both a demand point and a possible median; cost is the Euclidean
 * distance. A value type.
 */
struct OrLibInstance {
    int number = 0;
    double publishedOptimum = 0.0;
    int medians = 0;
    double capacity = 0.0;
    std::vector<std::string> ids;
    std::vector<PlanePoint> points;
    std::vector<double> demand;

    /// Reads an instance; throws InvalidInput naming the line when the text is malformed.
    static OrLibInstance read(std::istream& in);
    /// Reads the file at `path`; throws InvalidInput when it cannot be opened or parsed.
    static OrLibInstance readFile(const std::filesystem::path& path);

    /**
     * Returns the instance as a PMedian SitingProblem: every node a zone and a candidate site
     * with one size of `capacity` seats, no existing schools, at most p new schools, no size
     * cap (capacity is the only limit), each node counting once in the objective.
     */
    SitingProblem toSitingProblem(OrLibDistance distance = OrLibDistance::Truncated) const;
};

} // namespace seatplan::core
