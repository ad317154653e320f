#include "validate_command.h"

#include "seatplan/gis/project.h"

namespace seatplan::cli {

QString ValidateCommand::summary() const
{
    return tr("Check a project file: SQLite integrity, schema, standard layers and geometries.");
}

void ValidateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file (.gpkg)."));
}

int ValidateCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        throw UsageError(tr("expected one PROJECT argument").toStdString());
    const gis::Project project = gis::Project::openReadOnly(args[0].toStdString());
    printError(tr("checking %1 ...").arg(args[0]));
    const std::vector<std::string> problems = project.check();
    for (const std::string& problem : problems)
        printOut(QString::fromStdString(problem));
    if (!problems.empty()) {
        printError(tr("Problems found: %1.").arg(problems.size()));
        return kExitBadInput;
    }
    printOut(tr("%1 is a valid SeatPlan project.").arg(args[0]));
    return kExitOk;
}

} // namespace seatplan::cli
