#include "seatplan/render/language.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

using seatplan::render::Language;

TEST_CASE("An explicit language wins over the environment and the locale", "[app][language]")
{
    qputenv("SEATPLAN_LANG", "en");
    CHECK(seatplan::render::chooseLanguage(QStringLiteral("zh_CN")) == Language::Chinese);
    CHECK(seatplan::render::chooseLanguage(QStringLiteral("EN")) == Language::English);
    CHECK(seatplan::render::chooseLanguage() == Language::English);
    qputenv("SEATPLAN_LANG", "zh");
    CHECK(seatplan::render::chooseLanguage() == Language::Chinese);
    qunsetenv("SEATPLAN_LANG");
}

TEST_CASE(
    "Installing Chinese translates the window's messages; English restores them", "[app][language]")
{
    seatplan::render::installTranslators(Language::Chinese);
    CHECK(seatplan::render::currentLanguage() == Language::Chinese);
    CHECK(QCoreApplication::translate("seatplan::ui::MainWindow", "SeatPlan")
        == QStringLiteral("学位规划"));
    seatplan::render::installTranslators(Language::English);
    CHECK(QCoreApplication::translate("seatplan::ui::MainWindow", "SeatPlan")
        == QStringLiteral("SeatPlan"));
}
