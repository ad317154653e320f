#pragma once

#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace seatplan::gis::sample {

/// Oldest single year the sample keeps; the last cohort holds everyone aged kTopAge and over.
inline constexpr int kTopAge = 85;
/// The census reference year (七普, 1 November 2020), the sample's base year.
inline constexpr int kCensusYear = 2020;

/// Real 2020 census figures for one county (NBS 分县资料 via thebamboogrove/tudigong).
struct CountyCensus {
    std::string code; ///< adcode, e.g. "441402"
    std::string name;
    long long population = 0; ///< resident population
    double malesPer100Females = 0;
    double urbanShare = 0; ///< share of residents in urban townships
    double householdSize = 0; ///< persons per family household (HHLD_S)
    double familyHouseholdShare = 0; ///< share of residents living in family households (HHLD_R)
    std::map<std::string, double> ageBands; ///< AGES_* columns as published (shares)
    std::array<long long, kTopAge + 1> persons {}; ///< single-year ages, summing to population
};

/// One NBS township (街道/镇/乡) record.
struct TownRecord {
    std::string code; ///< 9-digit NBS code
    std::string name;
    std::string countyCode;
};

/// The real inputs of the Meizhou sample, read from shared/data/real.
struct RealInputs {
    std::vector<CountyCensus> counties; ///< in NBS code order
    std::vector<TownRecord> towns; ///< in NBS code order
    long long births2021 = 0; ///< city total (统计公报, 4.99万)
    long long births2022 = 0; ///< city total (4.20万)
    std::filesystem::path boundaryFile; ///< DataV 441400_full.json (GCJ-02)
};

/// Reads the census, code and births files. Throws GisError naming the file on any problem.
RealInputs readRealInputs(const std::filesystem::path& realDataDir);

/**
 * Splits published 5-year age shares into single years: linear within each band with the
 * slope of the neighbouring band means, so that every band keeps its total; then rounds to
 * persons with largest remainders so that the ages sum exactly to `population`.
 */
std::array<long long, kTopAge + 1> singleYearAges(
    const std::map<std::string, double>& bands, long long population);

/// Splits `total` into integers proportional to `weights` (largest remainders; ties by index).
std::vector<long long> apportion(long long total, const std::vector<double>& weights);

} // namespace seatplan::gis::sample
