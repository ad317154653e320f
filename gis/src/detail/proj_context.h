#pragma once
// PROJ: one context per thread (STYLE.md §4.3), never PJ_DEFAULT_CTX. The log function only
// stores the last message.

#include <proj.h>

#include <memory>
#include <string>

namespace seatplan::gis::detail {

class ProjContext {
public:
    ProjContext();
    ~ProjContext();
    ProjContext(const ProjContext&) = delete;
    ProjContext& operator=(const ProjContext&) = delete;

    /// Returns this thread's context.
    static ProjContext& get();
    PJ_CONTEXT* handle() const { return m_ctx; }
    /// Returns PROJ's last error text for this context (errno string or logged message).
    std::string lastError() const;

private:
    static void onLog(void* self, int level, const char* message);
    PJ_CONTEXT* m_ctx = nullptr;
    std::string m_lastMessage;
};

struct ProjDeleter {
    void operator()(PJ* p) const noexcept { proj_destroy(p); }
};
using ProjPtr = std::unique_ptr<PJ, ProjDeleter>;

} // namespace seatplan::gis::detail
