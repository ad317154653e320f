#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/// `seatplan-cli catchments`: see summary() and README.md's command-line reference.
class CatchmentsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(CatchmentsCommand)
public:
    QString name() const override { return QStringLiteral("catchments"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
