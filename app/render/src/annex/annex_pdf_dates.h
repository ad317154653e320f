#pragma once

#include <QDateTime>
#include <QString>

namespace seatplan::render {

/**
 * Rewrites the creation date Qt's PDF engine stamps into the document information of the PDF
 * at `path` (the clock at writing time) with `date` (UTC), in place and with the same length
 * so that the cross-reference offsets stay valid. Makes the same inputs give the same bytes.
 * Throws std::runtime_error naming the file when it cannot be read or written.
 */
void fixPdfDates(const QString& path, const QDateTime& date);

} // namespace seatplan::render
