#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include "seatplan/ui/project_loader.h"

class QActionGroup;
class QLabel;
class QMenu;
class QProgressDialog;

namespace seatplan::ui {

class AttributeDock;
class ChartDock;
class EditToolbar;
class LayerDock;
class MapCanvas;
class PlanDocument;
class PlotRegisterDock;
class ScenarioDock;
class ResultsDock;
class StandardsDock;

/**
 * SeatPlan's main window: the map canvas in the centre, docks for layers, attributes and
 * results around it, menus and toolbars (main_window_actions.cpp), the status bar with cursor
 * coordinates (project CRS and lon/lat), scale and render time. Remembers its layout, recent
 * projects and language (QSettings). Opening a project reads it on a worker thread.
 * GUI thread only.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /**
     * Starts opening the project file at `path` in the background; projectOpened() follows.
     * Returns false (after a dialog) when the file does not exist.
     */
    bool openProject(const QString& path);

    /**
     * Opens the import wizard (window-modal) on the open project, with `file` chosen when given;
     * reloads the project after an import. Says so when no project is open.
     */
    void openImportWizard(const QString& file = {});

    PlanDocument* document() const { return m_document; }
    MapCanvas* canvas() const { return m_canvas; }
    LayerDock* layerDock() const { return m_layerDock; }
    AttributeDock* attributeDock() const { return m_attributeDock; }
    ResultsDock* resultsDock() const { return m_resultsDock; }
    ChartDock* chartDock() const { return m_chartDock; }
    StandardsDock* standardsDock() const { return m_standardsDock; }
    PlotRegisterDock* plotRegisterDock() const { return m_plotRegisterDock; }
    ScenarioDock* scenarioDock() const { return m_scenarioDock; }
    /// The Edit toolbar (scenario edit tools).
    EditToolbar* editToolBar() const { return m_editToolBar; }
    /// The File menu (for actions others add, e.g. printing the annex).
    QMenu* fileMenu() const { return m_fileMenu; }

signals:
    /// A project finished opening (`ok` false: the error is shown to the user right after).
    void projectOpened(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // main_window_actions.cpp
    void createActions();
    void retranslateActions();
    void updateRecentMenu();
    void setLanguage(const QString& code);

    void onProjectLoaded();
    // main_window_progress.cpp
    /// Shows the open progress; returns what the loader calls after each step (any thread).
    LoadProgress showOpenProgress(const QString& path);
    bool endOpenProgress();
    void onCursorMoved(QPointF map);
    void onIdentify(QPointF map, double tolerance);
    void onSelectionDrawn(const QPolygonF& polygon, Qt::KeyboardModifiers modifiers);
    void updateTitle();
    // main_window_scenarios.cpp: the scenario status, title part and opening message.
    void setupScenarioStatus();
    QString scenarioLabel() const;
    static QString openingMessage(const LoadedProject& project);
    void showAbout();
    void addRecent(const QString& path);

    PlanDocument* m_document;
    MapCanvas* m_canvas;
    LayerDock* m_layerDock;
    AttributeDock* m_attributeDock;
    ResultsDock* m_resultsDock;
    ChartDock* m_chartDock;
    StandardsDock* m_standardsDock;
    PlotRegisterDock* m_plotRegisterDock;
    ScenarioDock* m_scenarioDock;
    QLabel* m_savedState = nullptr;
    QFutureWatcher<LoadedProject> m_loader;
    QProgressDialog* m_openProgress = nullptr;
    bool m_openCancelled = false;
    QLabel* m_coordinates;
    QLabel* m_lonLat;
    QLabel* m_scale;
    QLabel* m_renderTime;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_mapMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_mapToolBar = nullptr;
    EditToolbar* m_editToolBar = nullptr;
    QActionGroup* m_tools = nullptr;
    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace seatplan::ui
