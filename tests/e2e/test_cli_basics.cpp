#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

using seatplan::test::runCli;

TEST_CASE("seatplan-cli --version prints the version", "[e2e][cli]")
{
    const auto result = runCli({ "--version" });
    CHECK(result.exitCode == 0);
    CHECK(result.out.rfind("seatplan-cli 0.", 0) == 0);
}

TEST_CASE("seatplan-cli --help lists the commands and the exit codes", "[e2e][cli]")
{
    const auto result = runCli({ "--help" });
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("Usage: seatplan-cli") != std::string::npos);
    CHECK(result.out.find("version") != std::string::npos);
    CHECK(result.out.find("3 bad input data") != std::string::npos);
}

TEST_CASE(
    "Without a language asked for, a bare C locale gets Chinese and en_US English", "[e2e][cli]")
{
    const auto bare = runCli({ "--help" }, { { "SEATPLAN_LANG", "" }, { "LC_ALL", "C.UTF-8" } });
    INFO(bare.out);
    CHECK(bare.exitCode == 0);
    CHECK(bare.out.find("Usage: seatplan-cli") == std::string::npos);
    CHECK(bare.out.find("3 bad input data") == std::string::npos);
    const auto english
        = runCli({ "--help" }, { { "SEATPLAN_LANG", "" }, { "LC_ALL", "en_US.UTF-8" } });
    INFO(english.out);
    CHECK(english.out.find("3 bad input data") != std::string::npos);
}

TEST_CASE("Every command has its own --help", "[e2e][cli]")
{
    const auto result = runCli({ "version", "--help" });
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("seatplan-cli version") != std::string::npos);
}

TEST_CASE("Usage errors exit with code 2 and say what is wrong", "[e2e][cli]")
{
    SECTION("no command")
    {
        CHECK(runCli({}).exitCode == 2);
    }
    SECTION("unknown command")
    {
        const auto result = runCli({ "frobnicate" });
        CHECK(result.exitCode == 2);
        CHECK(result.err.find("unknown command 'frobnicate'") != std::string::npos);
    }
    SECTION("unknown option")
    {
        const auto result = runCli({ "version", "--no-such-option" });
        CHECK(result.exitCode == 2);
        CHECK(result.err.find("no-such-option") != std::string::npos);
    }
}

TEST_CASE("Messages are Chinese with --lang zh or a Chinese SEATPLAN_LANG", "[e2e][cli]")
{
    const auto flag = runCli({ "--lang", "zh", "frobnicate" });
    CHECK(flag.exitCode == 2);
    CHECK(flag.err.find("未知命令") != std::string::npos);

    const auto env = runCli({ "--help" }, { { "SEATPLAN_LANG", "zh_CN" } });
    CHECK(env.out.find("用法") != std::string::npos);
}

TEST_CASE("seatplan --version prints the GUI's version without a display", "[e2e][gui]")
{
    const auto result
        = seatplan::test::runProcess((seatplan::test::binaryDir() / "seatplan").string(),
            { "--version" }, { { "QT_QPA_PLATFORM", "offscreen" } });
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("SeatPlan 0.") != std::string::npos);
}
