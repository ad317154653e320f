#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/// `seatplan-cli scenario list|create|copy|rename|delete|edit|undo|redo PROJECT ...`: manages
/// a project's scenarios and their edit journals (see summary() and README.md).
class ScenarioCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ScenarioCommand)
public:
    QString name() const override { return QStringLiteral("scenario"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
