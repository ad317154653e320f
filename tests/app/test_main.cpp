#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "seatplan/gis/library.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    // catch_discover_tests runs this binary at build time, where there may be no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Keep window layout and recent projects of test runs apart from a real user's.
    QApplication::setOrganizationName(QStringLiteral("SeatPlanTests"));
    seatplan::gis::initialize();
    return Catch::Session().run(argc, argv);
}
