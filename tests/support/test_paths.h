#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace seatplan::test {

/// Returns the source tree's root.
std::filesystem::path sourceDir();

/// Returns `relative` under tests/data/ (small fixtures committed with the tests).
std::filesystem::path testData(const std::string& relative);

/**
 * Returns `relative` under ../shared/ (real data and benchmarks beside the checkout), or
 * nothing when it is absent; callers then WARN and skip, naming the path they looked for.
 */
std::optional<std::filesystem::path> sharedData(const std::string& relative);

/// Returns the folder of the built executables (build/bin).
std::filesystem::path binaryDir();

/**
 * A fresh, empty directory under the system temp folder, removed with everything in it when
 * the object goes out of scope.
 */
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// Copies the bundled sample project (data/meizhou.gpkg and its population raster) into `dir`
/// and returns the copy's path: tests never open the committed file writable.
std::filesystem::path copySampleProject(const TempDir& dir);

} // namespace seatplan::test
