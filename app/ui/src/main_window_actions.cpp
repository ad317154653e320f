// The menus, toolbars and their actions of MainWindow (kept apart so that others can add
// actions, e.g. printing the annex, without touching the window's layout code).
#include "main_window_actions.h"

#include "seatplan/render/language.h"
#include "seatplan/ui/annex_print.h"
#include "seatplan/ui/attribute_dock.h"
#include "seatplan/ui/chart_dock.h"
#include "seatplan/ui/layer_dock.h"
#include "seatplan/ui/main_window.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/plot_register_dock.h"
#include "seatplan/ui/results_dock.h"
#include "seatplan/ui/standards_dock.h"
#include "seatplan/ui/tools/edit_toolbar.h"
#include "seatplan/ui/tools_menu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace seatplan::ui {

namespace {
    QIcon icon(const char* name)
    {
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    }
} // namespace

void MainWindow::createActions()
{
    m_actions = std::make_unique<Actions>();
    Actions& a = *m_actions;

    m_fileMenu = menuBar()->addMenu(QString());
    a.open = m_fileMenu->addAction(icon("open"), QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open project"), QString(), tr("SeatPlan projects (*.gpkg)"));
        if (!path.isEmpty())
            openProject(path);
    });
    a.open->setShortcut(QKeySequence::Open);
    a.importLayer = m_fileMenu->addAction(QString(), this, [this] { openImportWizard(); });
    a.importLayer->setShortcut(Qt::CTRL | Qt::Key_I);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    // The active scenario, as journalled in the project file (its edits are written as made).
    m_fileMenu->addAction(tr("Print &annex..."), this, [this] {
        printAnnex(this, m_document->path(), QString::fromStdString(m_document->scenario().name));
    });
    a.quit = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    a.quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    a.undo = m_document->undoStack()->createUndoAction(this);
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = m_document->undoStack()->createRedoAction(this);
    a.redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(a.undo);
    m_editMenu->addAction(a.redo);

    m_viewMenu = menuBar()->addMenu(QString());
    a.zoomIn = m_viewMenu->addAction(
        icon("zoom-in"), QString(), this, [this] { m_canvas->zoomBy(2.0); });
    a.zoomIn->setShortcut(QKeySequence::ZoomIn);
    a.zoomOut = m_viewMenu->addAction(
        icon("zoom-out"), QString(), this, [this] { m_canvas->zoomBy(0.5); });
    a.zoomOut->setShortcut(QKeySequence::ZoomOut);
    a.fullExtent = m_viewMenu->addAction(
        icon("zoom-full"), QString(), m_canvas, &MapCanvas::zoomToFullExtent);
    a.fullExtent->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    a.zoomSelection = m_viewMenu->addAction(
        icon("zoom-selection"), QString(), m_canvas, &MapCanvas::zoomToSelection);
    a.zoomSelection->setShortcut(Qt::CTRL | Qt::Key_J);
    a.legend = m_viewMenu->addAction(QString());
    a.legend->setCheckable(true);
    a.legend->setChecked(true);
    connect(a.legend, &QAction::toggled, m_canvas, &MapCanvas::setLegendVisible);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_layerDock->toggleViewAction());
    m_viewMenu->addAction(m_attributeDock->toggleViewAction());
    m_viewMenu->addAction(m_resultsDock->toggleViewAction());
    m_viewMenu->addAction(m_chartDock->toggleViewAction());
    m_viewMenu->addAction(m_standardsDock->toggleViewAction());
    m_viewMenu->addAction(m_plotRegisterDock->toggleViewAction());

    m_mapMenu = menuBar()->addMenu(QString());
    m_tools = new QActionGroup(this);
    auto tool = [this](const char* iconName, NavigationMode t, QKeySequence key) {
        QAction* action = m_mapMenu->addAction(icon(iconName), QString());
        action->setCheckable(true);
        action->setShortcut(key);
        m_tools->addAction(action);
        connect(action, &QAction::triggered, m_canvas, [this, t] { m_canvas->setTool(t); });
        return action;
    };
    a.pan = tool("pan", NavigationMode::Pan, QKeySequence(Qt::Key_P));
    a.zoomBox = tool("zoom-box", NavigationMode::ZoomBox, QKeySequence(Qt::Key_Z));
    a.identify = tool("identify", NavigationMode::Identify, QKeySequence(Qt::Key_I));
    a.selectRect = tool("select-rect", NavigationMode::SelectRectangle, QKeySequence(Qt::Key_S));
    a.selectPolygon
        = tool("select-polygon", NavigationMode::SelectPolygon, QKeySequence(Qt::Key_L));
    a.pan->setChecked(true);
    m_mapMenu->addSeparator();
    a.clearSelection = m_mapMenu->addAction(
        icon("select-clear"), QString(), this, [this] { m_document->setSelection({}, {}); });
    a.clearSelection->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);

    menuBar()->addMenu(new ToolsMenu(*m_document, this, m_canvas->overlay()));

    m_settingsMenu = menuBar()->addMenu(QString());
    auto* languages = new QActionGroup(this);
    a.chinese = m_settingsMenu->addAction(
        QStringLiteral("中文"), this, [this] { setLanguage(QStringLiteral("zh")); });
    a.english = m_settingsMenu->addAction(
        QStringLiteral("English"), this, [this] { setLanguage(QStringLiteral("en")); });
    for (QAction* action : { a.chinese, a.english }) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    (render::currentLanguage() == render::Language::Chinese ? a.chinese : a.english)
        ->setChecked(true);

    m_helpMenu = menuBar()->addMenu(QString());
    a.about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);

    m_mapToolBar = addToolBar(QString());
    m_mapToolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_mapToolBar->addAction(a.open);
    m_mapToolBar->addSeparator();
    for (QAction* action :
        { a.pan, a.zoomBox, a.identify, a.selectRect, a.selectPolygon, a.clearSelection })
        m_mapToolBar->addAction(action);
    m_mapToolBar->addSeparator();
    for (QAction* action : { a.zoomIn, a.zoomOut, a.fullExtent, a.zoomSelection })
        m_mapToolBar->addAction(action);
    m_canvas->setTool(NavigationMode::Pan);

    // Scenario edit tools: their own toolbar, in the map tools' exclusive group.
    m_editToolBar = new EditToolbar(m_document, m_canvas, m_tools, a.pan, this);
    addToolBar(m_editToolBar);
    connect(m_editToolBar, &EditToolbar::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_editMenu->addSeparator();
    for (QAction* action : m_editToolBar->actions())
        if (!action->text().isEmpty() || action->isCheckable())
            m_editMenu->addAction(action);
    retranslateActions();
    updateRecentMenu();
}

void MainWindow::retranslateActions()
{
    Actions& a = *m_actions;
    m_fileMenu->setTitle(tr("&File"));
    a.open->setText(tr("&Open..."));
    a.importLayer->setText(tr("&Import layer..."));
    m_recentMenu->setTitle(tr("Open &recent"));
    a.quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    a.zoomIn->setText(tr("Zoom &in"));
    a.zoomOut->setText(tr("Zoom &out"));
    a.fullExtent->setText(tr("&Full extent"));
    a.zoomSelection->setText(tr("Zoom to &selection"));
    a.legend->setText(tr("&Legend"));
    m_mapMenu->setTitle(tr("&Map"));
    a.pan->setText(tr("&Pan"));
    a.zoomBox->setText(tr("&Zoom to box"));
    a.identify->setText(tr("&Identify features"));
    a.selectRect->setText(tr("Select by &rectangle"));
    a.selectPolygon->setText(tr("Select by p&olygon (double-click to finish)"));
    a.clearSelection->setText(tr("&Clear selection"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    a.about->setText(tr("&About SeatPlan"));
    m_mapToolBar->setWindowTitle(tr("Map tools"));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString& path : recent)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::setLanguage(const QString& code)
{
    const render::Language language = render::chooseLanguage(code);
    QSettings().setValue(QStringLiteral("language"), code);
    // Installing translators sends LanguageChange to every widget: each retranslates itself.
    render::installTranslators(language);
}

} // namespace seatplan::ui
