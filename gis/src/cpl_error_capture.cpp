#include "detail/cpl_error_capture.h"

#include <cpl_error.h>

#include <algorithm>

namespace seatplan::gis::detail {

CplErrorCapture::CplErrorCapture()
{
    CPLPushErrorHandlerEx(
        [](CPLErr errorClass, CPLErrorNum number, const char* message) {
            handler(static_cast<int>(errorClass), number, message);
        },
        this);
}

CplErrorCapture::~CplErrorCapture()
{
    CPLPopErrorHandler();
}

void CplErrorCapture::handler(int errorClass, int, const char* message) noexcept
{
    auto* self = static_cast<CplErrorCapture*>(CPLGetErrorHandlerUserData());
    if (!self || !message)
        return;
    try {
        if (errorClass >= CE_Failure) {
            self->m_lastError = message;
        } else if (errorClass == CE_Warning && self->m_warnings.size() < 100) {
            if (std::find(self->m_warnings.begin(), self->m_warnings.end(), message)
                == self->m_warnings.end())
                self->m_warnings.emplace_back(message);
        }
    } catch (...) {
        // Out of memory while recording a message: drop it rather than unwind through C.
    }
}

std::string CplErrorCapture::errorOr(const std::string& fallback) const
{
    return m_lastError.empty() ? fallback : m_lastError;
}

void CplErrorCapture::clear()
{
    m_lastError.clear();
    m_warnings.clear();
}

} // namespace seatplan::gis::detail
