#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/**
 * `seatplan-cli site`: proposes sites and sizes for new schools (capacitated
 * location-allocation, core::solveSitingHeuristic). With --orlib FILE it solves an OR-Library
 * capacitated p-median instance and prints `objective:`, `medians:` and `seconds:` lines.
 * See summary() and README.md's command-line reference.
 */
class SiteCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(SiteCommand)
public:
    QString name() const override { return QStringLiteral("site"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;

private:
    int runOrLib(const QCommandLineParser& parser) const;
    int runProject(const QCommandLineParser& parser, const QString& project) const;
};

} // namespace seatplan::cli
