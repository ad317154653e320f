#include "seatplan/ui/annex_print.h"

#include "pdf_tools.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/scenario_store.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <QPrinter>

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
