#pragma once

#include <QMainWindow>

namespace seatplan::ui {

/**
 * SeatPlan's main window: the map in the centre, docks around it, menus and toolbars.
 * GUI thread only.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Opens the project file at `path`; reports a failure in a dialog and returns false.
    bool openProject(const QString& path);

private:
    void createMenus();
    void showAbout();
};

} // namespace seatplan::ui
