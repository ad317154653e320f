// The desktop app as a process: ended by SIGTERM (logout, shutdown, `kill`) it closes as if the
// user closed it (normal exit, layout saved, project lock released, so the next start opens the
// project for editing at once); with --exit-when-ready it quits on its own, also when the
// project cannot be opened.
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

namespace {

/// The desktop app, offscreen, with its settings in `dir` (the user's stay untouched).
void prepare(QProcess& app, const seatplan::test::TempDir& dir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), QString::fromStdString(dir.path().string()));
    app.setProcessEnvironment(environment);
    app.setProgram(QString::fromStdString((seatplan::test::binaryDir() / "seatplan").string()));
}

} // namespace

TEST_CASE(
    "SIGTERM closes the desktop app cleanly and releases the project lock", "[app][desktop][lock]")
{
    seatplan::test::TempDir dir;
    const QString project = QString::fromStdString(seatplan::test::copySampleProject(dir).string());
    const QString lock = project + QStringLiteral(".lock");

    QProcess app;
    prepare(app, dir);
    app.setArguments({ project });
    app.start();
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

TEST_CASE(
    "The app run with --exit-when-ready quits once the project is shown, or when it cannot open",
    "[app][desktop]")
{
    seatplan::test::TempDir dir;
    QProcess app;
    prepare(app, dir);
    app.setArguments({ QStringLiteral("--exit-when-ready"),
        QString::fromStdString(seatplan::test::copySampleProject(dir).string()) });
    app.start();
    REQUIRE(app.waitForFinished(120000));
    CHECK(app.exitStatus() == QProcess::NormalExit);
    CHECK(app.exitCode() == 0);
    CHECK(
        app.readAllStandardError().contains("ready: project open, map drawn, analysis published"));

    // Not a project: the error box would wait for a click; an unattended run ends instead.
    const auto bogus = dir / "not-a-project.gpkg";
    QFile text(QString::fromStdString(bogus.string()));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a GeoPackage");
    text.close();
    QProcess broken;
    prepare(broken, dir);
    broken.setArguments(
        { QStringLiteral("--exit-when-ready"), QString::fromStdString(bogus.string()) });
    broken.start();
    REQUIRE(broken.waitForFinished(120000));
    CHECK(broken.exitStatus() == QProcess::NormalExit);
    CHECK(broken.exitCode() == 1);
    CHECK(broken.readAllStandardError().contains("could not be opened"));
}
