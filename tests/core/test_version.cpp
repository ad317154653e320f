#include "seatplan/core/version.h"

#include <catch2/catch.hpp>

#include <regex>
#include <string>

TEST_CASE("The version is a semantic version from the build", "[core][version]")
{
    const std::string version = seatplan::core::version();
    CHECK(std::regex_match(version, std::regex(R"(\d+\.\d+\.\d+)")));
    CHECK(version == seatplan::core::kVersion);
}
