#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/// `seatplan-cli compare PROJECT A B`: scenario B against scenario A, per school and catchment,
/// flags and zones that changed school (see summary() and README.md).
class CompareCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
