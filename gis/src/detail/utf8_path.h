#pragma once
// UTF-8 std::string <-> std::filesystem::path without C++20's char8_t friction.

#include <filesystem>
#include <string>

namespace seatplan::gis::detail {

inline std::filesystem::path utf8Path(const std::string& text)
{
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

inline std::string utf8String(const std::filesystem::path& path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

} // namespace seatplan::gis::detail
