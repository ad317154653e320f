#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace seatplan::gis::sample {

/// Builds the error the sample generator throws for `file` (and `field`, if any).
inline std::runtime_error sampleError(
    const std::filesystem::path& file, const std::string& field, const std::string& reason)
{
    return std::runtime_error(
        file.string() + (field.empty() ? "" : ", field " + field) + ": " + reason);
}

} // namespace seatplan::gis::sample
