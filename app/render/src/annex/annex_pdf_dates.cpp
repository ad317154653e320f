#include "annex_pdf_dates.h"

#include <QFile>
#include <QTimeZone>

#include <stdexcept>

namespace seatplan::render {

void fixPdfDates(const QString& path, const QDateTime& date)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        throw std::runtime_error(path.toStdString() + ": cannot reopen the PDF to fix its date");
    QByteArray data = file.readAll();
    const QByteArray stamp
        = date.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    bool changed = false;
    for (const QByteArray& key : { QByteArray("/CreationDate (D:"), QByteArray("/ModDate (D:") }) {
        qsizetype at = data.indexOf(key);
        while (at >= 0) {
            const qsizetype digits = at + key.size();
            if (digits + stamp.size() <= data.size()) {
                data.replace(digits, stamp.size(), stamp);
                changed = true;
            }
            at = data.indexOf(key, digits);
        }
    }
    if (!changed)
        return;
    if (!file.seek(0) || file.write(data) != data.size())
        throw std::runtime_error(path.toStdString() + ": cannot rewrite the PDF's date");
}

} // namespace seatplan::render
