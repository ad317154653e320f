// The desktop app ended by SIGTERM (logout, shutdown, `kill`) closes as if the user closed it:
// it exits normally, saves the window layout and releases the project lock, so the next start
// opens the project for editing at once.
#include "seatplan/ui/project_loader.h"

#include "test_paths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QThread>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace seatplan;

TEST_CASE(
    "SIGTERM closes the desktop app cleanly and releases the project lock", "[app][desktop][lock]")
{
    seatplan::test::TempDir dir;
    const QString project = QString::fromStdString(seatplan::test::copySampleProject(dir).string());
    const QString lock = project + QStringLiteral(".lock");

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Its own settings, so the layout it saves is found here and the user's stay untouched.
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), QString::fromStdString(dir.path().string()));
    app.setProcessEnvironment(environment);
    app.start(
        QString::fromStdString((seatplan::test::binaryDir() / "seatplan").string()), { project });
    REQUIRE(app.waitForStarted());
    // The project is open once its lock is there (generous limit for a loaded machine).
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(lock) && app.state() == QProcess::Running && waited.elapsed() < 120000)
        QThread::msleep(50);
    REQUIRE(QFile::exists(lock));

    app.terminate(); // SIGTERM
    REQUIRE(app.waitForFinished(60000));
    CHECK(app.exitStatus() == QProcess::NormalExit);
    CHECK(app.exitCode() == 0);
    CHECK_FALSE(QFile::exists(lock));
    const QSettings saved(QString::fromStdString((dir / "SeatPlan" / "SeatPlan.conf").string()),
        QSettings::IniFormat);
    CHECK(saved.contains(QStringLiteral("window/geometry")));

    // The next start opens it for editing, not read-only.
    ui::LoadedProject reopened = ui::loadProject(project);
    REQUIRE(reopened.error.isEmpty());
    CHECK(reopened.readOnlyReason.isEmpty());
}
