#pragma once

#include "seatplan/gis/gis_error.h"

#include <filesystem>
#include <string>

namespace seatplan::gis::sample {

/// Builds the GisError the sample generator throws for `file` (and `field`, if any).
inline GisError sampleError(
    const std::filesystem::path& file, const std::string& field, const std::string& reason)
{
    ErrorContext context;
    context.file = file.string();
    context.field = field;
    context.reason = reason;
    return GisError(std::move(context));
}

} // namespace seatplan::gis::sample
