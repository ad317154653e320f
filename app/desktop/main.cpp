// seatplan: the desktop application. Usage: seatplan [--lang zh|en] [--exit-when-ready]
// [PROJECT.gpkg]
#include "seatplan/core/version.h"
#include "seatplan/gis/library.h"
#include "seatplan/render/language.h"
#include "seatplan/ui/main_window.h"
#include "seatplan/ui/ready_exit.h"
#include "seatplan/ui/termination_signals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char* argv[])
{
    using namespace seatplan;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SeatPlan"));
    QApplication::setApplicationVersion(QString::fromLatin1(core::version()));
    QApplication::setOrganizationName(QStringLiteral("SeatPlan"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SeatPlan (学位规划)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("Language: zh or en (default: from the locale)."), QStringLiteral("code"));
    parser.addOption(lang);
    const QCommandLineOption exitWhenReady(QStringLiteral("exit-when-ready"),
        QStringLiteral("Quit once the project is open, the map drawn and the analysis done "
                       "(benchmarks)."));
    parser.addOption(exitWhenReady);
    parser.addPositionalArgument(QStringLiteral("project"),
        QStringLiteral("A SeatPlan project (.gpkg) to open."), QStringLiteral("[project]"));
    parser.process(app);

    // --lang wins; then the language chosen in the menu last time; then SEATPLAN_LANG / locale.
    QString language = parser.value(lang);
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language")).toString();
    render::installTranslators(render::chooseLanguage(language));
    gis::initialize();

    ui::MainWindow window;
    // kill, logout or Ctrl+C close the window as the user would: the project lock is released.
    ui::TerminationSignals termination;
    QObject::connect(&termination, &ui::TerminationSignals::terminationRequested, &app, [&window] {
        window.close(); // saves the layout
        QApplication::quit(); // also ends a modal dialog's loop
    });
    window.show();
    if (parser.isSet(exitWhenReady) && !parser.positionalArguments().isEmpty())
        ui::exitWhenReady(window);
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    return QApplication::exec();
}
