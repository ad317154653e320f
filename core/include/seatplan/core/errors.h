#pragma once

#include <stdexcept>
#include <string>

namespace seatplan::core {

/**
 * Bad input data given to a core function: a negative class size, a cohort table with a gap,
 * an override that contradicts another. The message says what is wrong and where, in words a
 * planner can act on.
 *
 * Planning findings (an oversized school, a shortfall) are never errors: they are flags.
 */
class InvalidInput : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/**
 * An analysis stopped because its caller requested a stop through the std::stop_token it
 * passed (a newer edit superseded it). Not a data error: callers drop the run silently.
 */
class Cancelled : public std::runtime_error {
public:
    Cancelled()
        : std::runtime_error("analysis cancelled")
    {
    }
};

} // namespace seatplan::core
