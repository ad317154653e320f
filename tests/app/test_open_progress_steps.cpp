#include "seatplan/gis/project.h"
#include "seatplan/ui/main_window.h"
#include "seatplan/ui/project_loader.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

using namespace seatplan;

TEST_CASE("Opening a project reports its steps, and stops when told", "[app][open_progress]")
{
    const QString sample = QStringLiteral(SEATPLAN_SOURCE_DIR "/data/meizhou.gpkg");
    if (!QFileInfo::exists(sample)) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    SECTION("one step per layer, the raster and the analysis, ending at the total")
    {
        std::vector<std::pair<int, int>> steps;
        const ui::LoadedProject project = ui::loadProject(sample, [&](int done, int total) {
            steps.emplace_back(done, total);
            return true;
        });
        REQUIRE(project.error.isEmpty());
        // Every vector layer and the population raster is a map layer, plus the analysis.
        const int total = static_cast<int>(project.layers.size()) + 1;
        REQUIRE(static_cast<int>(steps.size()) == total);
        for (std::size_t i = 0; i < steps.size(); ++i) {
            CHECK(steps[i].first == static_cast<int>(i) + 1);
            CHECK(steps[i].second == total);
        }
        CHECK(project.results != nullptr);
    }
    SECTION("false from the callback stops the load and closes the project")
    {
        int calls = 0;
        const ui::LoadedProject project = ui::loadProject(sample, [&](int, int) {
            ++calls;
            return calls < 2;
        });
        CHECK(calls == 2);
        CHECK_FALSE(project.error.isEmpty());
        CHECK(project.project == nullptr);
        CHECK(project.lock == nullptr);
    }
    SECTION("the window's progress bar becomes determinate")
    {
        ui::MainWindow window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &ui::MainWindow::projectOpened);
        REQUIRE(window.openProject(sample));
        auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("openProgress"));
        REQUIRE(progress);
        int maximum = 0;
        int value = 0;
        for (int i = 0; i < 1200 && opened.isEmpty(); ++i) {
            QTest::qWait(10);
            if (window.findChild<QProgressDialog*>(QStringLiteral("openProgress")) == progress) {
                maximum = std::max(maximum, progress->maximum());
                value = std::max(value, progress->value());
            }
        }
        REQUIRE((opened.count() > 0 || opened.wait(60000)));
        CHECK(opened.first().first().toBool());
        CHECK(maximum > 1); // determinate: layers loaded / total
        CHECK(value >= 1);
    }
}
