#pragma once

#include <string>
#include <string_view>

namespace seatplan::core {

/**
 * A stage of compulsory education. Guangdong runs 6+3: primary is grades 1-6 (ages 6-11) and
 * junior is grades 7-9 (ages 12-14); a 5+4 system is a Standards setting (system.*).
 */
enum class Level { Primary = 0, Junior = 1 };

/// Number of Level values; arrays indexed by Level have this size.
inline constexpr int kLevelCount = 2;

/// The kind of school as the statistics report it (project file field `schools.level`).
enum class SchoolType {
    Primary, ///< 小学 (完全小学)
    Junior, ///< 初级中学
    NineYear, ///< 九年一贯制: a primary and a junior part
    TwelveYear, ///< 十二年一贯制: primary, junior and senior parts (compulsory stage counted)
    TeachingPoint, ///< 教学点: an incomplete primary unit attached to a central school
};

/// A low / medium / high projection variant built from the user's assumption ranges.
enum class Variant { Low = 0, Medium = 1, High = 2 };

/// Number of Variant values.
inline constexpr int kVariantCount = 3;

/// The seven 优质均衡 resource-allocation indicators (教督〔2017〕6号, STANDARDS.md 1.1).
enum class QualityIndicator {
    QualifiedTeachers = 0, ///< teachers above the required degree, per 100 students
    KeyTeachers = 1, ///< county-level-or-above key teachers, per 100 students
    ArtPeTeachers = 2, ///< PE, music and art teachers, per 100 students
    TeachingArea = 3, ///< teaching and auxiliary rooms, m2 per student
    SportsArea = 4, ///< sports grounds and gymnasium, m2 per student
    EquipmentValue = 5, ///< teaching equipment, yuan per student
    MultimediaRooms = 6, ///< networked multimedia classrooms, per 100 students
};

/// Number of QualityIndicator values.
inline constexpr int kQualityIndicatorCount = 7;

/// Returns a stable snake_case name, e.g. "qualified_teachers".
std::string_view qualityIndicatorName(QualityIndicator indicator);

/// Returns "primary" or "junior" (the project file's spelling).
std::string_view levelName(Level level);
/// Parses "primary" / "junior"; throws InvalidInput naming `text` otherwise.
Level parseLevel(std::string_view text);

/// Returns "primary", "junior", "nine_year", "twelve_year" or "teaching_point".
std::string_view schoolTypeName(SchoolType type);
/// Parses a school type as spelled in the project file; throws InvalidInput otherwise.
SchoolType parseSchoolType(std::string_view text);

/// Returns "low", "medium" or "high".
std::string_view variantName(Variant variant);
/// Parses "low" / "medium" / "high"; throws InvalidInput otherwise.
Variant parseVariant(std::string_view text);

/// Returns true when a school of `type` teaches `level` (a nine-year school teaches both).
bool schoolTeaches(SchoolType type, Level level);

} // namespace seatplan::core
