#pragma once

// The actions of MainWindow, shared by main_window.cpp and main_window_actions.cpp.
#include "seatplan/ui/main_window.h"

#include <QAction>

namespace seatplan::ui {

struct MainWindow::Actions {
    QAction* open = nullptr;
    QAction* importLayer = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* fullExtent = nullptr;
    QAction* zoomSelection = nullptr;
    QAction* legend = nullptr;
    QAction* pan = nullptr;
    QAction* zoomBox = nullptr;
    QAction* identify = nullptr;
    QAction* selectRect = nullptr;
    QAction* selectPolygon = nullptr;
    QAction* clearSelection = nullptr;
    QAction* chinese = nullptr;
    QAction* english = nullptr;
    QAction* about = nullptr;
};

} // namespace seatplan::ui
