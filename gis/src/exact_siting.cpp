#include "seatplan/gis/exact_siting.h"

#include "seatplan/core/siting/siting_cost.h"
#include "seatplan/core/siting/siting_problem.h"

#include <glpk.h>

#include <chrono>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <vector>

namespace seatplan::gis {

namespace {

    struct GlpProbDeleter {
        void operator()(glp_prob* p) const noexcept { glp_delete_prob(p); }
    };
    using GlpProbPtr = std::unique_ptr<glp_prob, GlpProbDeleter>;

    std::size_t at(int index)
    {
        return static_cast<std::size_t>(index);
    }

    /// Sparse rows collected before loading them into GLPK in one call (1-based arrays).
    struct Matrix {
        std::vector<int> rows { 0 };
        std::vector<int> columns { 0 };
        std::vector<double> values { 0.0 };
        void add(int row, int column, double value)
        {
            rows.push_back(row);
            columns.push_back(column);
            values.push_back(value);
        }
    };

    int addRow(glp_prob* lp, int type, double lower, double upper)
    {
        const int row = glp_add_rows(lp, 1);
        glp_set_row_bnds(lp, row, type, lower, upper);
        return row;
    }

    int addBinary(glp_prob* lp, double cost)
    {
        const int column = glp_add_cols(lp, 1);
        glp_set_col_kind(lp, column, GLP_BV);
        glp_set_obj_coef(lp, column, cost);
        return column;
    }

} // namespace

ExactSitingResult solveSitingExact(
    const core::SitingProblem& problem, const ExactSitingOptions& options)
{
    problem.validate();
    const auto start = std::chrono::steady_clock::now();
    const core::SitingCost cost(problem);
    const int n = problem.zoneCount();
    const int e = static_cast<int>(problem.existing.size());
    const int m = problem.facilityCount();
    const int candidates = static_cast<int>(problem.candidates.size());

    glp_term_out(options.verbose ? GLP_ON : GLP_OFF);
    GlpProbPtr owner(glp_create_prob());
    glp_prob* lp = owner.get();
    glp_set_obj_dir(lp, GLP_MIN);
    Matrix matrix;

    // y_cs: site c built at size s.
    std::vector<std::vector<int>> y(at(candidates));
    for (int c = 0; c < candidates; ++c) {
        for (std::size_t s = 0; s < problem.candidates[at(c)].sizes.size(); ++s) {
            y[at(c)].push_back(addBinary(lp, 0.0));
        }
    }
    // x_ij for reachable pairs, u_i for unserved.
    std::vector<std::vector<std::pair<int, int>>> x(at(n)); // (facility, column)
    std::vector<int> u(at(n));
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < m; ++j) {
            if (std::isfinite(cost.assign(i, j))) {
                x[at(i)].emplace_back(j, addBinary(lp, cost.assign(i, j)));
            }
        }
        u[at(i)] = addBinary(lp, cost.unserved(i));
    }

    // Every zone served exactly once (or unserved).
    for (int i = 0; i < n; ++i) {
        const int row = addRow(lp, GLP_FX, 1.0, 1.0);
        for (const auto& [j, column] : x[at(i)]) {
            matrix.add(row, column, 1.0);
        }
        matrix.add(row, u[at(i)], 1.0);
    }
    // Capacities: existing schools fixed; sites only with the seats of their size.
    std::vector<int> capacityRow(at(m));
    for (int j = 0; j < m; ++j) {
        if (j < e) {
            const double seats = std::min(problem.existing[at(j)].capacity, problem.schoolSizeCap);
            capacityRow[at(j)] = addRow(lp, GLP_UP, 0.0, seats);
        } else {
            capacityRow[at(j)] = addRow(lp, GLP_UP, 0.0, 0.0);
            const auto& sizes = problem.candidates[at(j - e)].sizes;
            for (std::size_t s = 0; s < sizes.size(); ++s) {
                matrix.add(capacityRow[at(j)], y[at(j - e)][s],
                    -std::min(sizes[s].seats, problem.schoolSizeCap));
            }
        }
    }
    for (int i = 0; i < n; ++i) {
        for (const auto& [j, column] : x[at(i)]) {
            matrix.add(capacityRow[at(j)], column, problem.zones[at(i)].children);
            if (j >= e) {
                // x_ic <= sum_s y_cs: tightens the relaxation far beyond the capacity row.
                const int row = addRow(lp, GLP_UP, 0.0, 0.0);
                matrix.add(row, column, 1.0);
                for (int ys : y[at(j - e)]) {
                    matrix.add(row, ys, -1.0);
                }
            }
        }
    }
    // One size per site; budgets.
    const int schoolsRow = addRow(lp, GLP_UP, 0.0, problem.budget.maxNewSchools);
    const int classesRow
        = problem.budget.maxNewClasses ? addRow(lp, GLP_UP, 0.0, *problem.budget.maxNewClasses) : 0;
    for (int c = 0; c < candidates; ++c) {
        const int row = addRow(lp, GLP_UP, 0.0, 1.0);
        const auto& sizes = problem.candidates[at(c)].sizes;
        for (std::size_t s = 0; s < sizes.size(); ++s) {
            matrix.add(row, y[at(c)][s], 1.0);
            matrix.add(schoolsRow, y[at(c)][s], 1.0);
            if (classesRow) {
                matrix.add(classesRow, y[at(c)][s], sizes[s].classes);
            }
        }
    }
    glp_load_matrix(lp, static_cast<int>(matrix.values.size()) - 1, matrix.rows.data(),
        matrix.columns.data(), matrix.values.data());

    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.presolve = GLP_ON;
    parameters.gmi_cuts = GLP_ON;
    parameters.mir_cuts = GLP_ON;
    parameters.cov_cuts = GLP_ON;
    parameters.clq_cuts = GLP_ON;
    parameters.mip_gap = options.relativeGap;
    parameters.tm_lim = static_cast<int>(std::min(options.timeLimitSeconds * 1000.0, 2.0e9));
    const int status = glp_intopt(lp, &parameters);
    if (status != 0 && status != GLP_ETMLIM && status != GLP_EMIPGAP && status != GLP_ENOPFS
        && status != GLP_ENODFS) {
        throw std::runtime_error("GLPK failed to solve the siting MILP (glp_intopt code "
            + std::to_string(status) + ")");
    }

    ExactSitingResult result;
    const int mipStatus = glp_mip_status(lp);
    result.solutionFound = mipStatus == GLP_OPT || mipStatus == GLP_FEAS;
    result.provenOptimal = mipStatus == GLP_OPT;
    if (result.solutionFound) {
        result.cost = glp_mip_obj_val(lp);
        result.solution.candidateSize.assign(at(candidates), core::SitingSolution::kClosed);
        for (int c = 0; c < candidates; ++c) {
            for (std::size_t s = 0; s < y[at(c)].size(); ++s) {
                if (glp_mip_col_val(lp, y[at(c)][s]) > 0.5) {
                    result.solution.candidateSize[at(c)] = static_cast<int>(s);
                }
            }
        }
        result.solution.assignment.assign(at(n), core::SitingSolution::kUnserved);
        for (int i = 0; i < n; ++i) {
            for (const auto& [j, column] : x[at(i)]) {
                if (glp_mip_col_val(lp, column) > 0.5) {
                    result.solution.assignment[at(i)] = j;
                }
            }
        }
    }
    // GLPK does not expose the final tree bound through its API once glp_intopt returns;
    // a proven optimum is its own bound, otherwise the LP relaxation is a valid one.
    result.bound = result.provenOptimal ? result.cost : glp_get_obj_val(lp);
    result.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace seatplan::gis
