#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/// `seatplan-cli validate`: see summary() and README.md's command-line reference.
class ValidateCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
