#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using seatplan::test::runCli;

TEST_CASE("seatplan-cli site --orlib prints objective, medians and seconds", "[e2e][site]")
{
    const auto file = seatplan::test::sharedData("data/benchmarks/orlib-pmedcap1/pmedcap1-1.txt");
    if (!file) {
        WARN("../shared/data/benchmarks/orlib-pmedcap1/pmedcap1-1.txt is absent; skipped");
        return;
    }
    const auto result = runCli({ "site", "--orlib", file->string() });
    REQUIRE(result.exitCode == 0);
    std::istringstream lines(result.out);
    std::string objective;
    std::string medians;
    std::string seconds;
    std::getline(lines, objective);
    std::getline(lines, medians);
    std::getline(lines, seconds);
    REQUIRE(objective.rfind("objective: ", 0) == 0);
    const double value = std::stod(objective.substr(11));
    CHECK(value >= 713.0);
    CHECK(value <= 713.0 * 1.01); // published optimum of instance 1
    REQUIRE(medians.rfind("medians: ", 0) == 0);
    std::istringstream ids(medians.substr(9));
    int count = 0;
    for (std::string id; ids >> id;) {
        ++count;
    }
    CHECK(count == 5);
    CHECK(seconds.rfind("seconds: ", 0) == 0);
}

TEST_CASE("seatplan-cli site rejects bad arguments and bad files", "[e2e][site]")
{
    seatplan::test::TempDir dir;
    SECTION("a malformed instance exits with 3")
    {
        std::ofstream(dir / "bad.txt") << "1 100\n3 1 10\n1 0 0 2\n";
        const auto result = runCli({ "site", "--orlib", (dir / "bad.txt").string() });
        CHECK(result.exitCode == 3);
        CHECK(result.err.find("OR-Library") != std::string::npos);
    }
    SECTION("no project and no --orlib is a usage error")
    {
        CHECK(runCli({ "site" }).exitCode == 2);
    }
    SECTION("site is listed in the help")
    {
        CHECK(runCli({ "--help" }).out.find("site") != std::string::npos);
    }
}
