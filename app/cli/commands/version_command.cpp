#include "version_command.h"

#include "seatplan/core/version.h"
#include "seatplan/gis/library.h"

namespace seatplan::cli {

QString VersionCommand::summary() const
{
    return tr("Print SeatPlan's version and the versions of GDAL, GEOS, PROJ, SQLite and Qt.");
}

void VersionCommand::configure(QCommandLineParser&) const
{
}

int VersionCommand::run(const QCommandLineParser&) const
{
    printOut(QStringLiteral("seatplan-cli %1").arg(QString::fromLatin1(core::version())));
    printOut(QString::fromStdString(gis::libraryVersions())
        + QStringLiteral(", Qt %1").arg(QString::fromLatin1(qVersion())));
    return kExitOk;
}

} // namespace seatplan::cli
