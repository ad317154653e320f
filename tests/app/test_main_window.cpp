#include "seatplan/render/language.h"
#include "seatplan/ui/attribute_dock.h"
#include "seatplan/ui/attribute_table_model.h"
#include "seatplan/ui/chart_dock.h"
#include "seatplan/ui/layer_dock.h"
#include "seatplan/ui/layer_tree_model.h"
#include "seatplan/ui/main_window.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/plot_register_dock.h"
#include "seatplan/ui/plot_register_model.h"
#include "seatplan/ui/results_dock.h"
#include "seatplan/ui/results_model.h"
#include "seatplan/ui/standards_dock.h"

#include "test_paths.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace seatplan;

namespace {

QString sampleProject()
{
    return QStringLiteral(SEATPLAN_SOURCE_DIR "/data/meizhou.gpkg");
}

/// Waits until the canvas has no render running or scheduled.
bool waitForRender(const ui::MapCanvas& canvas)
{
    for (int i = 0; i < 600 && canvas.isRendering(); ++i)
        QTest::qWait(50);
    return !canvas.isRendering();
}

/// Counts pixels that differ from the top-left one (a blank image has none).
int nonBackgroundPixels(const QImage& image)
{
    const QRgb background = image.pixel(0, 0);
    int n = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            n += image.pixel(x, y) != background;
    return n;
}

} // namespace

TEST_CASE("The main window opens with a File and a Help menu", "[app][main_window]")
{
    ui::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    CHECK(menus.contains(QStringLiteral("&File")));
    CHECK(menus.contains(QStringLiteral("&Help")));
    CHECK(menus.contains(QStringLiteral("&Map")));
}

TEST_CASE("A planner opens the sample project, toggles a layer, changes the year and selects a "
          "school",
    "[app][main_window]")
{
    if (!QFileInfo::exists(sampleProject())) {
        WARN("sample project data/meizhou.gpkg absent; skipped");
        return;
    }
    // A private copy: other tests may rewrite data/meizhou.gpkg while this one reads it.
    const test::TempDir dir;
    for (const char* file : { "meizhou.gpkg", "meizhou.population.tif" })
        if (QFileInfo::exists(QStringLiteral(SEATPLAN_SOURCE_DIR "/data/") + QLatin1String(file)))
            std::filesystem::copy_file(
                std::filesystem::path(SEATPLAN_SOURCE_DIR "/data") / file, dir / file);
    const QString project = QString::fromStdString((dir / "meizhou.gpkg").string());
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::PlanDocument* document = window.document();

    // Every item model of the window runs under the model tester.
    QAbstractItemModelTester layerTester(
        window.layerDock()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester attributeTester(
        window.attributeDock()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester standardsTester(window.standardsDock()->table()->model(),
        QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester plotTester(window.plotRegisterDock()->model(),
        QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester resultsTester(
        window.resultsDock()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    QSignalSpy opened(&window, &ui::MainWindow::projectOpened);
    REQUIRE(window.openProject(project));
    REQUIRE(opened.wait(60000));
    REQUIRE(opened.first().first().toBool());
    REQUIRE(document->findLayer(QStringLiteral("schools")) != nullptr);
    REQUIRE(waitForRender(*window.canvas()));

    SECTION("the rendered map is not blank and is kept as an artifact")
    {
        const QImage map = window.canvas()->renderedImage();
        REQUIRE(!map.isNull());
        CHECK(nonBackgroundPixels(map) > 1000);
        QDir().mkpath(QStringLiteral(SEATPLAN_BINARY_DIR "/test-artifacts"));
        const QImage shot = window.grab().toImage();
        CHECK(nonBackgroundPixels(shot) > 1000);
        CHECK(shot.save(QStringLiteral(SEATPLAN_BINARY_DIR "/test-artifacts/main_window.png")));
    }

    SECTION("toggling a layer through the layer list is undoable and re-renders")
    {
        ui::LayerTreeModel* layers = window.layerDock()->model();
        const int index = document->indexOf(QStringLiteral("schools"));
        const QModelIndex row = layers->index(layers->rowOf(index));
        REQUIRE(row.data(Qt::CheckStateRole).toInt() == Qt::Checked);
        QSignalSpy changed(layers, &QAbstractItemModel::dataChanged);
        REQUIRE(layers->setData(row, Qt::Unchecked, Qt::CheckStateRole));
        CHECK(!document->layer(index).visible);
        CHECK(changed.count() == 1);
        CHECK(window.canvas()->isRendering());
        document->undoStack()->undo();
        CHECK(document->layer(index).visible);
        CHECK(waitForRender(*window.canvas()));
    }

    SECTION("the year slider changes the document's year and restyles only thematic layers")
    {
        QSlider* slider = window.resultsDock()->yearSlider();
        CHECK(slider->minimum() == document->firstYear());
        CHECK(slider->maximum() == document->lastYear());
        const auto landuse = document->findLayer(QStringLiteral("landuse"));
        const auto landuseRevision = landuse ? landuse->revision : 0;
        const auto schoolsRevision = document->findLayer(QStringLiteral("schools"))->revision;
        slider->setValue(2030);
        CHECK(document->year() == 2030);
        CHECK(document->findLayer(QStringLiteral("schools"))->revision > schoolsRevision);
        if (landuse)
            CHECK(document->findLayer(QStringLiteral("landuse"))->revision == landuseRevision);
        CHECK(waitForRender(*window.canvas()));
    }

    SECTION("selecting a school shows its attributes (and results) in the details panel")
    {
        const ui::MapLayer* schools = document->findLayer(QStringLiteral("schools"));
        REQUIRE(schools->data->layer().features.size() > 0);
        const gis::Feature& first = schools->data->layer().features.front();
        const int nameField = schools->data->layer().fieldIndex("name");
        REQUIRE(nameField >= 0);
        const QString name = QString::fromStdString(
            gis::toText(first.values[static_cast<std::size_t>(nameField)]));
        document->setSelection(QStringLiteral("schools"), { first.fid });
        CHECK(window.resultsDock()->detailsText().contains(name));
        // The attribute table follows the map selection.
        CHECK(window.attributeDock()->view()->selectionModel()->selectedRows().size() == 1);
        if (document->results()) {
            CHECK(window.resultsDock()->detailsText().contains(QString::number(document->year())));
            // The chart shows the school's demand and seats for every year.
            CHECK(window.chartDock()->demandPointCount()
                == document->lastYear() - document->firstYear() + 1);
        }
        // The plot register lists every reserved plot with a pass/fail check.
        const ui::MapLayer* plots = document->findLayer(QStringLiteral("plots"));
        if (plots && plots->data) {
            ui::PlotRegisterModel* register_ = window.plotRegisterDock()->model();
            CHECK(register_->rowCount() == static_cast<int>(plots->data->layer().features.size()));
            if (register_->rowCount() > 0) {
                const QString check
                    = register_->index(0, ui::PlotRegisterModel::ResultColumn).data().toString();
                CHECK((check == QStringLiteral("pass") || check == QStringLiteral("fail")));
                const test::TempDir out;
                window.plotRegisterDock()->exportXlsx(
                    QString::fromStdString((out / "plots.xlsx").string()));
                CHECK(std::filesystem::file_size(out / "plots.xlsx") > 0);
            }
        }
        // The standards panel lists every number in use with its source.
        CHECK(window.standardsDock()->table()->rowCount() > 20);
        // Selecting by expression selects the matching schools.
        CHECK(window.attributeDock()->selectByExpression(QStringLiteral("id = ")
                  + QString::fromStdString(gis::toText(first.values[static_cast<std::size_t>(
                      schools->data->layer().fieldIndex("id"))])))
            == 1);
        CHECK(window.attributeDock()->selectByExpression(QStringLiteral("no such thing")) == -1);
        // A level matches by its stored code or by the label the table shows.
        const int primary
            = window.attributeDock()->selectByExpression(QStringLiteral("level = primary"));
        CHECK(primary > 0);
        CHECK(window.attributeDock()->selectByExpression(QStringLiteral("level = Primary"))
            == primary);
    }
}

TEST_CASE("Switching the language to Chinese retranslates the open window", "[app][main_window]")
{
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    render::installTranslators(render::Language::Chinese);
    QTest::qWait(50); // LanguageChange is posted, not sent
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    CHECK(menus.contains(QStringLiteral("文件(&F)")));
    CHECK(window.windowTitle() == QStringLiteral("学位规划"));

    if (QFileInfo::exists(sampleProject())) {
        const test::TempDir dir;
        for (const char* file : { "meizhou.gpkg", "meizhou.population.tif" })
            if (QFileInfo::exists(
                    QStringLiteral(SEATPLAN_SOURCE_DIR "/data/") + QLatin1String(file)))
                std::filesystem::copy_file(
                    std::filesystem::path(SEATPLAN_SOURCE_DIR "/data") / file, dir / file);
        QSignalSpy opened(&window, &ui::MainWindow::projectOpened);
        REQUIRE(window.openProject(QString::fromStdString((dir / "meizhou.gpkg").string())));
        REQUIRE(opened.wait(60000));
        REQUIRE(waitForRender(*window.canvas()));
        window.document()->setYear(2025);
        REQUIRE(waitForRender(*window.canvas()));
        QDir().mkpath(QStringLiteral(SEATPLAN_BINARY_DIR "/test-artifacts"));
        CHECK(window.grab().toImage().save(
            QStringLiteral(SEATPLAN_BINARY_DIR "/test-artifacts/main_window_zh_CN.png")));
    }
    render::installTranslators(render::Language::English);
    QTest::qWait(50);
    CHECK(window.windowTitle().contains(QStringLiteral("SeatPlan")));
}
