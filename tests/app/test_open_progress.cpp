#include "seatplan/ui/main_window.h"
#include "seatplan/ui/plan_document.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace seatplan;

TEST_CASE("Opening a project shows progress and can be cancelled", "[app][open_progress]")
{
    const QString sample = QStringLiteral(SEATPLAN_SOURCE_DIR "/data/meizhou.gpkg");
    if (!QFileInfo::exists(sample)) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    ui::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &ui::MainWindow::projectOpened);

    // Cancelled before the load delivers: the window stays without a project.
    REQUIRE(window.openProject(sample));
    auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("openProgress"));
    REQUIRE(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE((opened.count() > 0 || opened.wait(60000)));
    CHECK(opened.takeFirst().first().toBool() == false);
    CHECK_FALSE(window.document()->isOpen());

    // Not cancelled: it opens, and the progress dialog is gone.
    REQUIRE(window.openProject(sample));
    REQUIRE((opened.count() > 0 || opened.wait(60000)));
    CHECK(opened.takeFirst().first().toBool());
    CHECK(window.document()->isOpen());
    QTest::qWait(10); // deleteLater
    CHECK(window.findChild<QProgressDialog*>(QStringLiteral("openProgress")) == nullptr);
}
