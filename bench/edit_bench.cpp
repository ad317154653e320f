// One catchment edit to updated results and map styles on the Meizhou sample, through the
// same path as the edit tools: PlanDocument::pushEdit() (journal write, re-analysis with
// core::Analyzer, thematic restyle). Prints the median and worst of 50 edits; asserts nothing.
#include "seatplan/gis/library.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"

#include "bench_util.h"

#include <QApplication>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

using namespace seatplan;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    gis::initialize();
    const auto dir = std::filesystem::temp_directory_path() / "seatplan_edit_bench";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::filesystem::path data = SEATPLAN_SOURCE_DIR "/data";
    std::filesystem::copy_file(data / "meizhou.gpkg", dir / "meizhou.gpkg");
    std::filesystem::copy_file(data / "meizhou.population.tif", dir / "meizhou.population.tif");

    ui::PlanDocument document;
    document.reset(ui::loadProject(QString::fromStdString((dir / "meizhou.gpkg").string())));
    if (!document.inputs() || !document.createScenario(QStringLiteral("bench"))) {
        std::fprintf(stderr, "edit_bench: the sample could not be opened or edited: %s %s\n",
            qPrintable(document.analysisNote()), qPrintable(document.readOnlyReason()));
        return 1;
    }
    document.setActiveScenario(QStringLiteral("bench"));
    // Alternately move the last zone of catchment A into catchment B and back (same level).
    const auto& catchments = document.inputs()->catchments;
    const core::Catchment a = catchments.at(0);
    const auto bIt = std::find_if(catchments.begin() + 1, catchments.end(),
        [&](const core::Catchment& c) { return c.level == a.level; });
    const core::Catchment b = *bIt;
    core::Catchment aLess = a;
    aLess.zones.pop_back();
    core::Catchment bMore = b;
    bMore.zones.push_back(a.zones.back());

    constexpr int kEdits = 50;
    std::vector<double> ms;
    for (int i = 0; i < kEdits; ++i) {
        const bool out = i % 4 < 2;
        const core::CatchmentEdit edit = (i % 2 == 0)
            ? core::CatchmentEdit { out ? aLess : a, false }
            : core::CatchmentEdit { out ? bMore : b, false };
        const bench::Stopwatch clock;
        document.pushEdit(edit);
        ms.push_back(clock.seconds() * 1000.0);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("edit_bench: %d catchment edits on the Meizhou sample (%zu catchments, %zu zones), "
                "pushEdit -> journal + re-analysis + restyle\n",
        kEdits, catchments.size(), document.inputs()->zones.size());
    std::printf("  median %.1f ms, worst %.1f ms (targets 100 ms / 250 ms)\n", ms[ms.size() / 2],
        ms.back());
    std::filesystem::remove_all(dir);
    return 0;
}
