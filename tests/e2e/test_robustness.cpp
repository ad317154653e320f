// Every file under shared/data/real/robustness goes through `seatplan-cli import` as a user
// would: each must end in a successful import with a report, or in exit code 3 with a message
// naming the file. No crash, no hang (each run is bounded by timeout(1)), and a failed import
// leaves no layer or table rows behind.
#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

using seatplan::test::runProcess;
using seatplan::test::TempDir;

namespace fs = std::filesystem;

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// The files a user would pick: sidecars (.shx, .prj, ...) and .dbf files of a .shp are not.
std::vector<fs::path> importableFiles(const fs::path& root)
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file())
            continue;
        const fs::path& p = entry.path();
        const std::string ext = lower(p.extension().string());
        if (ext == ".shx" || ext == ".sbn" || ext == ".sbx" || ext == ".prj" || ext == ".csvt"
            || ext == ".cpg" || ext == ".md")
            continue;
        if (ext == ".dbf") {
            fs::path shp = p;
            if (fs::exists(shp.replace_extension(".shp")))
                continue;
        }
        files.push_back(p);
    }
    std::sort(files.begin(), files.end());
    return files;
}

seatplan::test::ProcessResult cli(const std::vector<std::string>& arguments)
{
    std::vector<std::string> args
        = { "120", (seatplan::test::binaryDir() / "seatplan-cli").string() };
    args.insert(args.end(), arguments.begin(), arguments.end());
    // The checks below read the English messages.
    return runProcess("/usr/bin/timeout", args, { { "SEATPLAN_LANG", "en" } });
}

// After a failed import every layer and table must still be empty.
bool projectIsEmpty(const std::string& project)
{
    const auto layers = cli({ "layers", project });
    if (layers.exitCode != 0)
        return false;
    std::size_t pos = 0;
    while ((pos = layers.out.find('\t', pos)) != std::string::npos) {
        const std::size_t count = layers.out.find('\t', pos + 1);
        if (count == std::string::npos)
            break;
        const std::string kind = layers.out.substr(pos + 1, count - pos - 1);
        const std::size_t end = layers.out.find_first_of("\t\n", count + 1);
        const std::string number = layers.out.substr(count + 1, end - count - 1);
        const bool scenarios = layers.out.rfind("seatplan_scenarios", pos) != std::string::npos
            && layers.out.rfind("seatplan_scenarios", pos) > layers.out.rfind('\n', pos);
        if ((kind == "polygon" || kind == "point" || kind == "line" || kind == "table")
            && !scenarios && number != "0")
            return false;
        pos = end == std::string::npos ? layers.out.size() : end;
    }
    return true;
}

} // namespace

TEST_CASE(
    "Every robustness file imports with a report or fails with exit code 3", "[e2e][robustness]")
{
    const auto root = seatplan::test::sharedData("data/real/robustness");
    if (!root) {
        WARN("shared data absent: data/real/robustness");
        return;
    }
    TempDir dir;
    std::map<std::string, int> outcomes;
    int index = 0;
    for (const fs::path& file : importableFiles(*root)) {
        const std::string name = fs::relative(file, *root).string();
        INFO(name);
        const std::string project = (dir / (std::to_string(index++) + ".gpkg")).string();
        REQUIRE(cli({ "new", project }).exitCode == 0);
        // Data-driven role: start with polygons and follow what the importer says the file has.
        std::string role = "zones";
        seatplan::test::ProcessResult result;
        for (int attempt = 0; attempt < 3; ++attempt) {
            result = cli({ "import", project, file.string(), "--as", role });
            if (result.exitCode != 3)
                break;
            if (result.err.find("the layer has points") != std::string::npos)
                role = "schools";
            else if (result.err.find("the layer has lines") != std::string::npos)
                role = "roads";
            else if (result.err.find("the layer has no geometry") != std::string::npos)
                role = "cohorts";
            else
                break;
        }
        INFO("role " << role << "\nstdout: " << result.out << "\nstderr: " << result.err);
        REQUIRE((
            result.exitCode == 0 || result.exitCode == 3)); // never a crash, hang or internal error
        if (result.exitCode == 0) {
            CHECK(result.out.find("source: ") != std::string::npos); // the report
            CHECK(result.out.find("features: ") != std::string::npos);
            CHECK(cli({ "validate", project }).exitCode == 0);
        } else {
            // A clear message: it names the file (or layer) and says what is wrong.
            const std::string stem = file.stem().string();
            CHECK((result.err.find(stem) != std::string::npos
                || result.err.find(file.filename().string()) != std::string::npos));
            CHECK(result.err.find(": ", result.err.find(stem)) != std::string::npos);
            CHECK(projectIsEmpty(project));
        }
        ++outcomes[std::to_string(result.exitCode)];
    }
    CHECK(outcomes["0"] >= 5);
    WARN("robustness imports: " << outcomes["0"] << " succeeded, " << outcomes["3"]
                                << " refused with exit 3");
}
