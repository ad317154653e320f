#include "seatplan/core/standards.h"

#include "seatplan/core/errors.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>

namespace seatplan::core {

namespace {

    // Sources, as cited in ../shared/STANDARDS.md (verification mark in brackets).
    constexpr const char* kSrcClass = "建标102-2002 第六条; 教督〔2017〕6号 [V]";
    constexpr const char* kSrcRural = "建标109-2008 第八条 远期 [V]";
    constexpr const char* kSrcBands = "MOE class-size bands 56-65 大班额, >=66 超大班额 [V2]";
    constexpr const char* kSrcCap = "教督〔2017〕6号 政府保障程度 item 4 [V]";
    constexpr const char* kSrcSmall = "国办发〔2018〕27号 乡村小规模学校 <100 [M/V2]";
    constexpr const char* kSrcSizes = "建标102-2002 / 建标109-2008 standard sizes [V]; 36 [M]";
    constexpr const char* kSrcLand = "广东省义务教育标准化学校标准 (2013) 第三条 [V]";
    constexpr const char* kSrcRadius = "GB 50180 附录A / GB 50180-2018 life circles [V]";
    constexpr const char* kSrcClearance = "GB 50099-2011 中小学校设计规范 4.1.6 [V]";
    constexpr const char* kSrcThousand = "STANDARDS.md 5.1: 千人指标 = 6b / 3b (Changle) [V]";
    constexpr const char* kSrcBirth2021 = "梅州 2021 statistical bulletin, 8.69‰ [V2]";
    constexpr const char* kSrcHousehold = "new commodity housing planned at 3.0-3.2 [M]";
    constexpr const char* kSrcDwelling = "typical unit mix 90-120 m2 per dwelling [M]";
    constexpr const char* kSrcSystem = "义务教育法 第十一条; Guangdong 6+3, 31 August cut-off [V]";
    constexpr const char* kSrcQuality = "教督〔2017〕6号 资源配置 7 indicators [V]";
    constexpr const char* kSrcCv = "教督〔2017〕6号 差异系数 0.50 / 0.45 [V]";
    constexpr const char* kSrcSplit = "测算均衡系数拆分公式 1 : 1.1 : 1.32 [V2]";
    constexpr const char* kSrcHebei = "河北省 优质均衡 具体办法: teaching points <50 excluded [V]";
    constexpr const char* kSrcWorkPlan = "梅州 2021 work plan (brief) [M]";
    constexpr const char* kSrcMigrant = "教督〔2017〕6号 item 15: >=85% in public schools [V]";
    constexpr const char* kSrcResource = "普通学校特殊教育资源教室建设指南 (2016): >=5 [V]";
    constexpr const char* kSrcDisabled = "梅州 target >=98% (national 95%) [V2]";
    constexpr const char* kSrcFloorArea = "建标102-2002 表4-1, 24 classes, planning [V/C]";
    constexpr const char* kSrcUnitCost
        = "ANNEX.md unit costs: Guangdong county schools 5,000-5,600 yuan/m2 total [V/C]";
    constexpr const char* kSrcCostShares
        = "ANNEX.md: 郁南县南都学校 可研批复 13,892/2,538/520 万元 [V/C]";
    constexpr const char* kSrcBuildTime = "typical county school build, 2 years [M]";
    constexpr const char* kSrcStaffing
        = "中央编办发〔2014〕72号 教职工编制标准 1:19 / 1:13.5 (not in STANDARDS.md) [I]";
    constexpr const char* kSrcAssumption = "SeatPlan default assumption; set per project";

    enum class Kind { Number, Integer, Flag, List };

    struct Field {
        StandardInfo info;
        Kind kind;
        std::function<double&(Standards&)> number;
        std::function<int&(Standards&)> integer;
        std::function<bool&(Standards&)> flag;
        std::function<std::vector<double>&(Standards&)> list;
    };

    Field number(std::string key, std::string unit, std::string source,
        std::function<double&(Standards&)> get)
    {
        return { { std::move(key), std::move(unit), std::move(source), false }, Kind::Number,
            std::move(get), {}, {}, {} };
    }

    Field integer(
        std::string key, std::string unit, std::string source, std::function<int&(Standards&)> get)
    {
        return { { std::move(key), std::move(unit), std::move(source), false }, Kind::Integer, {},
            std::move(get), {}, {} };
    }

    std::vector<Field> makeFields()
    {
        using S = Standards;
        std::vector<Field> f;
        const std::array<std::string, kLevelCount> lv { "primary", "junior" };
        const std::array<std::string, kVariantCount> vr { "low", "medium", "high" };
        f.push_back(integer(
            "system.entry_age", "years", kSrcSystem, [](S& s) -> int& { return s.entryAge; }));
        f.push_back(integer("system.primary_grades", "grades", kSrcSystem,
            [](S& s) -> int& { return s.primaryGrades; }));
        f.push_back(integer("system.junior_grades", "grades", kSrcSystem,
            [](S& s) -> int& { return s.juniorGrades; }));
        f.push_back(integer("system.cutoff_month", "month (1-12)", kSrcSystem,
            [](S& s) -> int& { return s.cutoffMonth; }));
        for (int l = 0; l < kLevelCount; ++l) {
            f.push_back(number("class_size." + lv[l], "students/class", kSrcClass,
                [l](S& s) -> double& { return s.classSize[l]; }));
            f.push_back(number("class_size.rural_long_term." + lv[l], "students/class", kSrcRural,
                [l](S& s) -> double& { return s.ruralLongTermClassSize[l]; }));
        }
        f.push_back({ { "class_size.use_rural_long_term", "0/1", kSrcRural, false }, Kind::Flag, {},
            {}, [](S& s) -> bool& { return s.useRuralLongTermClassSize; }, {} });
        f.push_back(number("class_size.large", "students", kSrcBands,
            [](S& s) -> double& { return s.largeClass; }));
        f.push_back(number("class_size.oversized", "students", kSrcBands,
            [](S& s) -> double& { return s.oversizedClass; }));
        for (int l = 0; l < kLevelCount; ++l)
            f.push_back(number("school_cap." + lv[l], "students", kSrcCap,
                [l](S& s) -> double& { return s.schoolCap[l]; }));
        f.push_back(number("school_cap.nine_year", "students", kSrcCap,
            [](S& s) -> double& { return s.nineYearCap; }));
        f.push_back(number("school_cap.twelve_year", "students", kSrcCap,
            [](S& s) -> double& { return s.twelveYearCap; }));
        f.push_back(number("school.rural_small_below", "students", kSrcSmall,
            [](S& s) -> double& { return s.ruralSmallSchool; }));
        f.push_back(number("school.max_classes", "classes", kSrcSizes,
            [](S& s) -> double& { return s.maxClassesPerSchool; }));
        const auto list = [&f](std::string key, std::function<std::vector<double>&(S&)> get) {
            f.push_back({ { std::move(key), "classes", kSrcSizes, true }, Kind::List, {}, {}, {},
                std::move(get) });
        };
        list(
            "school_sizes.primary", [](S & s) -> auto& { return s.standardSizesPrimary; });
        list(
            "school_sizes.junior", [](S & s) -> auto& { return s.standardSizesJunior; });
        list(
            "school_sizes.nine_year", [](S & s) -> auto& { return s.standardSizesNineYear; });
        for (int l = 0; l < kLevelCount; ++l) {
            f.push_back(number("land.per_student." + lv[l], "m2/student", kSrcLand,
                [l](S& s) -> double& { return s.landPerStudent[l]; }));
            f.push_back(number("land.per_student_city_centre." + lv[l], "m2/student", kSrcLand,
                [l](S& s) -> double& { return s.landPerStudentCityCentre[l]; }));
            f.push_back(number("service_radius." + lv[l], "m", kSrcRadius,
                [l](S& s) -> double& { return s.serviceRadius[l]; }));
        }
        f.push_back(number("siting.railway_clearance", "m", kSrcClearance,
            [](S& s) -> double& { return s.railwayClearance; }));
        f.push_back(number("siting.arterial_clearance", "m", kSrcClearance,
            [](S& s) -> double& { return s.arterialClearance; }));
        f.push_back(number("development.birth_rate_per_mille", "per mille", kSrcBirth2021,
            [](S& s) -> double& { return s.devBirthRatePerMille; }));
        for (int l = 0; l < kLevelCount; ++l) {
            f.push_back(number("development.cohorts." + lv[l], "single-year cohorts", kSrcThousand,
                [l](S& s) -> double& { return s.thousandIndexCohorts[l]; }));
            f.push_back(number("development.seats_per_1000." + lv[l],
                "seats per 1000 residents (0 = derived)", kSrcAssumption,
                [l](S& s) -> double& { return s.thousandIndexOverride[l]; }));
        }
        f.push_back(number("development.adjustment", "factor", kSrcThousand,
            [](S& s) -> double& { return s.thousandIndexAdjustment; }));
        f.push_back(number("development.persons_per_household", "persons/dwelling", kSrcHousehold,
            [](S& s) -> double& { return s.personsPerHousehold; }));
        f.push_back(number("development.floor_area_per_dwelling", "m2/dwelling", kSrcDwelling,
            [](S& s) -> double& { return s.floorAreaPerDwelling; }));
        f.push_back(number("demand.enrolment_rate", "share", kSrcWorkPlan,
            [](S& s) -> double& { return s.enrolmentRate; }));
        f.push_back(number("demand.migrant_public_share", "share", kSrcMigrant,
            [](S& s) -> double& { return s.migrantPublicShare; }));
        f.push_back(number("demand.private_share", "share", kSrcAssumption,
            [](S& s) -> double& { return s.privateShare; }));
        f.push_back(number("demand.migrant_share", "share", kSrcAssumption,
            [](S& s) -> double& { return s.migrantShare; }));
        for (int v = 0; v < kVariantCount; ++v) {
            f.push_back(number("projection.birth_rate_per_mille." + vr[v], "per mille",
                v == 0 ? "梅州 2022 bulletin 7.34‰ [V2]"
                       : (v == 1 ? kSrcBirth2021 : kSrcAssumption),
                [v](S& s) -> double& { return s.birthRatePerMille[v]; }));
            f.push_back(number("projection.general_fertility_per_mille." + vr[v],
                "births per 1000 women 15-49",
                "≈ 梅州 2021 births 4.99万 / women 15-49 (≈ 22% of 387万) [C from V2 + M]",
                [v](S& s) -> double& { return s.fertilityPerMille[v]; }));
            f.push_back(number("projection.net_migration_rate." + vr[v], "share/year",
                kSrcAssumption, [v](S& s) -> double& { return s.netMigrationRate[v]; }));
            f.push_back(number("projection.urbanisation_shift." + vr[v], "share/year",
                kSrcAssumption, [v](S& s) -> double& { return s.urbanisationShift[v]; }));
        }
        const std::array<std::string, kQualityIndicatorCount> units { "teachers/100 students",
            "teachers/100 students", "teachers/100 students", "m2/student", "m2/student",
            "yuan/student", "rooms/100 students" };
        for (int i = 0; i < kQualityIndicatorCount; ++i) {
            for (int l = 0; l < kLevelCount; ++l) {
                f.push_back(number("quality.threshold."
                        + std::string(qualityIndicatorName(static_cast<QualityIndicator>(i))) + "."
                        + lv[l],
                    units[i], kSrcQuality,
                    [i, l](S& s) -> double& { return s.qualityThreshold[i][l]; }));
            }
        }
        f.push_back(number("quality.min_met", "indicators", kSrcQuality,
            [](S& s) -> double& { return s.qualityMinMet; }));
        f.push_back(number("quality.min_ratio", "share of threshold", kSrcQuality,
            [](S& s) -> double& { return s.qualityMinRatio; }));
        for (int l = 0; l < kLevelCount; ++l)
            f.push_back(number("quality.cv_limit." + lv[l], "CV", kSrcCv,
                [l](S& s) -> double& { return s.cvLimit[l]; }));
        f.push_back(number("quality.split.junior_weight", "weight (primary = 1)", kSrcSplit,
            [](S& s) -> double& { return s.juniorWeight; }));
        f.push_back(number("quality.split.senior_weight", "weight (primary = 1)", kSrcSplit,
            [](S& s) -> double& { return s.seniorWeight; }));
        f.push_back(number("quality.teaching_point_min_students", "students", kSrcHebei,
            [](S& s) -> double& { return s.teachingPointExcludedBelow; }));
        f.push_back(number("workplan.enrolment_rate", "share", kSrcWorkPlan,
            [](S& s) -> double& { return s.targetEnrolmentRate; }));
        f.push_back(number("workplan.consolidation_rate", "share", kSrcWorkPlan,
            [](S& s) -> double& { return s.targetConsolidationRate; }));
        f.push_back(number("workplan.migrant_public_share", "share", kSrcMigrant,
            [](S& s) -> double& { return s.targetMigrantPublicShare; }));
        f.push_back(number("workplan.disabled_enrolment", "share", kSrcDisabled,
            [](S& s) -> double& { return s.targetDisabledEnrolment; }));
        f.push_back(number("workplan.resource_room_min_disabled", "students", kSrcResource,
            [](S& s) -> double& { return s.resourceRoomMinDisabled; }));
        f.push_back(number("workplan.boarding_schools_per_town", "schools", kSrcWorkPlan,
            [](S& s) -> double& { return s.boardingSchoolsPerTown; }));
        f.push_back(number("workplan.edu_groups_per_county", "groups", kSrcWorkPlan,
            [](S& s) -> double& { return s.eduGroupsPerCounty; }));
        f.push_back(integer("workplan.target_year", "year", kSrcWorkPlan,
            [](S& s) -> int& { return s.targetYear; }));
        for (int l = 0; l < kLevelCount; ++l)
            f.push_back(number("construction.floor_area_per_student." + lv[l], "m2/student",
                kSrcFloorArea, [l](S& s) -> double& { return s.floorAreaPerStudent[l]; }));
        f.push_back(number("construction.unit_cost_yuan_per_m2", "yuan/m2", kSrcUnitCost,
            [](S& s) -> double& { return s.unitCostYuanPerM2; }));
        f.push_back(number("construction.cost_share.works", "share", kSrcCostShares,
            [](S& s) -> double& { return s.costShareWorks; }));
        f.push_back(number("construction.cost_share.other", "share", kSrcCostShares,
            [](S& s) -> double& { return s.costShareOther; }));
        f.push_back(number("construction.cost_share.contingency", "share", kSrcCostShares,
            [](S& s) -> double& { return s.costShareContingency; }));
        f.push_back(integer("construction.duration_years", "years", kSrcBuildTime,
            [](S& s) -> int& { return s.constructionYears; }));
        for (int l = 0; l < kLevelCount; ++l)
            f.push_back(number("staffing.students_per_teacher." + lv[l], "students/teacher",
                kSrcStaffing, [l](S& s) -> double& { return s.studentsPerTeacher[l]; }));
        return f;
    }

    const std::vector<Field>& fields()
    {
        static const std::vector<Field> kFields = makeFields();
        return kFields;
    }

    const Field& field(std::string_view key)
    {
        for (const auto& f : fields()) {
            if (f.info.key == key)
                return f;
        }
        throw InvalidInput("unknown standard '" + std::string(key) + "'");
    }

    std::string formatNumber(double value)
    {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.10g", value);
        return buffer;
    }

    double parseNumber(std::string_view key, std::string_view text)
    {
        while (!text.empty() && text.front() == ' ')
            text.remove_prefix(1);
        while (!text.empty() && text.back() == ' ')
            text.remove_suffix(1);
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
            throw InvalidInput(
                "standard '" + std::string(key) + "': '" + std::string(text) + "' is not a number");
        return value;
    }

    void require(bool ok, const std::string& key, const std::string& why)
    {
        if (!ok)
            throw InvalidInput("standard '" + key + "' " + why);
    }

} // namespace

double Standards::standardClassSize(Level level, bool rural) const
{
    const auto l = static_cast<std::size_t>(level);
    return rural && useRuralLongTermClassSize ? ruralLongTermClassSize[l] : classSize[l];
}

double Standards::schoolCapFor(SchoolType type) const
{
    switch (type) {
    case SchoolType::Primary:
    case SchoolType::TeachingPoint:
        return schoolCap[0];
    case SchoolType::Junior:
        return schoolCap[1];
    case SchoolType::NineYear:
        return nineYearCap;
    case SchoolType::TwelveYear:
        return twelveYearCap;
    }
    return schoolCap[0];
}

double Standards::seatsPer1000(Level level) const
{
    const auto l = static_cast<std::size_t>(level);
    if (thousandIndexOverride[l] > 0)
        return thousandIndexOverride[l];
    return thousandIndexCohorts[l] * devBirthRatePerMille * thousandIndexAdjustment;
}

double Standards::entryShareOlderBirths() const
{
    // Born September..December of Y-7 are old enough: (12 - cut-off month) / 12.
    return (12.0 - cutoffMonth) / 12.0;
}

int Standards::gradeCount(Level level) const
{
    return level == Level::Primary ? primaryGrades : juniorGrades;
}

int Standards::firstGrade(Level level) const
{
    return level == Level::Primary ? 1 : primaryGrades + 1;
}

const std::vector<StandardInfo>& Standards::catalogue()
{
    static const std::vector<StandardInfo> kCatalogue = [] {
        std::vector<StandardInfo> infos;
        for (const auto& f : fields())
            infos.push_back(f.info);
        return infos;
    }();
    return kCatalogue;
}

std::string Standards::valueText(std::string_view key) const
{
    const Field& f = field(key);
    auto& self = const_cast<Standards&>(*this); // the accessors only read here
    switch (f.kind) {
    case Kind::Number:
        return formatNumber(f.number(self));
    case Kind::Integer:
        return std::to_string(f.integer(self));
    case Kind::Flag:
        return f.flag(self) ? "1" : "0";
    case Kind::List: {
        std::string text;
        for (const double v : f.list(self))
            text += (text.empty() ? "" : ",") + formatNumber(v);
        return text;
    }
    }
    return {};
}

void Standards::set(std::string_view key, double value)
{
    const Field& f = field(key);
    if (!std::isfinite(value))
        throw InvalidInput("standard '" + std::string(key) + "' must be a finite number");
    switch (f.kind) {
    case Kind::Number:
        f.number(*this) = value;
        break;
    case Kind::Integer:
        if (value != std::floor(value))
            throw InvalidInput("standard '" + std::string(key) + "' must be a whole number");
        f.integer(*this) = static_cast<int>(value);
        break;
    case Kind::Flag:
        f.flag(*this) = value != 0;
        break;
    case Kind::List:
        throw InvalidInput(
            "standard '" + std::string(key) + "' is a list; give it as text, e.g. \"12,18,24\"");
    }
}

void Standards::setFromText(std::string_view key, std::string_view text)
{
    const Field& f = field(key);
    if (f.kind != Kind::List) {
        set(key, parseNumber(key, text));
        return;
    }
    std::vector<double> values;
    while (!text.empty()) {
        const auto comma = text.find(',');
        values.push_back(parseNumber(key, text.substr(0, comma)));
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
    }
    f.list(*this) = std::move(values);
}

void Standards::validate() const
{
    const std::array<std::string, kLevelCount> lv { "primary", "junior" };
    require(entryAge >= 3 && entryAge <= 8, "system.entry_age", "must be between 3 and 8");
    require(primaryGrades >= 1 && juniorGrades >= 1 && primaryGrades + juniorGrades == 9,
        "system.primary_grades",
        "and system.junior_grades must be positive and add up to 9 (6+3 or 5+4)");
    require(cutoffMonth >= 1 && cutoffMonth <= 12, "system.cutoff_month", "must be 1-12");
    for (int l = 0; l < kLevelCount; ++l) {
        require(classSize[l] > 0, "class_size." + lv[l], "must be positive");
        require(ruralLongTermClassSize[l] > 0, "class_size.rural_long_term." + lv[l],
            "must be positive");
        require(schoolCap[l] >= classSize[l], "school_cap." + lv[l],
            "is below one class of class_size." + lv[l]);
        require(landPerStudent[l] > 0 && landPerStudentCityCentre[l] > 0,
            "land.per_student." + lv[l], "must be positive");
        require(serviceRadius[l] > 0, "service_radius." + lv[l], "must be positive");
        require(railwayClearance >= 0, "siting.railway_clearance", "must not be negative");
        require(arterialClearance >= 0, "siting.arterial_clearance", "must not be negative");
        require(thousandIndexCohorts[l] >= 0 && thousandIndexOverride[l] >= 0,
            "development.cohorts." + lv[l], "must not be negative");
        require(cvLimit[l] > 0, "quality.cv_limit." + lv[l], "must be positive");
        for (int i = 0; i < kQualityIndicatorCount; ++i)
            require(qualityThreshold[i][l] > 0,
                "quality.threshold."
                    + std::string(qualityIndicatorName(static_cast<QualityIndicator>(i))) + "."
                    + lv[l],
                "must be positive");
    }
    require(nineYearCap >= classSize[0] && twelveYearCap >= classSize[0], "school_cap.nine_year",
        "is below one class");
    require(largeClass > 0 && largeClass < oversizedClass, "class_size.large",
        "must be positive and below class_size.oversized");
    require(ruralSmallSchool >= 0, "school.rural_small_below", "must not be negative");
    require(maxClassesPerSchool >= 1, "school.max_classes", "must be at least 1");
    for (const auto* sizes :
        { &standardSizesPrimary, &standardSizesJunior, &standardSizesNineYear }) {
        require(!sizes->empty(), "school_sizes", "must list at least one size");
        for (std::size_t i = 0; i < sizes->size(); ++i)
            require((*sizes)[i] > 0 && (i == 0 || (*sizes)[i] > (*sizes)[i - 1]), "school_sizes",
                "must be positive and increasing");
    }
    require(devBirthRatePerMille >= 0, "development.birth_rate_per_mille", "must not be negative");
    require(thousandIndexAdjustment > 0, "development.adjustment", "must be positive");
    require(personsPerHousehold > 0, "development.persons_per_household", "must be positive");
    require(floorAreaPerDwelling > 0, "development.floor_area_per_dwelling", "must be positive");
    const auto share = [](double v) { return v >= 0 && v <= 1; };
    require(enrolmentRate > 0 && enrolmentRate <= 1, "demand.enrolment_rate", "must be in (0, 1]");
    require(share(migrantPublicShare), "demand.migrant_public_share", "must be in 0-1");
    require(migrantPublicShare >= targetMigrantPublicShare, "demand.migrant_public_share",
        "is below the work plan's minimum workplan.migrant_public_share ("
            + formatNumber(targetMigrantPublicShare) + ")");
    require(share(privateShare) && privateShare < 1, "demand.private_share", "must be in [0, 1)");
    require(share(migrantShare), "demand.migrant_share", "must be in 0-1");
    for (int v = 0; v < kVariantCount; ++v) {
        require(
            birthRatePerMille[v] >= 0, "projection.birth_rate_per_mille", "must not be negative");
        require(netMigrationRate[v] > -1 && netMigrationRate[v] < 1,
            "projection.net_migration_rate", "must be in (-1, 1)");
        require(share(urbanisationShift[v]), "projection.urbanisation_shift", "must be in 0-1");
    }
    require(qualityMinMet >= 0 && qualityMinMet <= kQualityIndicatorCount, "quality.min_met",
        "must be 0-7");
    require(share(qualityMinRatio), "quality.min_ratio", "must be in 0-1");
    require(
        juniorWeight > 0 && seniorWeight > 0, "quality.split.junior_weight", "must be positive");
    require(teachingPointExcludedBelow >= 0, "quality.teaching_point_min_students",
        "must not be negative");
    for (const double target : { targetEnrolmentRate, targetConsolidationRate,
             targetMigrantPublicShare, targetDisabledEnrolment })
        require(share(target), "workplan", "shares must be in 0-1");
    require(
        resourceRoomMinDisabled >= 1, "workplan.resource_room_min_disabled", "must be at least 1");
    for (int l = 0; l < kLevelCount; ++l)
        require(floorAreaPerStudent[l] > 0, "construction.floor_area_per_student." + lv[l],
            "must be positive");
    for (int l = 0; l < kLevelCount; ++l)
        require(studentsPerTeacher[l] > 0, "staffing.students_per_teacher." + lv[l],
            "must be positive");
    require(constructionYears >= 0, "construction.duration_years", "must not be negative");
    require(unitCostYuanPerM2 >= 0, "construction.unit_cost_yuan_per_m2", "must not be negative");
    require(share(costShareWorks) && share(costShareOther) && share(costShareContingency)
            && std::abs(costShareWorks + costShareOther + costShareContingency - 1) < 1e-6,
        "construction.cost_share", "shares must be in 0-1 and sum to 1");
    require(boardingSchoolsPerTown >= 0 && eduGroupsPerCounty >= 0, "workplan",
        "counts must not be negative");
}

} // namespace seatplan::core
