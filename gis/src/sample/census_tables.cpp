#include "census_tables.h"

#include "sample_error.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <sstream>

namespace seatplan::gis::sample {

namespace {

    using Row = std::map<std::string, std::string>;

    std::vector<std::string> splitCsvLine(const std::string& line)
    {
        std::vector<std::string> fields;
        std::string field;
        bool quoted = false;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted) {
                if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.push_back(field);
                field.clear();
            } else if (c != '\r') {
                field += c;
            }
        }
        fields.push_back(field);
        return fields;
    }

    // Reads a small UTF-8 CSV (with or without BOM) into rows keyed by header name.
    std::vector<Row> readCsv(const std::filesystem::path& path)
    {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw sampleError(path, "", "cannot open the file");
        std::string line;
        std::getline(in, line);
        if (line.rfind("\xEF\xBB\xBF", 0) == 0)
            line.erase(0, 3);
        const auto header = splitCsvLine(line);
        std::vector<Row> rows;
        while (std::getline(in, line)) {
            if (line.empty() || line == "\r")
                continue;
            const auto fields = splitCsvLine(line);
            if (fields.size() != header.size())
                throw sampleError(path, "",
                    "row " + std::to_string(rows.size() + 2) + " has "
                        + std::to_string(fields.size()) + " fields, the header "
                        + std::to_string(header.size()));
            Row row;
            for (std::size_t i = 0; i < header.size(); ++i)
                row[header[i]] = fields[i];
            rows.push_back(std::move(row));
        }
        return rows;
    }

    double number(const Row& row, const std::string& key, const std::filesystem::path& path)
    {
        const auto it = row.find(key);
        if (it == row.end())
            throw sampleError(path, key, "missing column");
        try {
            return std::stod(it->second);
        } catch (const std::exception&) {
            throw sampleError(path, key, "not a number ('" + it->second + "')");
        }
    }

    const Row& rowByCode(
        const std::vector<Row>& rows, const std::string& code, const std::filesystem::path& path)
    {
        for (const auto& row : rows)
            if (row.at("CODE") == code)
                return row;
        throw sampleError(path, "CODE", "no row for county " + code);
    }

    struct Band {
        const char* key;
        int first;
        int width;
    };

    // The published bands; 85P is kept whole as the top cohort.
    constexpr Band kBands[]
        = { { "AGES_0", 0, 1 }, { "AGES_1-4", 1, 4 }, { "AGES_5-9", 5, 5 }, { "AGES_10-14", 10, 5 },
              { "AGES_15-19", 15, 5 }, { "AGES_20-24", 20, 5 }, { "AGES_25-29", 25, 5 },
              { "AGES_30-34", 30, 5 }, { "AGES_35-39", 35, 5 }, { "AGES_40-44", 40, 5 },
              { "AGES_45-49", 45, 5 }, { "AGES_50-54", 50, 5 }, { "AGES_55-59", 55, 5 },
              { "AGES_60-64", 60, 5 }, { "AGES_65-69", 65, 5 }, { "AGES_70-74", 70, 5 },
              { "AGES_75-79", 75, 5 }, { "AGES_80-84", 80, 5 }, { "AGES_85P", 85, 1 } };

} // namespace

std::vector<long long> apportion(long long total, const std::vector<double>& weights)
{
    std::vector<long long> out(weights.size(), 0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (weights.empty() || sum <= 0)
        return out;
    std::vector<std::pair<double, std::size_t>> remainders;
    remainders.reserve(weights.size());
    long long given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double quota = static_cast<double>(total) * weights[i] / sum;
        out[i] = static_cast<long long>(std::floor(quota));
        given += out[i];
        remainders.emplace_back(quota - static_cast<double>(out[i]), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
        [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given)
        ++out[remainders[k].second];
    return out;
}

std::array<long long, kTopAge + 1> singleYearAges(
    const std::map<std::string, double>& bands, long long population)
{
    constexpr std::size_t kCount = std::size(kBands);
    std::vector<double> mean(kCount);
    for (std::size_t b = 0; b < kCount; ++b)
        mean[b] = bands.at(kBands[b].key) / kBands[b].width;
    std::vector<double> weights(kTopAge + 1, 0.0);
    for (std::size_t b = 0; b < kCount; ++b) {
        const Band& band = kBands[b];
        if (band.width == 1) {
            weights[static_cast<std::size_t>(band.first)] = mean[b];
            continue;
        }
        const double before = b > 0 ? mean[b - 1] : mean[b];
        const double after = b + 1 < kCount - 1 ? mean[b + 1] : mean[b];
        double slope = (after - before) / (0.5 * (kBands[b].width + 5));
        // Keep every single year positive: the slope may not tip the band's ends below zero.
        const double half = 0.5 * (band.width - 1);
        slope = std::clamp(slope, -mean[b] / (half + 1), mean[b] / (half + 1));
        for (int i = 0; i < band.width; ++i)
            weights[static_cast<std::size_t>(band.first + i)] = mean[b] + slope * (i - half);
    }
    const auto persons = apportion(population, weights);
    std::array<long long, kTopAge + 1> out {};
    std::copy(persons.begin(), persons.end(), out.begin());
    return out;
}

RealInputs readRealInputs(const std::filesystem::path& realDataDir)
{
    RealInputs inputs;
    const auto dir = realDataDir / "population" / "census2020_county";
    const auto popPath = dir / "meizhou_population.csv";
    const auto agesPath = dir / "meizhou_ages.csv";
    const auto hhPath = dir / "meizhou_households.csv";
    const auto popRows = readCsv(popPath);
    const auto ageRows = readCsv(agesPath);
    const auto hhRows = readCsv(hhPath);

    const auto countyPath = realDataDir / "admin_codes" / "nbs2023_counties_meizhou.csv";
    for (const auto& county : readCsv(countyPath)) {
        CountyCensus census;
        census.code = county.at("code");
        census.name = county.at("name");
        const Row& pop = rowByCode(popRows, census.code, popPath);
        census.population = std::llround(number(pop, "POPU", popPath));
        census.malesPer100Females = number(pop, "POPU_WM", popPath);
        census.urbanShare = number(pop, "POPU_URB", popPath);
        const Row& hh = rowByCode(hhRows, census.code, hhPath);
        census.householdSize = number(hh, "HHLD_S", hhPath);
        census.familyHouseholdShare = number(hh, "HHLD_R", hhPath);
        const Row& ages = rowByCode(ageRows, census.code, agesPath);
        for (const auto& band : kBands)
            census.ageBands[band.key] = number(ages, band.key, agesPath);
        census.persons = singleYearAges(census.ageBands, census.population);
        inputs.counties.push_back(std::move(census));
    }
    std::sort(inputs.counties.begin(), inputs.counties.end(),
        [](const auto& a, const auto& b) { return a.code < b.code; });

    const auto townPath = realDataDir / "admin_codes" / "nbs2023_townships_meizhou.csv";
    for (const auto& row : readCsv(townPath))
        inputs.towns.push_back({ row.at("code"), row.at("name"), row.at("areaCode") });
    std::sort(inputs.towns.begin(), inputs.towns.end(),
        [](const auto& a, const auto& b) { return a.code < b.code; });

    const auto birthsPath
        = realDataDir / "population" / "vital_stats" / "meizhou_births_secondary_sources.csv";
    for (const auto& row : readCsv(birthsPath)) {
        if (row.at("area_code") != "441400" || row.at("indicator") != "births")
            continue;
        const long long births = std::llround(number(row, "value", birthsPath) * 10000.0);
        if (row.at("year") == "2021")
            inputs.births2021 = births;
        else if (row.at("year") == "2022")
            inputs.births2022 = births;
    }
    if (inputs.births2021 == 0 || inputs.births2022 == 0)
        throw sampleError(birthsPath, "births", "no 2021 or 2022 city births row");
    inputs.boundaryFile = realDataDir / "boundaries" / "datav_2021" / "441400_full.json";
    if (inputs.counties.size() != 8 || inputs.towns.size() != 117)
        throw sampleError(countyPath, "", "expected 8 counties and 117 townships");
    return inputs;
}

} // namespace seatplan::gis::sample
