#include "sample_stages.h"

#include <cmath>

namespace seatplan::gis::sample {

namespace {

    constexpr int kFirstHistoryYear = 2016;
    constexpr int kEntryAge = 6; // grade 1 at 6 (入学年龄), so grade g was born year - 5 - g
    constexpr int kTeachingPointGrades = 4; // teaching points keep the lower grades only
    // Yearly change of a school's size before 2020 (generated): city schools grew, rural
    // schools and teaching points shrank.
    constexpr double kCrowdedGrowth = 0.03;
    constexpr double kUrbanGrowth = 0.015;
    constexpr double kRuralDecline = 0.04;
    constexpr double kPointDecline = 0.08;

} // namespace

void generateEnrolment(SampleProject& project, SampleRandom random)
{
    for (const auto& school : project.schools) {
        if (school.openingYear)
            continue; // not open yet: no history
        const auto& persons = project.counties[project.towns[school.town].county].census->persons;
        const auto cohort = [&](int birthYear) {
            return static_cast<double>(persons[static_cast<std::size_t>(kCensusYear - birthYear)]);
        };
        const bool urban = project.towns[school.town].urban;
        const double change = school.level == SchoolLevel::TeachingPoint ? -kPointDecline
            : !urban                                                     ? -kRuralDecline
            : school.crowded                                             ? kCrowdedGrowth
                                                                         : kUrbanGrowth;
        for (const auto& [first, last, total] :
            { std::tuple { 1, school.level == SchoolLevel::TeachingPoint ? kTeachingPointGrades : 6,
                  school.studentsPrimary },
                std::tuple { 7, 9, school.studentsJunior } }) {
            if (total <= 0)
                continue;
            // 2020 splits the school's students over grades by cohort size, exactly.
            std::vector<double> weights;
            for (int grade = first; grade <= last; ++grade)
                weights.push_back(cohort(kCensusYear - (kEntryAge - 1) - grade));
            const auto base = apportion(total, weights);
            for (int year = kFirstHistoryYear; year <= kCensusYear; ++year) {
                const double trend = std::pow(1.0 + change, year - kCensusYear);
                for (int grade = first; grade <= last; ++grade) {
                    const auto g = static_cast<std::size_t>(grade - first);
                    int students = static_cast<int>(base[g]);
                    if (year != kCensusYear) {
                        const double ratio = cohort(year - (kEntryAge - 1) - grade)
                            / cohort(kCensusYear - (kEntryAge - 1) - grade);
                        students = static_cast<int>(
                            std::lround(base[g] * ratio * trend * random.uniform(0.97, 1.03)));
                    }
                    project.enrolment.push_back({ school.id, year, grade, students });
                }
            }
        }
    }
}

} // namespace seatplan::gis::sample
