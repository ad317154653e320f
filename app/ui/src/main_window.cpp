#include "seatplan/ui/main_window.h"

#include "main_window_actions.h"

#include "seatplan/core/version.h"
#include "seatplan/render/feature_picker.h"
#include "seatplan/render/geographic.h"
#include "seatplan/ui/attribute_dock.h"
#include "seatplan/ui/chart_dock.h"
#include "seatplan/ui/layer_dock.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/plot_register_dock.h"
#include "seatplan/ui/results_dock.h"
#include "seatplan/ui/scenario_dock.h"
#include "seatplan/ui/standards_dock.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace seatplan::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new PlanDocument(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_canvas = new MapCanvas(m_document, this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    setCentralWidget(m_canvas);
    m_layerDock = new LayerDock(m_document, this);
    m_attributeDock = new AttributeDock(m_document, this);
    m_resultsDock = new ResultsDock(m_document, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_layerDock);
    addDockWidget(Qt::RightDockWidgetArea, m_resultsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_attributeDock);
    m_chartDock = new ChartDock(m_document, this);
    m_standardsDock = new StandardsDock(m_document, this);
    addDockWidget(Qt::RightDockWidgetArea, m_chartDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_standardsDock);
    tabifyDockWidget(m_attributeDock, m_standardsDock);
    m_plotRegisterDock = new PlotRegisterDock(m_document, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_plotRegisterDock);
    tabifyDockWidget(m_attributeDock, m_plotRegisterDock);
    connect(m_plotRegisterDock, &PlotRegisterDock::zoomToSelectionRequested, m_canvas,
        &MapCanvas::zoomToSelection);
    m_scenarioDock = new ScenarioDock(m_document, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_scenarioDock);
    m_attributeDock->raise();
    resizeDocks({ m_layerDock, m_resultsDock }, { 220, 430 }, Qt::Horizontal);
    resizeDocks({ m_attributeDock }, { 200 }, Qt::Vertical);

    m_coordinates = new QLabel(this);
    m_lonLat = new QLabel(this);
    m_scale = new QLabel(this);
    m_renderTime = new QLabel(this);
    statusBar()->addPermanentWidget(m_coordinates);
    statusBar()->addPermanentWidget(m_lonLat);
    statusBar()->addPermanentWidget(m_scale);
    statusBar()->addPermanentWidget(m_renderTime);
    setupScenarioStatus();

    createActions();
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::onCursorMoved);
    connect(m_canvas, &MapCanvas::scaleChanged, this, [this](double denominator) {
        m_scale->setText(tr("Scale 1:%1").arg(QLocale().toString(denominator, 'f', 0)));
    });
    connect(m_canvas, &MapCanvas::renderFinished, this, [this](double ms, const QString& error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The map could not be drawn: %1").arg(error));
        m_renderTime->setText(tr("Drawn in %1 ms").arg(ms, 0, 'f', 0));
    });
    connect(m_canvas, &MapCanvas::identifyRequested, this, &MainWindow::onIdentify);
    connect(m_canvas, &MapCanvas::selectionDrawn, this, &MainWindow::onSelectionDrawn);
    connect(m_layerDock, &LayerDock::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToLayer);
    connect(
        m_layerDock, &LayerDock::currentLayerChanged, m_attributeDock, &AttributeDock::showLayer);
    connect(
        &m_loader, &QFutureWatcher<LoadedProject>::finished, this, &MainWindow::onProjectLoaded);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    // First start: most of the screen (a planner's map wants room); 1400 x 900 where there is
    // no real screen (offscreen tests render at that size).
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.9 : QSize();
    resize(room.width() >= 1024 ? room : QSize(1400, 900));
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    // Only while loading: a finished future's result was taken, and waiting on it blocks.
    if (m_loader.isRunning())
        m_loader.waitForFinished();
}

bool MainWindow::openProject(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("Open project"), tr("The project file %1 does not exist.").arg(path));
        return false;
    }
    if (m_loader.isRunning())
        return false;
    statusBar()->showMessage(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const LoadProgress progress = showOpenProgress(path);
    m_loader.setFuture(QtConcurrent::run([path, progress] { return loadProject(path, progress); }));
    return true;
}

void MainWindow::onProjectLoaded()
{
    QApplication::restoreOverrideCursor();
    // Taken, not copied: the document must become the only owner of the project and its lock
    // (a cancelled open drops it here, which closes the file and releases the lock).
    LoadedProject project = m_loader.future().takeResult();
    if (endOpenProgress())
        return; // cancelled: the window keeps what it showed
    if (!project.error.isEmpty()) {
        statusBar()->showMessage(tr("Could not open the project"));
        // Told first, so an unattended run (--exit-when-ready) ends instead of waiting on the box.
        emit projectOpened(false);
        QMessageBox::warning(this, tr("Open project"),
            tr("SeatPlan could not open %1:\n%2\n\nCheck that the file is a SeatPlan project "
               "(a GeoPackage made by seatplan-cli) and not open in another program.")
                .arg(project.path, project.error));
        return;
    }
    addRecent(project.path);
    const QString opening = openingMessage(project);
    m_document->reset(std::move(project));
    updateTitle();
    if (!opening.isEmpty()) {
        // Not modal: the project is usable meanwhile (and tests must not block).
        auto* box = new QMessageBox(
            QMessageBox::Information, tr("Open project"), opening, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    statusBar()->showMessage(tr("Opened %1 (%n layers)", nullptr, m_document->layerCount())
                                 .arg(QFileInfo(m_document->path()).fileName()),
        5000);
    emit projectOpened(true);
}

void MainWindow::updateTitle()
{
    if (!m_document->isOpen()) {
        setWindowTitle(tr("SeatPlan"));
        return;
    }
    setWindowTitle(
        tr("%1 [%2] - SeatPlan").arg(QFileInfo(m_document->path()).fileName(), scenarioLabel())
        + (m_document->readOnly() ? tr(" (read-only)") : QString()));
}

void MainWindow::onCursorMoved(QPointF map)
{
    const QLocale locale;
    m_coordinates->setText(
        QStringLiteral("%1: %2, %3")
            .arg(m_document->crs().isEmpty() ? tr("Map") : m_document->crs(),
                locale.toString(map.x(), 'f', 0), locale.toString(map.y(), 'f', 0)));
    if (const auto lonLat = render::toLonLat(m_document->crs(), map))
        m_lonLat->setText(
            tr("%1°E %2°N")
                .arg(locale.toString(lonLat->x(), 'f', 5), locale.toString(lonLat->y(), 'f', 5)));
    else
        m_lonLat->clear();
}

void MainWindow::onIdentify(QPointF map, double tolerance)
{
    // The topmost visible layer with a feature under the cursor wins.
    for (int i = m_document->layerCount() - 1; i >= 0; --i) {
        const MapLayer& layer = m_document->layer(i);
        if (!layer.visible || !layer.data || layer.id == QLatin1String("landuse"))
            continue;
        const long hit = render::picker::pick(*layer.data, map, tolerance);
        if (hit >= 0) {
            m_document->setSelection(
                layer.id, { layer.data->layer().features[static_cast<std::size_t>(hit)].fid });
            m_resultsDock->raise();
            return;
        }
    }
    m_document->setSelection({}, {});
}

void MainWindow::onSelectionDrawn(const QPolygonF& polygon, Qt::KeyboardModifiers modifiers)
{
    QString layerId = m_layerDock->currentLayerId();
    if (layerId.isEmpty())
        layerId = QStringLiteral("schools");
    const MapLayer* layer = m_document->findLayer(layerId);
    if (!layer || !layer->data)
        return;
    const std::vector<long> hits = polygon.size() == 4 && polygon.boundingRect().isValid()
            && polygon[0].y() == polygon[1].y()
        ? render::picker::inRectangle(*layer->data, polygon.boundingRect())
        : render::picker::inPolygon(*layer->data, polygon);
    QSet<qint64> fids;
    if (modifiers & Qt::ShiftModifier && m_document->selectionLayer() == layerId)
        fids = m_document->selectedFids();
    for (long i : hits)
        fids.insert(layer->data->layer().features[static_cast<std::size_t>(i)].fid);
    m_document->setSelection(layerId, fids);
    statusBar()->showMessage(
        tr("%n features selected", nullptr, static_cast<int>(fids.size())), 4000);
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    constexpr int kRecentProjects = 8;
    while (recent.size() > kRecentProjects)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    updateRecentMenu();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateActions();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SeatPlan"),
        tr("<h3>SeatPlan %1</h3><p>Planning compulsory-education school seats and school "
           "sites.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QString::fromLatin1(core::version())));
}

} // namespace seatplan::ui
