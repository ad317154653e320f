#include "test_paths.h"

#include <atomic>
#include <chrono>
#include <unistd.h>

namespace seatplan::test {

std::filesystem::path sourceDir()
{
    return SEATPLAN_SOURCE_DIR;
}

std::filesystem::path testData(const std::string& relative)
{
    return std::filesystem::path(SEATPLAN_TEST_DATA_DIR) / relative;
}

std::optional<std::filesystem::path> sharedData(const std::string& relative)
{
    auto path = std::filesystem::path(SEATPLAN_SHARED_DIR) / relative;
    if (!std::filesystem::exists(path))
        return std::nullopt;
    return path;
}

std::filesystem::path binaryDir()
{
    return std::filesystem::path(SEATPLAN_BINARY_DIR) / "bin";
}

TempDir::TempDir()
{
    static std::atomic<int> counter { 0 };
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    m_path = std::filesystem::temp_directory_path()
        / ("seatplan-test-" + std::to_string(::getpid()) + "-" + std::to_string(stamp) + "-"
            + std::to_string(counter++));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

std::filesystem::path copySampleProject(const TempDir& dir)
{
    const auto data = sourceDir() / "data";
    std::filesystem::copy_file(data / "meizhou.gpkg", dir / "meizhou.gpkg");
    std::filesystem::copy_file(data / "meizhou.population.tif", dir / "meizhou.population.tif");
    return dir / "meizhou.gpkg";
}

} // namespace seatplan::test
