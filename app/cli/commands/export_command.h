#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/// `seatplan-cli export`: see summary() and README.md's command-line reference.
class ExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
