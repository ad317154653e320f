#include "seatplan/gis/field_mapping.h"

#include "detail/project_schema.h"
#include "seatplan/gis/gis_error.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace seatplan::gis {

using namespace detail;

namespace {

    struct RoleInfo {
        ImportRole role;
        const char* word;
        const char* target;
        GeometryKind kind;
    };

    const std::vector<RoleInfo>& roles()
    {
        static const std::vector<RoleInfo> table = {
            { ImportRole::County, "county", "counties", GeometryKind::Polygon },
            { ImportRole::Towns, "towns", "towns", GeometryKind::Polygon },
            { ImportRole::Zones, "zones", "zones", GeometryKind::Polygon },
            { ImportRole::Schools, "schools", "schools", GeometryKind::Point },
            { ImportRole::Catchments, "catchments", "catchments", GeometryKind::Polygon },
            { ImportRole::Plots, "plots", "plots", GeometryKind::Polygon },
            { ImportRole::Developments, "developments", "developments", GeometryKind::Polygon },
            { ImportRole::Landuse, "landuse", "landuse", GeometryKind::Polygon },
            { ImportRole::Roads, "roads", "roads", GeometryKind::Line },
            { ImportRole::Population, "population", "population", GeometryKind::None },
            { ImportRole::Cohorts, "cohorts", "seatplan_cohorts", GeometryKind::None },
            { ImportRole::Births, "births", "seatplan_births", GeometryKind::None },
            { ImportRole::Enrolment, "enrolment", "seatplan_enrolment", GeometryKind::None },
        };
        return table;
    }

    const RoleInfo& info(ImportRole role)
    {
        for (const RoleInfo& r : roles()) {
            if (r.role == role)
                return r;
        }
        return roles().front();
    }

    // Lower-case ASCII, drop spaces, underscores and hyphens: "Class_Size" == "classsize".
    std::string key(const std::string& text)
    {
        std::string out;
        for (const char c : text) {
            if (c == ' ' || c == '_' || c == '-')
                continue;
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        return out;
    }

    // Names each target field is known by, most specific first.
    const std::map<std::string, std::vector<std::string>>& synonyms()
    {
        static const std::map<std::string, std::vector<std::string>> table = {
            { "code",
                { "code", "adcode", "行政区划代码", "区划代码", "代码", "编码", "dlbm",
                    "地类编码" } },
            { "name",
                { "name", "名称", "学校名称", "校名", "学校", "镇街名称", "乡镇名称", "地块名称",
                    "项目名称", "道路名称", "片区名称" } },
            { "county_code",
                { "county_code", "countycode", "县区代码", "区县代码", "所属县区代码", "县代码" } },
            { "town_code",
                { "town_code", "towncode", "镇街代码", "乡镇代码", "街道代码", "所属镇街代码" } },
            { "urban", { "urban", "城镇", "是否城镇", "城乡", "城区" } },
            { "id",
                { "id", "编号", "学校代码", "学校标识码", "标识码", "片区编号", "地块编号",
                    "项目编号" } },
            { "population", { "population", "pop", "人口", "常住人口", "人口数" } },
            { "level", { "level", "学段", "办学类型", "学校类型", "学校类别" } },
            { "is_public", { "is_public", "public", "公办", "办学性质", "公民办" } },
            { "boarding", { "boarding", "寄宿", "是否寄宿", "寄宿制" } },
            { "edu_group", { "edu_group", "教育集团", "集团" } },
            { "classes_primary", { "classes_primary", "小学班级数", "小学班数" } },
            { "classes_junior", { "classes_junior", "初中班级数", "初中班数" } },
            { "students_primary", { "students_primary", "小学在校生数", "小学学生数" } },
            { "students_junior", { "students_junior", "初中在校生数", "初中学生数" } },
            { "max_class_size", { "max_class_size", "最大班额" } },
            { "disabled_students", { "disabled_students", "残疾学生数", "随班就读人数" } },
            { "resource_room", { "resource_room", "资源教室" } },
            { "opening_year", { "opening_year", "开办年份", "建成年份", "开学年份" } },
            { "closing_year", { "closing_year", "撤并年份", "停办年份" } },
            { "scenario", { "scenario", "方案" } },
            { "school_ids", { "school_ids", "学校编号", "对口学校", "学校代码" } },
            { "locked", { "locked", "锁定" } },
            { "planned_level", { "planned_level", "规划学段" } },
            { "planned_classes", { "planned_classes", "规划班级数", "规划班数" } },
            { "status", { "status", "状态", "用地状态" } },
            { "note", { "note", "备注" } },
            { "site_area_m2", { "site_area_m2", "用地面积", "占地面积" } },
            { "far_old", { "far_old", "现状容积率", "原容积率" } },
            { "far_new", { "far_new", "规划容积率", "新容积率", "容积率" } },
            { "residential_share", { "residential_share", "住宅比例", "住宅占比" } },
            { "dwellings", { "dwellings", "户数", "住宅套数", "套数" } },
            { "floor_area_m2", { "floor_area_m2", "建筑面积", "总建筑面积" } },
            { "school_plot_id", { "school_plot_id", "配套学校用地" } },
            { "class", { "class", "地类名称", "地类", "用地性质", "用地类型", "dlmc" } },
            { "kind", { "kind", "类型", "道路等级", "等级", "fclass", "highway" } },
            // tables
            { "zone_id", { "zone_id", "zone", "片区", "片区编号", "区域" } },
            { "year", { "year", "年份", "年度" } },
            { "age", { "age", "年龄", "岁" } },
            { "persons", { "persons", "人数", "人口", "人口数" } },
            { "area_code", { "area_code", "code", "adcode", "行政区划代码", "区划代码", "代码" } },
            { "births", { "births", "出生人数", "出生数", "出生人口" } },
            { "school_id", { "school_id", "学校代码", "学校编号", "id" } },
            { "grade", { "grade", "年级" } },
            { "students", { "students", "在校生数", "学生数", "人数" } },
        };
        return table;
    }

    // Generic columns spread by level: 班级数 -> classes_primary or classes_junior.
    const std::vector<std::string>& genericClasses()
    {
        static const std::vector<std::string> names = { "classes", "班级数", "班数" };
        return names;
    }
    const std::vector<std::string>& genericStudents()
    {
        static const std::vector<std::string> names = { "students", "在校生数", "学生数" };
        return names;
    }

    std::vector<Field> tableFields(ImportRole role)
    {
        switch (role) {
        case ImportRole::Cohorts:
            return { { "zone_id", FieldType::Text }, { "year", FieldType::Integer },
                { "age", FieldType::Integer }, { "persons", FieldType::Real } };
        case ImportRole::Births:
            return { { "area_code", FieldType::Text }, { "year", FieldType::Integer },
                { "births", FieldType::Real } };
        case ImportRole::Enrolment:
            return { { "school_id", FieldType::Text }, { "year", FieldType::Integer },
                { "grade", FieldType::Integer }, { "students", FieldType::Real } };
        default:
            break;
        }
        const LayerSpec* spec = contractLayer(info(role).target);
        return spec ? spec->fields : std::vector<Field> {};
    }

    int findSource(const VectorLayer& source, const std::vector<std::string>& names,
        const std::vector<bool>& used)
    {
        for (const std::string& name : names) {
            for (std::size_t i = 0; i < source.fields.size(); ++i) {
                if (!used[i] && key(source.fields[i].name) == key(name))
                    return static_cast<int>(i);
            }
        }
        return -1;
    }

    FieldValue normalise(const std::string& target, const FieldValue& value)
    {
        if (isNull(value))
            return value;
        const std::string text = toText(value);
        if (target == "level") {
            static const std::vector<std::pair<std::string, std::string>> levels
                = { { "九年", "nine_year" }, { "十二年", "twelve_year" },
                      { "完全中学", "twelve_year" }, { "教学点", "teaching_point" },
                      { "小学", "primary" }, { "初中", "junior" }, { "初级中学", "junior" },
                      { "中学", "junior" } };
            for (const auto& [word, code] : levels) {
                if (text.find(word) != std::string::npos)
                    return code;
            }
            return text;
        }
        if (target == "is_public") {
            if (text.find("民办") != std::string::npos)
                return std::int64_t { 0 };
            if (text.find("公办") != std::string::npos)
                return std::int64_t { 1 };
        }
        static const std::vector<std::string> yes = { "是", "yes", "true", "y", "城镇", "城区" };
        static const std::vector<std::string> no = { "否", "no", "false", "n", "乡村", "农村" };
        if (target == "is_public" || target == "boarding" || target == "urban"
            || target == "resource_room" || target == "locked") {
            const std::string k = key(text);
            for (const std::string& w : yes) {
                if (k == w)
                    return std::int64_t { 1 };
            }
            for (const std::string& w : no) {
                if (k == w)
                    return std::int64_t { 0 };
            }
        }
        return value;
    }

    FieldValue convert(const FieldValue& value, FieldType type)
    {
        if (isNull(value))
            return value;
        switch (type) {
        case FieldType::Integer:
            if (auto i = toInt64(value))
                return *i;
            return {};
        case FieldType::Real:
            if (auto d = toDouble(value))
                return *d;
            return {};
        case FieldType::Text:
            break;
        }
        return toText(value);
    }

} // namespace

std::optional<ImportRole> importRoleFromName(const std::string& name)
{
    const std::string k = key(name);
    for (const RoleInfo& r : roles()) {
        if (k == r.word || k == key(r.target))
            return r.role;
    }
    if (k == "counties")
        return ImportRole::County;
    return std::nullopt;
}

std::string importRoleName(ImportRole role)
{
    return info(role).word;
}

std::string importRoleTarget(ImportRole role)
{
    return info(role).target;
}

GeometryKind importRoleKind(ImportRole role)
{
    return info(role).kind;
}

VectorLayer mapFields(const VectorLayer& source, ImportRole role,
    const std::vector<FieldOverride>& overrides, ImportReport& report)
{
    VectorLayer out;
    out.name = importRoleTarget(role);
    out.crs = source.crs;
    out.kind = source.kind;
    out.fields = tableFields(role);
    std::vector<bool> used(source.fields.size(), false);
    std::vector<int> from(out.fields.size(), -1);

    std::vector<bool> leftEmpty(out.fields.size(), false);
    for (const FieldOverride& o : overrides) {
        const int target = out.fieldIndex(o.target);
        if (o.source.empty()) {
            // "(none)": keep the field empty even when a column's name would match it.
            if (target < 0)
                throw GisError({ report.source, source.name, std::nullopt, o.target,
                    "no such field in the project layer (for --field " + o.target + "=)" });
            leftEmpty[static_cast<std::size_t>(target)] = true;
            from[static_cast<std::size_t>(target)] = -1;
            continue;
        }
        const int src = source.fieldIndex(o.source);
        if (src < 0)
            throw GisError({ report.source, source.name, std::nullopt, o.source,
                "no such column in the source (for --field " + o.target + "=" + o.source + ")" });
        if (target < 0) {
            out.fields.push_back({ o.target, source.fields[static_cast<std::size_t>(src)].type });
            from.push_back(src);
        } else {
            from[static_cast<std::size_t>(target)] = src;
        }
        used[static_cast<std::size_t>(src)] = true;
    }
    for (std::size_t t = 0; t < out.fields.size(); ++t) {
        if (from[t] >= 0 || leftEmpty[t])
            continue;
        const auto names = synonyms().find(out.fields[t].name);
        if (names == synonyms().end())
            continue;
        from[t] = findSource(source, names->second, used);
        if (from[t] >= 0)
            used[static_cast<std::size_t>(from[t])] = true;
    }
    // 班级数 / 在校生数 without a level prefix: spread by the school's level.
    int genericClassesColumn = -1;
    int genericStudentsColumn = -1;
    const int levelColumn = out.fieldIndex("level");
    if (role == ImportRole::Schools) {
        genericClassesColumn = findSource(source, genericClasses(), used);
        genericStudentsColumn = findSource(source, genericStudents(), used);
        for (int c : { genericClassesColumn, genericStudentsColumn }) {
            if (c >= 0)
                used[static_cast<std::size_t>(c)] = true;
        }
    }
    for (std::size_t t = 0; t < out.fields.size(); ++t) {
        if (from[t] >= 0)
            report.add(ReportCode::FieldMapped,
                { source.fields[static_cast<std::size_t>(from[t])].name }, out.fields[t].name);
    }
    if (genericClassesColumn >= 0)
        report.add(ReportCode::FieldByLevel,
            { source.fields[static_cast<std::size_t>(genericClassesColumn)].name }, "classes");
    if (genericStudentsColumn >= 0)
        report.add(ReportCode::FieldByLevel,
            { source.fields[static_cast<std::size_t>(genericStudentsColumn)].name }, "students");
    std::vector<std::string> unmapped;
    const std::size_t contractCount = out.fields.size();
    for (std::size_t t = 0; t < contractCount; ++t) {
        const std::string& name = out.fields[t].name;
        const bool spread = (genericClassesColumn >= 0 && name.rfind("classes_", 0) == 0)
            || (genericStudentsColumn >= 0 && name.rfind("students_", 0) == 0);
        if (from[t] < 0 && !spread)
            unmapped.push_back(name);
    }
    if (!unmapped.empty())
        report.add(ReportCode::FieldsUnmapped, unmapped);
    // Keep the other source columns under their own names (unless that name is taken).
    std::vector<int> extra;
    for (std::size_t s = 0; s < source.fields.size(); ++s) {
        Field field = source.fields[s];
        // The project's own fid and geometry columns: keep such source columns renamed.
        if (key(field.name) == "fid" || key(field.name) == "geom")
            field.name = "source_" + field.name;
        if (used[s] || out.fieldIndex(field.name) >= 0)
            continue;
        out.fields.push_back(field);
        extra.push_back(static_cast<int>(s));
    }

    out.features.reserve(source.features.size());
    for (const Feature& in : source.features) {
        Feature f;
        f.fid = in.fid;
        f.geometry = in.geometry;
        f.values.resize(out.fields.size());
        for (std::size_t t = 0; t < from.size(); ++t) {
            if (from[t] >= 0)
                f.values[t] = convert(
                    normalise(out.fields[t].name, in.values[static_cast<std::size_t>(from[t])]),
                    out.fields[t].type);
        }
        if (levelColumn >= 0) {
            const std::string level = toText(f.values[static_cast<std::size_t>(levelColumn)]);
            const bool junior = level == "junior";
            const auto spread = [&](int column, const char* primary, const char* juniorName) {
                if (column < 0)
                    return;
                const int target = out.fieldIndex(junior ? juniorName : primary);
                if (isNull(f.values[static_cast<std::size_t>(target)]))
                    f.values[static_cast<std::size_t>(target)]
                        = convert(in.values[static_cast<std::size_t>(column)], FieldType::Integer);
            };
            spread(genericClassesColumn, "classes_primary", "classes_junior");
            spread(genericStudentsColumn, "students_primary", "students_junior");
        }
        for (std::size_t e = 0; e < extra.size(); ++e)
            f.values[from.size() + e] = in.values[static_cast<std::size_t>(extra[e])];
        out.features.push_back(std::move(f));
    }
    return out;
}

} // namespace seatplan::gis
