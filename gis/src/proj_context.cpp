#include "detail/proj_context.h"

namespace seatplan::gis::detail {

ProjContext::ProjContext()
    : m_ctx(proj_context_create())
{
    proj_log_func(m_ctx, this, &ProjContext::onLog);
    proj_log_level(m_ctx, PJ_LOG_ERROR);
}

ProjContext::~ProjContext()
{
    proj_context_destroy(m_ctx);
}

ProjContext& ProjContext::get()
{
    static thread_local ProjContext context;
    return context;
}

void ProjContext::onLog(void* self, int, const char* message)
{
    try {
        static_cast<ProjContext*>(self)->m_lastMessage = message ? message : "";
    } catch (...) {
        // Never unwind through PROJ.
    }
}

std::string ProjContext::lastError() const
{
    const int error = proj_context_errno(m_ctx);
    if (error != 0)
        return proj_context_errno_string(m_ctx, error);
    return m_lastMessage.empty() ? std::string("PROJ failed") : m_lastMessage;
}

} // namespace seatplan::gis::detail
