#include "seatplan/core/quality_evaluation.h"

#include "seatplan/core/errors.h"

#include <cmath>
#include <map>

namespace seatplan::core {

double weightedCv(const std::vector<double>& values, const std::vector<double>& weights)
{
    if (values.size() != weights.size())
        throw InvalidInput("weighted CV: values and weights differ in length");
    double total = 0;
    double weighted = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (weights[i] < 0)
            throw InvalidInput("weighted CV: a weight is negative");
        total += weights[i];
        weighted += weights[i] * values[i];
    }
    if (total <= 0)
        throw InvalidInput("weighted CV: the weights sum to zero");
    const double mean = weighted / total;
    if (mean == 0)
        return 0;
    double variance = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
        variance += weights[i] / total * (values[i] - mean) * (values[i] - mean);
    return std::sqrt(variance) / mean;
}

double unweightedCv(const std::vector<double>& values)
{
    return weightedCv(values, std::vector<double>(values.size(), 1.0));
}

std::array<double, kLevelCount> stageShares(
    double primaryStudents, double juniorStudents, double seniorStudents, const Standards& s)
{
    const double p = primaryStudents;
    const double j = juniorStudents * s.juniorWeight;
    const double total = p + j + seniorStudents * s.seniorWeight;
    if (total <= 0)
        return { 0, 0 };
    return { p / total, j / total };
}

bool schoolPasses(const std::array<double, kQualityIndicatorCount>& ratios, const Standards& s)
{
    int met = 0;
    // Compare with a tolerance: 0.85 of a threshold computed in floating point is often
    // 0.8499999.
    constexpr double kEpsilon = 1e-9;
    for (const double r : ratios) {
        if (r < s.qualityMinRatio - kEpsilon)
            return false;
        if (r >= 1 - kEpsilon)
            ++met;
    }
    return met >= s.qualityMinMet;
}

void evaluateQuality(const std::vector<School>& schools, const Standards& st,
    std::vector<SchoolQualityRow>& rows, std::vector<CountyCvRow>& cvs)
{
    for (const auto& school : schools) {
        if (!school.resources || !school.isPublic)
            continue;
        const double compulsory = school.students[0] + school.students[1];
        if (school.type == SchoolType::TeachingPoint && compulsory < st.teachingPointExcludedBelow)
            continue;
        const auto& res = *school.resources;
        const auto shares
            = stageShares(school.students[0], school.students[1], school.seniorStudents, st);
        for (int l = 0; l < kLevelCount; ++l) {
            const double n = school.students[l];
            if (!schoolTeaches(school.type, static_cast<Level>(l)) || n <= 0)
                continue;
            SchoolQualityRow row;
            row.schoolId = school.id;
            row.countyCode = school.countyCode;
            row.level = static_cast<Level>(l);
            row.students = n;
            row.value = { res.qualifiedTeachers[l] * 100 / n, res.keyTeachers[l] * 100 / n,
                res.artPeTeachers[l] * 100 / n, res.teachingAreaM2 * shares[l] / n,
                res.sportsAreaM2 * shares[l] / n, res.equipmentValueYuan * shares[l] / n,
                res.multimediaRooms * shares[l] * 100 / n };
            for (int i = 0; i < kQualityIndicatorCount; ++i) {
                row.ratio[i] = row.value[i] / st.qualityThreshold[i][l];
                if (row.ratio[i] >= 1 - 1e-9)
                    ++row.indicatorsMet;
            }
            row.passes = schoolPasses(row.ratio, st);
            rows.push_back(std::move(row));
        }
    }
    // Per county and level: CV of each indicator, weighted by enrolment.
    std::map<std::pair<std::string, int>, std::vector<const SchoolQualityRow*>> groups;
    for (const auto& row : rows)
        groups[{ row.countyCode, static_cast<int>(row.level) }].push_back(&row);
    for (const auto& [key, members] : groups) {
        for (int i = 0; i < kQualityIndicatorCount; ++i) {
            std::vector<double> values, weights;
            for (const auto* row : members) {
                values.push_back(row->value[i]);
                weights.push_back(row->students);
            }
            CountyCvRow cv;
            cv.countyCode = key.first;
            cv.level = static_cast<Level>(key.second);
            cv.indicator = static_cast<QualityIndicator>(i);
            double total = 0, weighted = 0;
            for (std::size_t k = 0; k < values.size(); ++k) {
                total += weights[k];
                weighted += weights[k] * values[k];
            }
            cv.mean = weighted / total;
            cv.cv = weightedCv(values, weights);
            cv.limit = st.cvLimit[key.second];
            cv.passes = cv.cv <= cv.limit;
            cv.schools = static_cast<int>(members.size());
            cvs.push_back(std::move(cv));
        }
    }
}

} // namespace seatplan::core
