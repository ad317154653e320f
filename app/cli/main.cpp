// seatplan-cli: SeatPlan's headless commands. `seatplan-cli --help` lists them.
#include "command.h"

#include "seatplan/core/version.h"
#include "seatplan/gis/library.h"
#include "seatplan/render/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <unistd.h>

namespace {

/// Translation context for the messages of main() itself.
class CliMain {
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};

void printUsage(const std::vector<std::unique_ptr<seatplan::cli::Command>>& commands)
{
    using seatplan::cli::printOut;
    printOut(CliMain::tr("SeatPlan (学位规划) %1: school-seat planning without a display.")
                 .arg(QString::fromLatin1(seatplan::core::version())));
    printOut(QString());
    printOut(CliMain::tr("Usage: seatplan-cli [--lang zh|en] <command> [options] [arguments]"));
    printOut(QString());
    printOut(CliMain::tr("Commands:"));
    for (const auto& command : commands)
        printOut(QStringLiteral("  %1  %2").arg(command->name(), -10).arg(command->summary()));
    printOut(QString());
    printOut(CliMain::tr("Global options:"));
    printOut(QStringLiteral("  -h, --help     %1").arg(CliMain::tr("Show this help and exit.")));
    printOut(QStringLiteral("  --version      %1").arg(CliMain::tr("Show the version and exit.")));
    printOut(
        QStringLiteral("  --lang zh|en   %1")
            .arg(CliMain::tr("Language of messages (default: from the locale or SEATPLAN_LANG).")));
    printOut(QString());
    printOut(CliMain::tr("Run 'seatplan-cli <command> --help' for a command's options."));
    printOut(
        CliMain::tr("Exit codes: 0 success, 1 internal error, 2 usage error, 3 bad input data."));
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace seatplan;
    // The annex paints with QtGui; a headless tool must never need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (CI, ssh) Qt would warn on every run that XDG_RUNTIME_DIR is unset.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toUtf8() + "/seatplan-runtime-"
            + QByteArray::number(static_cast<qulonglong>(::getuid()));
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(
            QString::fromUtf8(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seatplan-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(core::version()));
    QCoreApplication::setOrganizationName(QStringLiteral("SeatPlan"));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QString language;
    if (arguments.size() >= 2 && arguments.first() == QLatin1String("--lang")) {
        language = arguments.at(1);
        arguments.remove(0, 2);
    } else if (!arguments.isEmpty() && arguments.first().startsWith(QLatin1String("--lang="))) {
        language = arguments.takeFirst().mid(7);
    }
    render::installTranslators(render::chooseLanguage(language));
    gis::initialize();

    const auto commands = cli::allCommands();
    if (arguments.isEmpty()) {
        printUsage(commands);
        return cli::kExitUsageError;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printUsage(commands);
        return cli::kExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        cli::printOut(QStringLiteral("seatplan-cli %1").arg(QString::fromLatin1(core::version())));
        return cli::kExitOk;
    }
    for (const auto& command : commands) {
        if (command->name() == first)
            return cli::runCommand(*command, arguments);
    }
    cli::printError(CliMain::tr("seatplan-cli: unknown command '%1'.").arg(first));
    cli::printError(CliMain::tr("Run 'seatplan-cli --help' for the list of commands."));
    return cli::kExitUsageError;
}
