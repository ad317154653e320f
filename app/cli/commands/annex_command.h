#pragma once

#include "../command.h"

#include <QCoreApplication>

namespace seatplan::cli {

/**
 * `seatplan-cli annex PROJECT -o annex.pdf`: the print-ready planning annex (cover, targets,
 * demand and supply, shortfall, construction list, oversized schools, land, assumptions,
 * atlas) as a PDF, with every table also as XLSX (one workbook) and CSV beside it.
 */
class AnnexCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(AnnexCommand)
public:
    QString name() const override { return QStringLiteral("annex"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) const override;
};

} // namespace seatplan::cli
