#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/// `seatplan-cli new`: see summary() and README.md's command-line reference.
class NewCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(NewCommand)
public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
