// Edits <-> JSON. Keys follow the project-file contract (school_id, classes_primary, ...) so
// that a journal payload reads like the matching row of the project file.
#include "seatplan/render/scenario_codec.h"

#include "seatplan/core/errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>
#include <type_traits>

namespace seatplan::render {

namespace {

    using core::InvalidInput;
    using core::kLevelCount;

    QString qs(const std::string& text)
    {
        return QString::fromStdString(text);
    }

    QString qs(std::string_view text)
    {
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }

    /// The project file's plots.status values.
    const char* plotStatusName(core::PlotStatus status)
    {
        switch (status) {
        case core::PlotStatus::Acquired:
            return "acquired";
        case core::PlotStatus::Built:
            return "built";
        case core::PlotStatus::Planned:
            break;
        }
        return "planned";
    }

    core::PlotStatus parsePlotStatus(const std::string& text)
    {
        for (const auto status :
            { core::PlotStatus::Planned, core::PlotStatus::Acquired, core::PlotStatus::Built })
            if (text == plotStatusName(status))
                return status;
        throw InvalidInput("expected planned, acquired or built, not '" + text + "'");
    }

    void putPair(QJsonObject& o, const QString& stem, const std::array<double, kLevelCount>& v)
    {
        o[stem + QStringLiteral("_primary")] = v[0];
        o[stem + QStringLiteral("_junior")] = v[1];
    }

    void putPair(QJsonObject& o, const QString& stem, const std::array<int, kLevelCount>& v)
    {
        o[stem + QStringLiteral("_primary")] = v[0];
        o[stem + QStringLiteral("_junior")] = v[1];
    }

    void putOptional(QJsonObject& o, const QString& key, const std::optional<int>& v)
    {
        o[key] = v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    }

    QJsonObject schoolJson(const core::School& s)
    {
        QJsonObject o { { "id", qs(s.id) }, { "name", qs(s.name) },
            { "level", qs(core::schoolTypeName(s.type)) }, { "is_public", s.isPublic },
            { "boarding", s.boarding }, { "town_code", qs(s.townCode) },
            { "county_code", qs(s.countyCode) }, { "edu_group", qs(s.eduGroup) },
            { "students_senior", s.seniorStudents }, { "max_class_size", s.maxClassSize },
            { "disabled_students", s.disabledStudents }, { "resource_room", s.resourceRoom } };
        putPair(o, QStringLiteral("classes"), s.classes);
        putPair(o, QStringLiteral("students"), s.students);
        putOptional(o, QStringLiteral("opening_year"), s.openingYear);
        putOptional(o, QStringLiteral("closing_year"), s.closingYear);
        if (s.resources) {
            const core::SchoolResources& r = *s.resources;
            QJsonObject res { { "teaching_area_m2", r.teachingAreaM2 },
                { "sports_area_m2", r.sportsAreaM2 },
                { "equipment_value_yuan", r.equipmentValueYuan },
                { "multimedia_rooms", r.multimediaRooms } };
            putPair(res, QStringLiteral("qualified_teachers"), r.qualifiedTeachers);
            putPair(res, QStringLiteral("key_teachers"), r.keyTeachers);
            putPair(res, QStringLiteral("art_pe_teachers"), r.artPeTeachers);
            o[QStringLiteral("resources")] = res;
        }
        return o;
    }

    QJsonObject catchmentJson(const core::Catchment& c)
    {
        QJsonArray zones;
        for (const core::ZoneShare& z : c.zones)
            zones.append(QJsonObject { { "zone_id", qs(z.zoneId) }, { "share", z.share } });
        QJsonArray schools;
        for (const core::SchoolShare& s : c.schools)
            schools.append(QJsonObject { { "school_id", qs(s.schoolId) }, { "share", s.share } });
        return { { "id", qs(c.id) }, { "level", qs(core::levelName(c.level)) },
            { "locked", c.locked }, { "zones", zones }, { "schools", schools } };
    }

    QJsonObject developmentJson(const core::Development& d)
    {
        return { { "id", qs(d.id) }, { "name", qs(d.name) }, { "town_code", qs(d.townCode) },
            { "zone_id", qs(d.zoneId) }, { "site_area_m2", d.siteAreaM2 }, { "far_old", d.farOld },
            { "far_new", d.farNew }, { "residential_share", d.residentialShare },
            { "dwellings", d.dwellings }, { "floor_area_m2", d.floorAreaM2 },
            { "completion_year", d.completionYear }, { "school_plot_id", qs(d.schoolPlotId) } };
    }

    QJsonObject editJson(const core::ScenarioEdit& edit)
    {
        QJsonObject o { { "kind", qs(editKind(edit)) } };
        std::visit(
            [&](const auto& e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, core::NewSchoolEdit>) {
                    o[QStringLiteral("school")] = schoolJson(e.school);
                    if (e.location) {
                        o[QStringLiteral("x")] = e.location->x;
                        o[QStringLiteral("y")] = e.location->y;
                    }
                } else if constexpr (std::is_same_v<T, core::ExpansionEdit>) {
                    o[QStringLiteral("school_id")] = qs(e.schoolId);
                    o[QStringLiteral("year")] = e.year;
                    putPair(o, QStringLiteral("add_classes"), e.addClasses);
                } else if constexpr (std::is_same_v<T, core::ClosureEdit>) {
                    o[QStringLiteral("school_id")] = qs(e.schoolId);
                    o[QStringLiteral("year")] = e.year;
                } else if constexpr (std::is_same_v<T, core::ConversionEdit>) {
                    o[QStringLiteral("school_id")] = qs(e.schoolId);
                    o[QStringLiteral("year")] = e.year;
                    o[QStringLiteral("level")] = qs(core::schoolTypeName(e.newType));
                    putPair(o, QStringLiteral("classes"), e.classes);
                } else if constexpr (std::is_same_v<T, core::CatchmentEdit>) {
                    o[QStringLiteral("catchment")] = catchmentJson(e.catchment);
                    o[QStringLiteral("remove")] = e.remove;
                } else if constexpr (std::is_same_v<T, core::PlotStatusEdit>) {
                    o[QStringLiteral("plot_id")] = qs(e.plotId);
                    o[QStringLiteral("status")] = QLatin1String(plotStatusName(e.status));
                    o[QStringLiteral("note")] = qs(e.note);
                } else {
                    o[QStringLiteral("development")] = developmentJson(e.development);
                    o[QStringLiteral("remove")] = e.remove;
                }
            },
            edit);
        return o;
    }

    /// A JSON object with its path, so that errors name the field ("school.classes_primary").
    class Reader {
    public:
        Reader(QJsonObject object, QString path)
            : m_object(std::move(object))
            , m_path(std::move(path))
        {
        }

        [[noreturn]] void fail(const QString& key, const QString& why) const
        {
            throw InvalidInput(("edit " + m_path + (m_path.isEmpty() ? "" : ".") + key + ": " + why)
                                   .toStdString());
        }

        QJsonValue value(const QString& key) const { return m_object.value(key); }

        std::string text(const QString& key) const
        {
            const QJsonValue v = value(key);
            if (v.isUndefined() || v.isNull())
                return {};
            if (!v.isString())
                fail(key, QStringLiteral("expected text"));
            return v.toString().toStdString();
        }

        double number(const QString& key, double fallback = 0) const
        {
            const QJsonValue v = value(key);
            if (v.isUndefined() || v.isNull())
                return fallback;
            if (!v.isDouble())
                fail(key, QStringLiteral("expected a number"));
            return v.toDouble();
        }

        int integer(const QString& key, int fallback = 0) const
        {
            const double v = number(key, fallback);
            if (v != static_cast<double>(static_cast<int>(v)))
                fail(key, QStringLiteral("expected a whole number"));
            return static_cast<int>(v);
        }

        std::optional<int> optionalInteger(const QString& key) const
        {
            const QJsonValue v = value(key);
            if (v.isUndefined() || v.isNull())
                return std::nullopt;
            return integer(key);
        }

        /// Returns the point of keys "x" and "y" (both or neither), or nothing.
        std::optional<core::PlanePoint> point() const
        {
            const auto absent = [this](const QString& key) {
                return value(key).isUndefined() || value(key).isNull();
            };
            const QString x = QStringLiteral("x");
            const QString y = QStringLiteral("y");
            if (absent(x) && absent(y))
                return std::nullopt;
            if (absent(x) || absent(y))
                fail(absent(x) ? x : y, QStringLiteral("missing (x and y go together)"));
            return core::PlanePoint { number(x), number(y) };
        }

        bool flag(const QString& key) const
        {
            const QJsonValue v = value(key);
            if (v.isUndefined() || v.isNull())
                return false;
            if (!v.isBool())
                fail(key, QStringLiteral("expected true or false"));
            return v.toBool();
        }

        template <typename T> std::array<T, kLevelCount> pair(const QString& stem) const
        {
            if constexpr (std::is_same_v<T, int>)
                return { integer(stem + QStringLiteral("_primary")),
                    integer(stem + QStringLiteral("_junior")) };
            else
                return { number(stem + QStringLiteral("_primary")),
                    number(stem + QStringLiteral("_junior")) };
        }

        Reader child(const QString& key) const
        {
            if (!value(key).isObject())
                fail(key, QStringLiteral("expected an object"));
            return Reader(value(key).toObject(), m_path + (m_path.isEmpty() ? "" : ".") + key);
        }

        template <typename Each> void forEach(const QString& key, Each each) const
        {
            const QJsonValue v = value(key);
            if (v.isUndefined() || v.isNull())
                return;
            if (!v.isArray())
                fail(key, QStringLiteral("expected an array"));
            const QJsonArray items = v.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString path
                    = m_path + (m_path.isEmpty() ? "" : ".") + key + QStringLiteral("[%1]").arg(i);
                if (!items.at(i).isObject())
                    throw InvalidInput(("edit " + path + ": expected an object").toStdString());
                each(Reader(items.at(i).toObject(), path));
            }
        }

        template <typename Parse> auto parsed(const QString& key, Parse parse) const
        {
            try {
                return parse(text(key));
            } catch (const InvalidInput& error) {
                fail(key, QString::fromUtf8(error.what()));
            }
        }

    private:
        QJsonObject m_object;
        QString m_path;
    };

    core::School readSchool(const Reader& r)
    {
        core::School s;
        s.id = r.text(QStringLiteral("id"));
        s.name = r.text(QStringLiteral("name"));
        s.type = r.parsed(QStringLiteral("level"), core::parseSchoolType);
        s.isPublic = r.flag(QStringLiteral("is_public"));
        s.boarding = r.flag(QStringLiteral("boarding"));
        s.townCode = r.text(QStringLiteral("town_code"));
        s.countyCode = r.text(QStringLiteral("county_code"));
        s.eduGroup = r.text(QStringLiteral("edu_group"));
        s.classes = r.pair<int>(QStringLiteral("classes"));
        s.students = r.pair<double>(QStringLiteral("students"));
        s.seniorStudents = r.number(QStringLiteral("students_senior"));
        s.maxClassSize = r.integer(QStringLiteral("max_class_size"));
        s.disabledStudents = r.integer(QStringLiteral("disabled_students"));
        s.resourceRoom = r.flag(QStringLiteral("resource_room"));
        s.openingYear = r.optionalInteger(QStringLiteral("opening_year"));
        s.closingYear = r.optionalInteger(QStringLiteral("closing_year"));
        if (r.value(QStringLiteral("resources")).isObject()) {
            const Reader res = r.child(QStringLiteral("resources"));
            core::SchoolResources out;
            out.qualifiedTeachers = res.pair<double>(QStringLiteral("qualified_teachers"));
            out.keyTeachers = res.pair<double>(QStringLiteral("key_teachers"));
            out.artPeTeachers = res.pair<double>(QStringLiteral("art_pe_teachers"));
            out.teachingAreaM2 = res.number(QStringLiteral("teaching_area_m2"));
            out.sportsAreaM2 = res.number(QStringLiteral("sports_area_m2"));
            out.equipmentValueYuan = res.number(QStringLiteral("equipment_value_yuan"));
            out.multimediaRooms = res.number(QStringLiteral("multimedia_rooms"));
            s.resources = out;
        }
        return s;
    }

    core::Catchment readCatchment(const Reader& r)
    {
        core::Catchment c;
        c.id = r.text(QStringLiteral("id"));
        c.level = r.parsed(QStringLiteral("level"), core::parseLevel);
        c.locked = r.flag(QStringLiteral("locked"));
        r.forEach(QStringLiteral("zones"), [&](const Reader& z) {
            c.zones.push_back(
                { z.text(QStringLiteral("zone_id")), z.number(QStringLiteral("share"), 1.0) });
        });
        r.forEach(QStringLiteral("schools"), [&](const Reader& s) {
            c.schools.push_back(
                { s.text(QStringLiteral("school_id")), s.number(QStringLiteral("share")) });
        });
        return c;
    }

    core::Development readDevelopment(const Reader& r)
    {
        core::Development d;
        d.id = r.text(QStringLiteral("id"));
        d.name = r.text(QStringLiteral("name"));
        d.townCode = r.text(QStringLiteral("town_code"));
        d.zoneId = r.text(QStringLiteral("zone_id"));
        d.siteAreaM2 = r.number(QStringLiteral("site_area_m2"));
        d.farOld = r.number(QStringLiteral("far_old"));
        d.farNew = r.number(QStringLiteral("far_new"));
        d.residentialShare = r.number(QStringLiteral("residential_share"), 1.0);
        d.dwellings = r.number(QStringLiteral("dwellings"));
        d.floorAreaM2 = r.number(QStringLiteral("floor_area_m2"));
        d.completionYear = r.integer(QStringLiteral("completion_year"));
        d.schoolPlotId = r.text(QStringLiteral("school_plot_id"));
        return d;
    }

} // namespace

std::string editKind(const core::ScenarioEdit& edit)
{
    static constexpr const char* kKinds[] = { "new_school", "expansion", "closure", "conversion",
        "catchment", "development", "plot_status" };
    static_assert(std::size(kKinds) == std::variant_size_v<core::ScenarioEdit>);
    return kKinds[edit.index()];
}

QByteArray encodeEdit(const core::ScenarioEdit& edit)
{
    return QJsonDocument(editJson(edit)).toJson(QJsonDocument::Compact);
}

core::ScenarioEdit decodeEdit(const QByteArray& json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InvalidInput("edit: not a JSON object (" + error.errorString().toStdString() + ")");
    const Reader r(document.object(), QString());
    const QString kind = QString::fromStdString(r.text(QStringLiteral("kind")));
    if (kind == QLatin1String("new_school"))
        return core::NewSchoolEdit { readSchool(r.child(QStringLiteral("school"))), r.point() };
    if (kind == QLatin1String("expansion"))
        return core::ExpansionEdit { r.text(QStringLiteral("school_id")),
            r.integer(QStringLiteral("year")), r.pair<int>(QStringLiteral("add_classes")) };
    if (kind == QLatin1String("closure"))
        return core::ClosureEdit { r.text(QStringLiteral("school_id")),
            r.integer(QStringLiteral("year")) };
    if (kind == QLatin1String("conversion"))
        return core::ConversionEdit { r.text(QStringLiteral("school_id")),
            r.integer(QStringLiteral("year")),
            r.parsed(QStringLiteral("level"), core::parseSchoolType),
            r.pair<int>(QStringLiteral("classes")) };
    if (kind == QLatin1String("catchment"))
        return core::CatchmentEdit { readCatchment(r.child(QStringLiteral("catchment"))),
            r.flag(QStringLiteral("remove")) };
    if (kind == QLatin1String("development"))
        return core::DevelopmentEdit { readDevelopment(r.child(QStringLiteral("development"))),
            r.flag(QStringLiteral("remove")) };
    if (kind == QLatin1String("plot_status"))
        return core::PlotStatusEdit { r.text(QStringLiteral("plot_id")),
            r.parsed(QStringLiteral("status"), parsePlotStatus), r.text(QStringLiteral("note")) };
    r.fail(QStringLiteral("kind"),
        QStringLiteral("unknown edit '%1' (expected new_school, expansion, closure, conversion, "
                       "catchment, development or plot_status)")
            .arg(kind));
}

} // namespace seatplan::render
