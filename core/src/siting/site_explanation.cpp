#include "seatplan/core/siting/site_explanation.h"

#include "seatplan/core/errors.h"
#include "seatplan/core/siting/heuristic_siting_solver.h"
#include "seatplan/core/siting/siting_problem.h"

#include <algorithm>

namespace seatplan::core {

std::vector<SiteExplanation> explainSiting(
    const SitingProblem& problem, const SitingSolution& proposal)
{
    evaluateSiting(problem, proposal); // checks the shape
    SitingProblem existingOnly = problem;
    existingOnly.budget.maxNewSchools = 0;
    existingOnly.budget.maxNewClasses.reset();
    // With no site to choose the search is one assignment; no shaking is needed.
    HeuristicSitingOptions options;
    options.maxRoundsWithoutImprovement = 1;
    const SitingSolution baseline = solveSitingHeuristic(existingOnly, options).solution;

    const int e = static_cast<int>(problem.existing.size());
    std::vector<SiteExplanation> explanations;
    std::vector<int> slot(problem.candidates.size(), -1);
    for (std::size_t c = 0; c < problem.candidates.size(); ++c) {
        const int size = proposal.candidateSize[c];
        if (size == SitingSolution::kClosed) {
            continue;
        }
        const SizeOption& option = problem.candidates[c].sizes[static_cast<std::size_t>(size)];
        SiteExplanation explanation;
        explanation.candidate = static_cast<int>(c);
        explanation.siteId = problem.candidates[c].id;
        explanation.classes = option.classes;
        explanation.seatsAdded = std::min(option.seats, problem.schoolSizeCap);
        slot[c] = static_cast<int>(explanations.size());
        explanations.push_back(explanation);
    }
    std::vector<double> beforeChildren(explanations.size(), 0.0);
    for (int i = 0; i < problem.zoneCount(); ++i) {
        const int j = proposal.assignment[static_cast<std::size_t>(i)];
        if (j < e) {
            continue;
        }
        SiteExplanation& site
            = explanations[static_cast<std::size_t>(slot[static_cast<std::size_t>(j - e)])];
        const double w = problem.zones[static_cast<std::size_t>(i)].children;
        const double after = problem.distances.at(i, j);
        const int old = baseline.assignment[static_cast<std::size_t>(i)];
        site.childrenAssigned += w;
        site.meanDistanceAfter += w * after;
        const bool wasWithin = old >= 0 && problem.distances.at(i, old) <= problem.serviceRadius;
        if (old < 0) {
            site.shortfallClosed += w;
        } else {
            site.meanDistanceBefore += w * problem.distances.at(i, old);
            beforeChildren[static_cast<std::size_t>(&site - explanations.data())] += w;
        }
        if (after <= problem.serviceRadius && !wasWithin) {
            site.childrenNewlyWithinRadius += w;
        }
    }
    for (std::size_t k = 0; k < explanations.size(); ++k) {
        SiteExplanation& site = explanations[k];
        site.meanDistanceAfter
            = site.childrenAssigned > 0.0 ? site.meanDistanceAfter / site.childrenAssigned : 0.0;
        site.meanDistanceBefore
            = beforeChildren[k] > 0.0 ? site.meanDistanceBefore / beforeChildren[k] : 0.0;
        site.reason = site.shortfallClosed > 0.0   ? SiteReason::ClosesShortfall
            : site.childrenNewlyWithinRadius > 0.0 ? SiteReason::BringsWithinWalkingDistance
                                                   : SiteReason::ShortensTravel;
    }
    return explanations;
}

} // namespace seatplan::core
