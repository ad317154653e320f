#include "seatplan/core/levels.h"

#include "seatplan/core/errors.h"
#include "seatplan/core/results.h"

#include <array>
#include <string>

namespace seatplan::core {

namespace {

    constexpr std::array<std::string_view, kLevelCount> kLevelNames { "primary", "junior" };
    constexpr std::array<std::string_view, 5> kSchoolTypeNames { "primary", "junior", "nine_year",
        "twelve_year", "teaching_point" };
    constexpr std::array<std::string_view, kVariantCount> kVariantNames { "low", "medium", "high" };
    constexpr std::array<std::string_view, kQualityIndicatorCount> kIndicatorNames {
        "qualified_teachers", "key_teachers", "art_pe_teachers", "teaching_area", "sports_area",
        "equipment_value", "multimedia_rooms"
    };

    template <typename Enum, std::size_t N>
    Enum parse(
        const std::array<std::string_view, N>& names, std::string_view text, const char* what)
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (names[i] == text)
                return static_cast<Enum>(i);
        }
        std::string expected;
        for (const auto name : names)
            expected += (expected.empty() ? "" : ", ") + std::string(name);
        throw InvalidInput("unknown " + std::string(what) + " '" + std::string(text)
            + "' (expected one of: " + expected + ")");
    }

} // namespace

std::string_view levelName(Level level)
{
    return kLevelNames[static_cast<std::size_t>(level)];
}

Level parseLevel(std::string_view text)
{
    return parse<Level>(kLevelNames, text, "level");
}

std::string_view schoolTypeName(SchoolType type)
{
    return kSchoolTypeNames[static_cast<std::size_t>(type)];
}

SchoolType parseSchoolType(std::string_view text)
{
    return parse<SchoolType>(kSchoolTypeNames, text, "school level");
}

std::string_view variantName(Variant variant)
{
    return kVariantNames[static_cast<std::size_t>(variant)];
}

Variant parseVariant(std::string_view text)
{
    return parse<Variant>(kVariantNames, text, "variant");
}

std::string_view qualityIndicatorName(QualityIndicator indicator)
{
    return kIndicatorNames[static_cast<std::size_t>(indicator)];
}

const char* scopeName(Scope scope)
{
    switch (scope) {
    case Scope::School:
        return "school";
    case Scope::Catchment:
        return "catchment";
    case Scope::Town:
        return "town";
    case Scope::County:
        return "county";
    }
    return "";
}

bool schoolTeaches(SchoolType type, Level level)
{
    switch (type) {
    case SchoolType::Primary:
    case SchoolType::TeachingPoint:
        return level == Level::Primary;
    case SchoolType::Junior:
        return level == Level::Junior;
    case SchoolType::NineYear:
    case SchoolType::TwelveYear:
        return true;
    }
    return false;
}

} // namespace seatplan::core
