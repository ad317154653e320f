#include "seatplan/ui/annex_print.h"

#include "pdf_tools.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/ui/annex_options_dialog.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QListWidget>
#include <QPrinter>
#include <QSpinBox>

#include <filesystem>

using namespace seatplan;

TEST_CASE(
    "Print annex paints the active scenario's annex through the print path", "[app][annex_print]")
{
    test::TempDir dir;
    const auto project = dir / "meizhou.gpkg";
    std::filesystem::copy_file(test::sourceDir() / "data" / "meizhou.gpkg", project);
    {
        gis::Project writable = gis::Project::open(project.string());
        gis::ScenarioStore(writable).create("plan-2025", "more seats in the city");
    }

    // What the preview dialog does on paintRequested, with a PDF printer instead of the screen.
    const render::AnnexDocument document
        = ui::composePrintAnnex(QString::fromStdString(project.string()), "plan-2025");
    const std::string pdf = (dir / "printed.pdf").string();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QString::fromStdString(pdf));
    const int pages = ui::paintAnnex(document, printer);
    REQUIRE(printer.printerState() != QPrinter::Error);

    CHECK(pages > 50);
    CHECK(test::pdfPageCount(pdf) == pages);
    const std::string text = test::pdfText(pdf);
    CHECK(text.find("附表1") != std::string::npos);
    CHECK(text.find("plan-2025") != std::string::npos);
    CHECK(text.find("学位缺口分区图") != std::string::npos);
}

TEST_CASE("The print options dialog chooses the annex language, period, counties and paper",
    "[app][annex_print]")
{
    ui::AnnexOptionsDialog dialog(
        { { "441402", QStringLiteral("梅江区") }, { "441403", QStringLiteral("梅县区") } });
    const ui::AnnexPrintOptions defaults = dialog.options();
    CHECK(defaults.request.language == render::Language::Chinese);
    CHECK(defaults.request.firstYear == 2021);
    CHECK(defaults.request.lastYear == 2025);
    CHECK(defaults.request.counties.empty()); // all ticked = the whole project
    CHECK(defaults.paper == render::AnnexPaper::A4);

    auto* language = dialog.findChildren<QComboBox*>().at(0);
    auto* paper = dialog.findChildren<QComboBox*>().at(1);
    auto* counties = dialog.findChild<QListWidget*>();
    const auto years = dialog.findChildren<QSpinBox*>();
    REQUIRE(years.size() == 2);
    language->setCurrentIndex(1);
    paper->setCurrentIndex(1);
    counties->item(0)->setCheckState(Qt::Unchecked);
    years.at(1)->setValue(2023);
    years.at(0)->setValue(2024); // pushes the last year along: the period never runs backwards
    const ui::AnnexPrintOptions chosen = dialog.options();
    CHECK(chosen.request.language == render::Language::English);
    CHECK(chosen.paper == render::AnnexPaper::A3);
    CHECK(chosen.request.counties == std::vector<std::string> { "441403" });
    CHECK(chosen.request.firstYear == 2024);
    CHECK(chosen.request.lastYear == 2024);
}

TEST_CASE("Print annex paints an English A3 annex of one county when the dialog asks for it",
    "[app][annex_print]")
{
    test::TempDir dir;
    ui::AnnexOptionsDialog dialog(
        { { "441402", QStringLiteral("梅江区") }, { "441403", QStringLiteral("梅县区") } });
    dialog.findChildren<QComboBox*>().at(0)->setCurrentIndex(1);
    dialog.findChildren<QComboBox*>().at(1)->setCurrentIndex(1);
    dialog.findChild<QListWidget*>()->item(0)->setCheckState(Qt::Unchecked);
    ui::AnnexPrintOptions options = dialog.options();
    options.request.maps = false;

    const render::AnnexDocument document = ui::composePrintAnnex(
        QString::fromStdString((test::sourceDir() / "data" / "meizhou.gpkg").string()),
        options.request);
    const std::string pdf = (dir / "printed-en.pdf").string();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QString::fromStdString(pdf));
    const int pages = ui::paintAnnex(document, printer, options.paper);
    REQUIRE(printer.printerState() != QPrinter::Error);
    CHECK(pages > 3);
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A3);
    const std::string text = test::pdfText(pdf);
    CHECK(text.find("Table 1") != std::string::npos);
    CHECK(text.find("Standard class size, primary") != std::string::npos);
    CHECK(text.find("附表1") == std::string::npos);
}
