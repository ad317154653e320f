#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/// `seatplan-cli version`: SeatPlan's version and the versions of the libraries it runs on.
class VersionCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(VersionCommand)
public:
    QString name() const override { return QStringLiteral("version"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
