#include "seatplan/core/version.h"

namespace seatplan::core {

const char* version() noexcept
{
    return kVersion;
}

} // namespace seatplan::core
