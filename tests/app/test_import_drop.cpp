#include "seatplan/ui/import_wizard.h"
#include "seatplan/ui/layer_dock.h"
#include "seatplan/ui/layer_tree_model.h"
#include "seatplan/ui/main_window.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"

#include "test_paths.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace seatplan;

namespace {

bool waitForRender(const ui::MapCanvas& canvas)
{
    for (int i = 0; i < 1200; ++i) {
        QTest::qWait(50);
        if (!canvas.isRendering())
            return true;
    }
    return false;
}

/// The number of pixels (every other row and column) where `a` and `b` differ.
int differingPixels(const QImage& a, const QImage& b)
{
    int count = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); y += 2) {
        for (int x = 0; x < std::min(a.width(), b.width()); x += 2) {
            if (a.pixel(x, y) != b.pixel(x, y))
                ++count;
        }
    }
    return count;
}

} // namespace

TEST_CASE("A shapefile dropped on the window is imported through the wizard and shown",
    "[app][import_drop]")
{
    const char* const amap = "data/real/boundaries/amap_2020/梅州市.shp";
    const auto source = test::sharedData(amap);
    const auto sample = test::sourceDir() / "data" / "meizhou.gpkg";
    if (!source || !std::filesystem::exists(sample)) {
        WARN("../shared/" << amap << " or data/meizhou.gpkg absent; skipped");
        return;
    }
    test::TempDir dir;
    const auto copy = dir / "plan.gpkg";
    std::filesystem::copy_file(sample, copy);

    ui::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &ui::MainWindow::projectOpened);
    REQUIRE(window.openProject(QString::fromStdString(copy.string())));
    REQUIRE((opened.count() > 0 || opened.wait(60000)));
    REQUIRE(opened.takeFirst().first().toBool());
    ui::PlanDocument* document = window.document();
    const int plotsBefore = static_cast<int>(
        document->findLayer(QStringLiteral("plots"))->data->layer().features.size());
    REQUIRE(plotsBefore != 8);

    // Drop the Amap county shapefile on the window: the wizard opens with it.
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(QString::fromStdString(source->string())) });
    const QPointF centre = QPointF(window.rect().center());
    QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    auto* wizard = window.findChild<ui::ImportWizard*>(QStringLiteral("importWizard"));
    REQUIRE(wizard);
    CHECK(wizard->findChild<QLineEdit*>(QStringLiteral("importFile"))->text()
        == QString::fromStdString(source->string()));

    // Imported as the reserved plots (a layer the map draws in its own colour), as GCJ-02.
    auto* role = wizard->findChild<QComboBox*>(QStringLiteral("importRole"));
    role->setCurrentIndex(role->findData(static_cast<int>(gis::ImportRole::Plots)));
    wizard->next();
    auto* crs = wizard->findChild<QComboBox*>(QStringLiteral("importCrs"));
    crs->setCurrentIndex(crs->findData(QStringLiteral("gcj02")));
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ui::ImportWizard::PreviewPage);
    QSignalSpy ended(wizard, &ui::ImportWizard::importEnded);
    wizard->next();
    REQUIRE((ended.count() > 0 || ended.wait(60000)));
    REQUIRE(ended.first().first().value<ui::ImportStatus>() == ui::ImportStatus::Done);

    // The window reloads the project: the new plots are in the layer tree, checked, and drawn.
    REQUIRE((opened.count() > 0 || opened.wait(60000)));
    REQUIRE(opened.takeFirst().first().toBool());
    const ui::MapLayer* plots = document->findLayer(QStringLiteral("plots"));
    REQUIRE(plots);
    CHECK(plots->data->layer().features.size() == 8);
    CHECK(plots->visible);
    ui::LayerTreeModel* tree = window.layerDock()->model();
    const QModelIndex row = tree->index(tree->rowOf(document->indexOf(QStringLiteral("plots"))));
    CHECK(row.data(ui::LayerTreeModel::LayerIdRole).toString() == QStringLiteral("plots"));
    CHECK(row.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    window.canvas()->zoomToLayer(QStringLiteral("plots"));
    REQUIRE(waitForRender(*window.canvas()));
    const QImage map = window.canvas()->renderedImage();
    REQUIRE(!map.isNull());
    // Hidden, the drawing changes where the imported plots were: they were on the map.
    tree->setData(row, Qt::Unchecked, Qt::CheckStateRole);
    REQUIRE(waitForRender(*window.canvas()));
    CHECK(differingPixels(map, window.canvas()->renderedImage()) > 1000);
    QDir().mkpath(QStringLiteral(SEATPLAN_BINARY_DIR "/test-artifacts"));
    tree->setData(row, Qt::Checked, Qt::CheckStateRole);
    REQUIRE(waitForRender(*window.canvas()));
    CHECK(window.grab().save(
        QStringLiteral(SEATPLAN_BINARY_DIR "/test-artifacts/import_drop_plots.png")));
}
