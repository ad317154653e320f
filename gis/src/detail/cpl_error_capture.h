#pragma once
// Captures CPL (GDAL/OGR) errors and warnings of the current thread while in scope, so that a
// failing call can be turned into a GisError with GDAL's own text after it returns. The handler
// only records: it never throws (STYLE.md §5).

#include <string>
#include <vector>

namespace seatplan::gis::detail {

class CplErrorCapture {
public:
    CplErrorCapture();
    ~CplErrorCapture();
    CplErrorCapture(const CplErrorCapture&) = delete;
    CplErrorCapture& operator=(const CplErrorCapture&) = delete;

    /// Returns the last error (CE_Failure or worse) message, or "" when none happened.
    const std::string& lastError() const { return m_lastError; }
    /// Returns every warning message seen, in order (deduplicated), for import reports.
    const std::vector<std::string>& warnings() const { return m_warnings; }
    /// Returns lastError() or, when empty, `fallback`.
    std::string errorOr(const std::string& fallback) const;
    void clear();

private:
    static void handler(int errorClass, int errorNumber, const char* message) noexcept;
    std::string m_lastError;
    std::vector<std::string> m_warnings;
};

} // namespace seatplan::gis::detail
