#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/// `seatplan-cli layers`: see summary() and README.md's command-line reference.
class LayersCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(LayersCommand)
public:
    QString name() const override { return QStringLiteral("layers"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
