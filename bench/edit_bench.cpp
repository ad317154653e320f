// One catchment edit to updated results and map styles on the Meizhou sample, through the
// same path as the edit tools: PlanDocument::pushEdit() (journal write on the GUI thread,
// re-analysis with core::Analyzer and the contiguity check on the worker, publication and
// thematic restyle back on the GUI thread). Prints the median and worst of 50 edits from
// pushEdit() to the published results, the time pushEdit() holds the GUI thread, and how a
// burst of edits is superseded; asserts nothing.
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
    const auto edit = [&](int i) {
        const bool out = i % 4 < 2;
        return (i % 2 == 0) ? core::CatchmentEdit { out ? aLess : a, false }
                            : core::CatchmentEdit { out ? bMore : b, false };
    };
    document.waitForAnalysis(); // the scenario switch
    std::vector<double> ms;
    std::vector<double> guiMs;
    for (int i = 0; i < kEdits; ++i) {
        const bench::Stopwatch clock;
        document.pushEdit(edit(i));
        guiMs.push_back(clock.seconds() * 1000.0);
        document.waitForAnalysis(); // until the Results change is emitted and the map restyled
        ms.push_back(clock.seconds() * 1000.0);
    }
    // A burst, as while the planner keeps drawing: only the newest edit is published.
    int published = 0;
    QObject::connect(&document, &ui::PlanDocument::changed, [&](const ui::ChangeEvent& e) {
        published += e.kind == ui::ChangeEvent::Kind::Results ? 1 : 0;
    });
    constexpr int kBurst = 10;
    const bench::Stopwatch burstClock;
    for (int i = 0; i < kBurst; ++i)
        document.pushEdit(edit(i));
    document.waitForAnalysis();
    const double burstMs = burstClock.seconds() * 1000.0;

    std::sort(ms.begin(), ms.end());
    std::sort(guiMs.begin(), guiMs.end());
    std::printf("edit_bench: %d catchment edits on the Meizhou sample (%zu catchments, %zu zones), "
                "pushEdit -> journal, worker re-analysis + contiguity, results published + "
                "restyle\n",
        kEdits, catchments.size(), document.inputs()->zones.size());
    std::printf("  edit -> results published: median %.1f ms, worst %.1f ms (targets 100 ms / "
                "250 ms)\n",
        ms[ms.size() / 2], ms.back());
    std::printf("  GUI thread held by pushEdit (journal write): median %.1f ms, worst %.1f ms\n",
        guiMs[guiMs.size() / 2], guiMs.back());
    std::printf("  burst of %d edits: %.1f ms to the newest results, %d result set(s) published "
                "(older ones superseded)\n",
        kBurst, burstMs, published);
    std::filesystem::remove_all(dir);
    return 0;
}
