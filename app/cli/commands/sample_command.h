#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/**
 * `seatplan-cli sample [-o FILE] [--scale N] [--landuse-polygons N] [--real-data DIR]`: builds
 * the Meizhou sample project (real boundaries and census, generated schools and the rest) into
 * a GeoPackage, deterministically. --scale multiplies zones, schools and raster cells for
 * benchmarks.
 */
class SampleCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)
public:
    QString name() const override { return QStringLiteral("sample"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
