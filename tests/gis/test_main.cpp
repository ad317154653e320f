#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "seatplan/gis/library.h"

int main(int argc, char* argv[])
{
    seatplan::gis::initialize();
    return Catch::Session().run(argc, argv);
}
