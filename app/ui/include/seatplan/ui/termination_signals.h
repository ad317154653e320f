#pragma once

#include <QObject>

class QSocketNotifier;

namespace seatplan::ui {

/**
 * Turns SIGTERM, SIGINT and SIGHUP (logout, shutdown, `kill`, Ctrl+C in a terminal) into a Qt
 * signal on the GUI thread, so the window closes as if the user closed it: the layout is saved
 * and the project's lock released, and a quick restart does not find the project "open
 * elsewhere". The C handler only writes a byte to a socket pair (async-signal-safe); a
 * QSocketNotifier reads it in the event loop. One instance per process; create it on the GUI
 * thread after QApplication.
 */
class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

signals:
    /// Emitted on the GUI thread with the signal number that arrived.
    void terminationRequested(int signal);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace seatplan::ui
