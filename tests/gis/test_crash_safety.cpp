// A writer killed with SIGKILL at a random moment leaves a project that opens with its last
// committed state: every layer replacement and journal entry is all-or-nothing (WAL).
#include "seatplan/gis/project.h"

#include "process.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <random>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace seatplan::gis;
using seatplan::test::TempDir;

namespace {

VectorLayer zonesVersion(int version)
{
    VectorLayer layer;
    layer.name = "zones";
    layer.kind = GeometryKind::Polygon;
    layer.fields = { { "id", FieldType::Text }, { "name", FieldType::Text },
        { "town_code", FieldType::Text }, { "county_code", FieldType::Text },
        { "urban", FieldType::Integer }, { "population", FieldType::Real } };
    for (int i = 0; i < 300; ++i) {
        Feature f;
        const double x = 500000 + (i % 20) * 100.0;
        const double y = 2680000 + (i / 20) * 100.0;
        f.geometry.addPolygon(
            { { { x, y }, { x + 100, y }, { x + 100, y + 100 }, { x, y + 100 } } });
        f.values = { std::string("Z") + std::to_string(i), FieldValue {}, FieldValue {},
            FieldValue {}, FieldValue {}, static_cast<double>(version) };
        layer.features.push_back(std::move(f));
    }
    return layer;
}

// The child: rewrites the zones layer and appends to the journal until killed.
[[noreturn]] void writeForever(const std::string& path)
{
    try {
        Project project = Project::open(path);
        for (int version = 1;; ++version) {
            project.writeLayer(zonesVersion(version));
            project.appendJournal({ 0, "base", "", "version", std::to_string(version), false });
        }
    } catch (...) {
        ::_exit(2);
    }
}

} // namespace

TEST_CASE("kill -9 during writes leaves the last committed state", "[gis][project][crash]")
{
    TempDir dir;
    const std::string path = (dir / "p.gpkg").string();
    Project::create(path);
    std::mt19937 rng(1234);
    std::uniform_int_distribution<int> delayMs(30, 400);
    int lastVersion = 0;
    for (int round = 0; round < 8; ++round) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0)
            writeForever(path);
        ::usleep(static_cast<useconds_t>(delayMs(rng)) * 1000U);
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        INFO("round " << round);
        REQUIRE(WIFSIGNALED(status));

        const Project project = Project::open(path);
        const auto problems = project.check();
        CHECK(problems.empty());
        for (const std::string& problem : problems)
            WARN(problem);
        const VectorLayer zones = project.readLayer("zones");
        // All or nothing: 300 features of one version (or the empty layer of `new`).
        CHECK((zones.features.empty() || zones.features.size() == 300));
        std::set<double> versions;
        for (std::size_t i = 0; i < zones.features.size(); ++i)
            versions.insert(*toDouble(zones.value(i, "population")));
        CHECK(versions.size() <= 1);
        // The journal's entries are whole and in order.
        const auto journal = project.journal();
        for (std::size_t i = 1; i < journal.size(); ++i)
            CHECK(journal[i].seq > journal[i - 1].seq);
        if (!journal.empty())
            lastVersion = std::stoi(journal.back().payload);
    }
    CHECK(lastVersion > 0); // the writer did commit something
    const auto result = seatplan::test::runProcess("/usr/bin/python3",
        { "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py", path });
    INFO(result.out << result.err);
    CHECK(result.exitCode == 0);
}
