#pragma once

namespace seatplan::ui {

class MainWindow;

/**
 * For benchmarks and scripted runs (`seatplan --exit-when-ready PROJECT`): once `window` has
 * opened its project, drawn the map and published the analysis, prints "ready: ... s" (wall
 * seconds since this call) to stderr and quits the application with exit code 0; quits with 1
 * when the project cannot be opened. GUI thread; `window` must outlive the event loop.
 */
void exitWhenReady(MainWindow& window);

} // namespace seatplan::ui
