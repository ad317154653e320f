#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/// `seatplan-cli plots`: see summary() and README.md's command-line reference.
class PlotsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PlotsCommand)
public:
    QString name() const override { return QStringLiteral("plots"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
