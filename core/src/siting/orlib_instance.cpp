#include "seatplan/core/siting/orlib_instance.h"

#include "seatplan/core/errors.h"

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

namespace seatplan::core {

namespace {

    std::istringstream nextLine(std::istream& in, int& lineNumber, const std::string& what)
    {
        std::string line;
        while (std::getline(in, line)) {
            ++lineNumber;
            if (line.find_first_not_of(" \t\r") != std::string::npos) {
                return std::istringstream(line);
            }
        }
        throw InvalidInput(
            "OR-Library instance: missing " + what + " after line " + std::to_string(lineNumber));
    }

    void fail(int lineNumber, const std::string& what)
    {
        throw InvalidInput("OR-Library instance, line " + std::to_string(lineNumber) + ": " + what);
    }

} // namespace

OrLibInstance OrLibInstance::read(std::istream& in)
{
    OrLibInstance instance;
    int line = 0;
    auto header = nextLine(in, line, "the header");
    if (!(header >> instance.number >> instance.publishedOptimum)) {
        fail(line, "expected the instance number and the optimal objective");
    }
    auto sizes = nextLine(in, line, "the problem size");
    int nodes = 0;
    if (!(sizes >> nodes >> instance.medians >> instance.capacity) || nodes <= 0
        || instance.medians <= 0 || instance.medians > nodes || instance.capacity <= 0.0) {
        fail(line, "expected the number of nodes, of medians and the capacity (all positive)");
    }
    for (int k = 0; k < nodes; ++k) {
        auto row = nextLine(in, line, "node " + std::to_string(k + 1));
        std::string id;
        PlanePoint point;
        double demand = 0.0;
        if (!(row >> id >> point.x >> point.y >> demand) || demand < 0.0) {
            fail(line, "expected a node: id, x, y and a demand >= 0");
        }
        instance.ids.push_back(id);
        instance.points.push_back(point);
        instance.demand.push_back(demand);
    }
    return instance;
}

OrLibInstance OrLibInstance::readFile(const std::filesystem::path& path)
{
    std::ifstream in(path);
    if (!in) {
        throw InvalidInput("cannot open the OR-Library instance " + path.string());
    }
    try {
        return read(in);
    } catch (const InvalidInput& error) {
        throw InvalidInput(path.string() + ": " + error.what());
    }
}

SitingProblem OrLibInstance::toSitingProblem(OrLibDistance distance) const
{
    SitingProblem problem;
    for (std::size_t k = 0; k < ids.size(); ++k) {
        problem.zones.push_back({ ids[k], demand[k] });
        // OR-Library medians have no classes; one class stands for "one median".
        problem.candidates.push_back({ ids[k], { SizeOption { 1, capacity, 0.0 } } });
    }
    problem.distances = DistanceMatrix::straightLine(points, points);
    if (distance == OrLibDistance::Truncated) {
        for (int i = 0; i < problem.distances.rows(); ++i) {
            for (int j = 0; j < problem.distances.columns(); ++j) {
                problem.distances.set(i, j, std::floor(problem.distances.at(i, j)));
            }
        }
    }
    problem.objective = SitingObjective::PMedian;
    problem.budget.maxNewSchools = medians;
    problem.schoolSizeCap = std::numeric_limits<double>::infinity();
    problem.weightByChildren = false;
    return problem;
}

} // namespace seatplan::core
