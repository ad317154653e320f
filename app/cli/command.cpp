#include "command.h"

#include "seatplan/core/errors.h"
#include "seatplan/gis/gis_error.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <exception>

namespace seatplan::cli {

namespace {

    void write(std::FILE* stream, const QString& text)
    {
        const QByteArray bytes = text.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
        std::fflush(stream);
    }

    /// Translation context for the messages common to every command.
    class CommandRunner {
        Q_DECLARE_TR_FUNCTIONS(CommandRunner)
    };

} // namespace

bool writeOutput(const QByteArray& text, const QString& path)
{
    if (path.isEmpty()) {
        std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
        std::fflush(stdout);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        throw std::runtime_error(
            CommandRunner::tr("cannot write '%1': %2").arg(path, file.errorString()).toStdString());
    return true;
}

void printError(const QString& text)
{
    write(stderr, text);
}

void printOut(const QString& text)
{
    write(stdout, text);
}

int runCommand(const Command& command, const QStringList& arguments)
{
    const QString prefix = QStringLiteral("seatplan-cli %1: ").arg(command.name());
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
        CommandRunner::tr("Show this help and exit."));
    parser.addOption(help);
    try {
        command.configure(parser);
        if (!parser.parse(arguments)) {
            printError(prefix + parser.errorText());
            printError(
                CommandRunner::tr("Run 'seatplan-cli %1 --help' for usage.").arg(command.name()));
            return kExitUsageError;
        }
        if (parser.isSet(help)) {
            QString text = parser.helpText();
            // QCommandLineParser names the program, not the subcommand.
            text.replace(QCoreApplication::applicationName() + QLatin1String(" [options]"),
                QStringLiteral("seatplan-cli %1 [options]").arg(command.name()));
            std::fputs(text.toUtf8().constData(), stdout);
            return kExitOk;
        }
        return command.run(parser);
    } catch (const UsageError& error) {
        printError(prefix + QString::fromUtf8(error.what()));
        printError(
            CommandRunner::tr("Run 'seatplan-cli %1 --help' for usage.").arg(command.name()));
        return kExitUsageError;
    } catch (const core::InvalidInput& error) {
        printError(prefix + QString::fromUtf8(error.what()));
        return kExitBadInput;
    } catch (const gis::GisError& error) {
        // A file or project SeatPlan cannot use; the message names file, layer, feature, field.
        printError(prefix + QString::fromUtf8(error.what()));
        return kExitBadInput;
    } catch (const std::exception& error) {
        printError(
            prefix + CommandRunner::tr("internal error: %1").arg(QString::fromUtf8(error.what())));
        return kExitInternalError;
    }
}

} // namespace seatplan::cli
