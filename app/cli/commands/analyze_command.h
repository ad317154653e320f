#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/**
 * `seatplan-cli analyze PROJECT [--scenario NAME] [--years 2021-2035]
 * [--format table|json|csv] [-o FILE]`: runs core::analyze on a project and writes the
 * balance per county, town, catchment and school, the build plan, flags, development and
 * plot land, the 优质均衡 evaluation, the work-plan targets and the assumptions ledger.
 * PROJECT is the JSON input documented in README (a GeoPackage once the loader lands; see
 * readAnalyzeInput()). Bad data exits with code 3, a bad command line with 2.
 */
class AnalyzeCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)
public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
