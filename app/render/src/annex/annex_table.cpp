#include "seatplan/render/annex/annex_table.h"

#include <QLocale>

#include <cmath>

namespace seatplan::render {

AnnexCell AnnexTable::numberCell(double value, int decimals)
{
    // "-0" would look like a sign error in a printed table.
    const double shown = std::abs(value) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : value;
    return { QLocale(QLocale::English).toString(shown, 'f', decimals), shown };
}

AnnexCell AnnexTable::textCell(const QString& text)
{
    return { text, std::nullopt };
}

QString AnnexTable::flatHeader(std::size_t index) const
{
    const AnnexColumn& column = columns.at(index);
    if (column.group.isEmpty())
        return column.header;
    return column.group + QLatin1Char('/') + column.header;
}

} // namespace seatplan::render
