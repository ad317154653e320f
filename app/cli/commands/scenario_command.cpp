#include "scenario_command.h"

#include "seatplan/gis/project.h"
#include "seatplan/gis/project_lock.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/scenario_codec.h"

#include <QFile>

#include <algorithm>

namespace seatplan::cli {

namespace {

    std::string text(const QString& value)
    {
        return value.toStdString();
    }

    void requireArguments(const QStringList& args, qsizetype count, const QString& usage)
    {
        if (args.size() != count)
            throw UsageError(
                ScenarioCommand::tr("usage: seatplan-cli scenario %1").arg(usage).toStdString());
    }

    /// The edit as JSON text: the argument itself, or the file it names after '@'.
    QByteArray editJson(const QString& argument)
    {
        if (!argument.startsWith(QLatin1Char('@')))
            return argument.toUtf8();
        QFile file(argument.mid(1));
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError(ScenarioCommand::tr("cannot read '%1': %2")
                                 .arg(argument.mid(1), file.errorString())
                                 .toStdString());
        return file.readAll();
    }

    int list(gis::Project& project)
    {
        const gis::ScenarioStore store(project);
        printOut(QStringLiteral("name\tparent\tedits\tundone\tcreated\tdescription"));
        for (const gis::ScenarioRow& row : store.list()) {
            const auto journal = store.journal(row.name);
            const auto undone = std::count_if(
                journal.begin(), journal.end(), [](const gis::JournalRow& r) { return r.undone; });
            printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                         .arg(QString::fromStdString(row.name), QString::fromStdString(row.parent))
                         .arg(static_cast<qsizetype>(journal.size()) - undone)
                         .arg(undone)
                         .arg(QString::fromStdString(row.created),
                             QString::fromStdString(row.description)));
        }
        return kExitOk;
    }

    // Marks the last edit in effect undone (undo) or the first undone one redone (redo).
    void undoOrRedo(gis::ScenarioStore& store, const std::string& scenario, bool undo)
    {
        const auto journal = store.journal(scenario);
        if (undo) {
            const auto last = std::find_if(journal.rbegin(), journal.rend(),
                [](const gis::JournalRow& r) { return !r.undone; });
            if (last == journal.rend())
                throw UsageError(ScenarioCommand::tr("nothing to undo in '%1'")
                                     .arg(QString::fromStdString(scenario))
                                     .toStdString());
            store.setUndone(last->seq, true);
            printError(ScenarioCommand::tr("Undid edit %1 (%2)")
                           .arg(last->seq)
                           .arg(QString::fromStdString(last->kind)));
            return;
        }
        const auto next = std::find_if(
            journal.begin(), journal.end(), [](const gis::JournalRow& r) { return r.undone; });
        if (next == journal.end())
            throw UsageError(ScenarioCommand::tr("nothing to redo in '%1'")
                                 .arg(QString::fromStdString(scenario))
                                 .toStdString());
        store.setUndone(next->seq, false);
        printError(ScenarioCommand::tr("Redid edit %1 (%2)")
                       .arg(next->seq)
                       .arg(QString::fromStdString(next->kind)));
    }

} // namespace

QString ScenarioCommand::summary() const
{
    return tr("List, create, copy, rename or delete a project's scenarios, or edit one.");
}

void ScenarioCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("list, create, copy, rename, delete, edit, undo or redo."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.gpkg)."));
    parser.addPositionalArgument(QStringLiteral("NAME"),
        tr("The scenario (copy and rename: FROM TO; edit: NAME EDIT, the edit as JSON or "
           "@file)."));
    parser.addOption(
        { QStringLiteral("description"), tr("The new scenario's description."), tr("text") });
    parser.addOption({ QStringLiteral("parent"), tr("The scenario a new one derives from."),
        tr("name"), QStringLiteral("base") });
}

int ScenarioCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        throw UsageError(tr("expected an action and a PROJECT").toStdString());
    const QString action = args[0];
    const std::string path = text(args[1]);
    if (action == QLatin1String("list")) {
        requireArguments(args, 2, QStringLiteral("list PROJECT"));
        gis::Project project = gis::Project::openReadOnly(path);
        return list(project);
    }
    static const QStringList kWriting { QStringLiteral("create"), QStringLiteral("copy"),
        QStringLiteral("rename"), QStringLiteral("delete"), QStringLiteral("edit"),
        QStringLiteral("undo"), QStringLiteral("redo") };
    if (!kWriting.contains(action))
        throw UsageError(tr("unknown action '%1' (expected list, create, copy, rename, delete, "
                            "edit, undo or redo)")
                             .arg(action)
                             .toStdString());
    if (const auto network = gis::networkFileSystem(path))
        printError(tr("Warning: %1 is on a network file system (%2); SQLite's locking may not "
                      "protect it. Copy it to a local disk to edit it safely.")
                       .arg(args[1], QString::fromStdString(*network)));
    gis::ProjectLock lock(path);
    if (!lock.held()) {
        const auto& holder = lock.otherHolder();
        printError(tr("%1 is open in another SeatPlan (process %2 on %3); close it there first")
                       .arg(args[1])
                       .arg(holder ? holder->pid : 0)
                       .arg(holder ? QString::fromStdString(holder->host) : tr("an unknown host")));
        return kExitBadInput;
    }
    gis::Project project = gis::Project::open(path);
    gis::ScenarioStore store(project);
    if (action == QLatin1String("create")) {
        requireArguments(args, 3, QStringLiteral("create PROJECT NAME"));
        store.create(text(args[2]), text(parser.value(QStringLiteral("description"))),
            text(parser.value(QStringLiteral("parent"))));
        printError(tr("Created scenario '%1'").arg(args[2]));
    } else if (action == QLatin1String("copy")) {
        requireArguments(args, 4, QStringLiteral("copy PROJECT FROM TO"));
        store.duplicate(text(args[2]), text(args[3]));
        printError(tr("Copied scenario '%1' to '%2'").arg(args[2], args[3]));
    } else if (action == QLatin1String("rename")) {
        requireArguments(args, 4, QStringLiteral("rename PROJECT FROM TO"));
        store.rename(text(args[2]), text(args[3]));
        printError(tr("Renamed scenario '%1' to '%2'").arg(args[2], args[3]));
    } else if (action == QLatin1String("delete")) {
        requireArguments(args, 3, QStringLiteral("delete PROJECT NAME"));
        store.remove(text(args[2]));
        printError(tr("Deleted scenario '%1'").arg(args[2]));
    } else if (action == QLatin1String("edit")) {
        requireArguments(args, 4, QStringLiteral("edit PROJECT NAME EDIT"));
        // Decode first: only valid edits reach the journal, in the codec's own spelling.
        const core::ScenarioEdit edit = render::decodeEdit(editJson(args[3]));
        const auto seq = store.appendEdit(
            text(args[2]), render::editKind(edit), render::encodeEdit(edit).toStdString());
        printError(tr("Added edit %1 (%2) to '%3'")
                       .arg(seq)
                       .arg(QString::fromStdString(render::editKind(edit)), args[2]));
    } else {
        requireArguments(args, 3, action + QStringLiteral(" PROJECT NAME"));
        undoOrRedo(store, text(args[2]), action == QLatin1String("undo"));
    }
    return kExitOk;
}

} // namespace seatplan::cli
