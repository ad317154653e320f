#include "seatplan/render/annex/annex_table.h"

#include <QLocale>

#include <cmath>

namespace seatplan::render {

AnnexCell AnnexTable::numberCell(double value, int decimals)
{
    // The cell keeps the printed (rounded) value, so that the spreadsheets hold the PDF's
    // figures; "-0" would look like a sign error in a printed table.
    const double scale = std::pow(10.0, decimals);
    double shown = std::round(value * scale) / scale;
    if (shown == 0)
        shown = 0;
    return { QLocale(QLocale::English).toString(shown, 'f', decimals), shown };
}

AnnexCell AnnexTable::textCell(const QString& text)
{
    return { text, std::nullopt };
}

QString AnnexTable::flatHeader(std::size_t index) const
{
    const AnnexColumn& column = columns.at(index);
    QString header = column.header;
    header.remove(QLatin1Char('\n'));
    if (column.group.isEmpty())
        return header;
    QString group = column.group;
    group.remove(QLatin1Char('\n'));
    return group + QLatin1Char('/') + header;
}

} // namespace seatplan::render
