#include "seatplan/ui/ready_exit.h"

#include "seatplan/ui/main_window.h"
#include "seatplan/ui/map_canvas.h"
#include "seatplan/ui/plan_document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace seatplan::ui {

void exitWhenReady(MainWindow& window)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    // Polled: the first render and the re-analysis start from queued events after the open.
    auto* poll = new QTimer(&window);
    poll->setInterval(50);
    QObject::connect(&window, &MainWindow::projectOpened, poll, [poll](bool ok) {
        if (ok) {
            poll->start();
            return;
        }
        std::fprintf(stderr, "ready: the project could not be opened\n");
        QCoreApplication::exit(1); // also ends the error box's loop before it waits for a click
    });
    QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, clock] {
        if (window.document()->analysing() || window.canvas()->isRendering())
            return;
        poll->stop();
        std::fprintf(stderr, "ready: project open, map drawn, analysis published in %.2f s\n",
            static_cast<double>(clock->elapsed()) / 1000.0);
        QCoreApplication::exit(0);
    });
}

} // namespace seatplan::ui
