#include "seatplan/ui/main_window.h"

#include <QMenuBar>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("The main window opens with a File and a Help menu", "[app][main_window]")
{
    seatplan::ui::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    CHECK(menus.contains(QStringLiteral("&File")));
    CHECK(menus.contains(QStringLiteral("&Help")));
}
