#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/// `seatplan-cli import`: see summary() and README.md's command-line reference.
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
