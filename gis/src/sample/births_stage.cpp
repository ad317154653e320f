#include "sample_stages.h"

namespace seatplan::gis::sample {

namespace {
    constexpr int kFirstBirthYear = 2014;
} // namespace

void generateBirths(SampleProject& project)
{
    // 2014-2020: the census cohort born that year (age 2020 - year on 1 Nov 2020) stands for
    // the births, so births and the census age structure agree by construction.
    for (const auto& county : project.counties)
        for (int year = kFirstBirthYear; year <= kCensusYear; ++year)
            project.births.push_back({ county.census->code, year,
                county.census->persons[static_cast<std::size_t>(kCensusYear - year)] });
    // 2021 and 2022: the real city totals (统计公报), split over the counties by their age-0.
    std::vector<double> ageZero;
    for (const auto& county : project.counties)
        ageZero.push_back(static_cast<double>(county.census->persons[0]));
    const auto split2021 = apportion(project.inputs.births2021, ageZero);
    const auto split2022 = apportion(project.inputs.births2022, ageZero);
    for (std::size_t c = 0; c < project.counties.size(); ++c) {
        project.births.push_back({ project.counties[c].census->code, 2021, split2021[c] });
        project.births.push_back({ project.counties[c].census->code, 2022, split2022[c] });
    }
}

} // namespace seatplan::gis::sample
