#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <stdexcept>
#include <vector>

namespace seatplan::cli {

/// Exit codes of seatplan-cli, documented in the README.
enum ExitCode : int {
    kExitOk = 0,
    kExitInternalError = 1, ///< a bug or an environment failure (disk full, out of memory)
    kExitUsageError = 2, ///< the command line is wrong
    kExitBadInput = 3, ///< an input file or project holds data SeatPlan cannot use
};

/// Thrown by a command when its arguments are wrong; turned into exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/**
 * One subcommand of seatplan-cli. A command declares its arguments on a QCommandLineParser
 * and runs with the parsed result; `--help` and argument errors are handled for it.
 *
 * Commands write results to stdout (or the file named by -o), progress and messages to stderr.
 * Every user-visible string goes through tr() in the command's own context, so that Qt
 * Linguist can translate it (resources/translations/seatplan_cli_zh_CN.ts).
 */
class Command {
public:
    virtual ~Command() = default;

    /// Returns the word that selects the command, e.g. "analyze".
    virtual QString name() const = 0;
    /// Returns a one-line, translated description for `seatplan-cli --help`.
    virtual QString summary() const = 0;
    /// Declares positional arguments and options; --help is added by the caller.
    virtual void configure(QCommandLineParser& parser) const = 0;
    /// Runs the command and returns its exit code. May throw (see runCommand()).
    virtual int run(const QCommandLineParser& parser) const = 0;
};

/// Returns every command, in the order `--help` lists them. Defined in command_registry.cpp.
std::vector<std::unique_ptr<Command>> allCommands();

/**
 * Parses `arguments` (starting with the command's name) for `command`, prints help on --help,
 * runs it, and maps exceptions to exit codes: UsageError -> 2, bad data -> 3, anything else
 * -> 1. Each message goes to stderr, prefixed with "seatplan-cli <command>:".
 */
int runCommand(const Command& command, const QStringList& arguments);

/**
 * Writes a command's result `text` to the file `path`, or to stdout when `path` is empty.
 * Returns true when it wrote a file (the caller then says so on stderr). Throws
 * std::runtime_error naming the file when it cannot be written.
 */
bool writeOutput(const QByteArray& text, const QString& path);

/// Writes `text` and a newline to stderr (UTF-8).
void printError(const QString& text);
/// Writes `text` and a newline to stdout (UTF-8).
void printOut(const QString& text);

} // namespace seatplan::cli
