#include "analyze_input.h"

#include "../command.h"
#include "seatplan/core/errors.h"
#include "seatplan/gis/project.h"
#include "seatplan/gis/project_loader.h"
#include "seatplan/gis/scenario_store.h"
#include "seatplan/render/scenario_loader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>
#include <optional>

namespace seatplan::cli {

namespace {

    using core::InvalidInput;

    /// One JSON object with its path, for messages like "file: schools[2].level: ...".
    class Node {
    public:
        Node(QJsonObject object, QString path)
            : m_object(std::move(object))
            , m_path(std::move(path))
        {
        }

        [[noreturn]] void fail(const QString& key, const QString& why) const
        {
            throw InvalidInput(
                (m_path + (m_path.isEmpty() ? "" : ".") + key + ": " + why).toStdString());
        }

        bool has(const QString& key) const
        {
            return m_object.contains(key) && !m_object.value(key).isNull();
        }

        double number(const QString& key, std::optional<double> fallback = std::nullopt) const
        {
            if (!has(key)) {
                if (fallback)
                    return *fallback;
                fail(key, QStringLiteral("missing"));
            }
            const QJsonValue value = m_object.value(key);
            if (!value.isDouble())
                fail(key, QStringLiteral("expected a number"));
            return value.toDouble();
        }

        std::optional<double> optionalNumber(const QString& key) const
        {
            return has(key) ? std::optional<double>(number(key)) : std::nullopt;
        }

        int integer(const QString& key, std::optional<int> fallback = std::nullopt) const
        {
            const double value
                = number(key, fallback ? std::optional<double>(*fallback) : std::nullopt);
            if (value != static_cast<int>(value))
                fail(key, QStringLiteral("expected a whole number"));
            return static_cast<int>(value);
        }

        std::optional<int> optionalInteger(const QString& key) const
        {
            return has(key) ? std::optional<int>(integer(key)) : std::nullopt;
        }

        bool flag(const QString& key, bool fallback) const
        {
            if (!has(key))
                return fallback;
            const QJsonValue value = m_object.value(key);
            if (value.isBool())
                return value.toBool();
            if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
                return value.toDouble() != 0;
            fail(key, QStringLiteral("expected true/false or 0/1"));
        }

        std::string text(const QString& key, std::optional<QString> fallback = std::nullopt) const
        {
            if (!has(key)) {
                if (fallback)
                    return fallback->toStdString();
                fail(key, QStringLiteral("missing"));
            }
            const QJsonValue value = m_object.value(key);
            if (value.isString())
                return value.toString().toStdString();
            if (value.isDouble()) // codes written as numbers, e.g. 441402
                return QString::number(static_cast<qint64>(value.toDouble())).toStdString();
            fail(key, QStringLiteral("expected text"));
        }

        /// Calls `each` for every object of the array `key` (absent = empty).
        void forEach(const QString& key, const std::function<void(const Node&)>& each) const
        {
            if (!has(key))
                return;
            const QJsonValue value = m_object.value(key);
            if (!value.isArray())
                fail(key, QStringLiteral("expected an array"));
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString path = QStringLiteral("%1%2%3[%4]")
                                         .arg(m_path, m_path.isEmpty() ? "" : ".", key)
                                         .arg(i);
                if (!array.at(i).isObject())
                    throw InvalidInput((path + ": expected an object").toStdString());
                each(Node(array.at(i).toObject(), path));
            }
        }

        std::vector<double> numbers(const QString& key) const
        {
            std::vector<double> values;
            if (!has(key))
                return values;
            if (!m_object.value(key).isArray())
                fail(key, QStringLiteral("expected an array of numbers"));
            for (const QJsonValue value : m_object.value(key).toArray()) {
                if (!value.isDouble())
                    fail(key, QStringLiteral("expected an array of numbers"));
                values.push_back(value.toDouble());
            }
            return values;
        }

        /// Text list given as an array of strings or as comma-separated text ("a,b").
        std::vector<std::string> texts(const QString& key) const
        {
            std::vector<std::string> values;
            if (!has(key))
                return values;
            const QJsonValue value = m_object.value(key);
            if (value.isString()) {
                for (const QString& part : value.toString().split(u',', Qt::SkipEmptyParts))
                    values.push_back(part.trimmed().toStdString());
                return values;
            }
            if (!value.isArray())
                fail(key, QStringLiteral("expected an array of text or comma-separated text"));
            for (const QJsonValue item : value.toArray())
                values.push_back(item.toString().toStdString());
            return values;
        }

        Node child(const QString& key) const
        {
            if (!m_object.value(key).isObject())
                fail(key, QStringLiteral("expected an object"));
            return Node(
                m_object.value(key).toObject(), m_path + (m_path.isEmpty() ? "" : ".") + key);
        }

        const QJsonObject& object() const { return m_object; }
        const QString& path() const { return m_path; }

    private:
        QJsonObject m_object;
        QString m_path;
    };

    template <typename Parse> auto parsed(const Node& node, const QString& key, Parse parse)
    {
        try {
            return parse(node.text(key));
        } catch (const InvalidInput& error) {
            node.fail(key, QString::fromUtf8(error.what()));
        }
    }

    core::School readSchool(const Node& n)
    {
        core::School s;
        s.id = n.text(QStringLiteral("id"));
        s.name = n.text(QStringLiteral("name"), QString::fromStdString(s.id));
        s.type = parsed(n, QStringLiteral("level"), core::parseSchoolType);
        s.isPublic = n.flag(QStringLiteral("is_public"), true);
        s.boarding = n.flag(QStringLiteral("boarding"), false);
        s.townCode = n.text(QStringLiteral("town_code"));
        s.countyCode = n.text(QStringLiteral("county_code"));
        s.eduGroup = n.text(QStringLiteral("edu_group"), QString());
        s.classes = { n.integer(QStringLiteral("classes_primary"), 0),
            n.integer(QStringLiteral("classes_junior"), 0) };
        s.students = { n.number(QStringLiteral("students_primary"), 0),
            n.number(QStringLiteral("students_junior"), 0) };
        s.seniorStudents = n.number(QStringLiteral("students_senior"), 0);
        s.maxClassSize = n.integer(QStringLiteral("max_class_size"), 0);
        s.disabledStudents = n.integer(QStringLiteral("disabled_students"), 0);
        s.resourceRoom = n.flag(QStringLiteral("resource_room"), false);
        s.openingYear = n.optionalInteger(QStringLiteral("opening_year"));
        s.closingYear = n.optionalInteger(QStringLiteral("closing_year"));
        if (n.has(QStringLiteral("resources"))) {
            const Node r = n.child(QStringLiteral("resources"));
            core::SchoolResources res;
            const auto pair = [&](const QString& stem) {
                return std::array<double, core::kLevelCount> { r.number(stem + "_primary", 0),
                    r.number(stem + "_junior", 0) };
            };
            res.qualifiedTeachers = pair(QStringLiteral("qualified_teachers"));
            res.keyTeachers = pair(QStringLiteral("key_teachers"));
            res.artPeTeachers = pair(QStringLiteral("art_pe_teachers"));
            res.teachingAreaM2 = r.number(QStringLiteral("teaching_area_m2"), 0);
            res.sportsAreaM2 = r.number(QStringLiteral("sports_area_m2"), 0);
            res.equipmentValueYuan = r.number(QStringLiteral("equipment_value_yuan"), 0);
            res.multimediaRooms = r.number(QStringLiteral("multimedia_rooms"), 0);
            s.resources = res;
        }
        return s;
    }

    core::Catchment readCatchment(const Node& n)
    {
        core::Catchment c;
        c.id = n.text(QStringLiteral("id"));
        c.level = parsed(n, QStringLiteral("level"), core::parseLevel);
        c.locked = n.flag(QStringLiteral("locked"), false);
        n.forEach(QStringLiteral("zones"), [&](const Node& z) {
            c.zones.push_back(
                { z.text(QStringLiteral("zone_id")), z.number(QStringLiteral("share"), 1.0) });
        });
        for (const auto& id : n.texts(QStringLiteral("zone_ids")))
            c.zones.push_back({ id, 1.0 });
        if (n.has(QStringLiteral("school_ids")))
            for (const auto& id : n.texts(QStringLiteral("school_ids")))
                c.schools.push_back({ id, 0.0 });
        n.forEach(QStringLiteral("schools"), [&](const Node& s) {
            c.schools.push_back(
                { s.text(QStringLiteral("school_id")), s.number(QStringLiteral("share"), 0.0) });
        });
        return c;
    }

    core::Development readDevelopment(const Node& n)
    {
        core::Development d;
        d.id = n.text(QStringLiteral("id"));
        d.name = n.text(QStringLiteral("name"), QString::fromStdString(d.id));
        d.townCode = n.text(QStringLiteral("town_code"), QString());
        d.zoneId = n.text(QStringLiteral("zone_id"), QString());
        d.siteAreaM2 = n.number(QStringLiteral("site_area_m2"), 0);
        d.farOld = n.number(QStringLiteral("far_old"), 0);
        d.farNew = n.number(QStringLiteral("far_new"), 0);
        d.residentialShare = n.number(QStringLiteral("residential_share"), 1);
        d.dwellings = n.number(QStringLiteral("dwellings"), 0);
        d.floorAreaM2 = n.number(QStringLiteral("floor_area_m2"), 0);
        d.completionYear = n.integer(QStringLiteral("completion_year"), 0);
        d.schoolPlotId = n.text(QStringLiteral("school_plot_id"), QString());
        return d;
    }

    /// Reads the "status" of a plot or a plot_status edit (default planned).
    core::PlotStatus readPlotStatus(const Node& n)
    {
        const std::string status = n.text(QStringLiteral("status"), QStringLiteral("planned"));
        if (status == "acquired")
            return core::PlotStatus::Acquired;
        if (status == "built")
            return core::PlotStatus::Built;
        if (status != "planned")
            n.fail(QStringLiteral("status"), QStringLiteral("expected planned, acquired or built"));
        return core::PlotStatus::Planned;
    }

    core::ScenarioEdit readEdit(const Node& n)
    {
        const QString kind = QString::fromStdString(n.text(QStringLiteral("kind")));
        const auto classes = [&](const QString& stem) {
            return std::array<int, core::kLevelCount> { n.integer(stem + "_primary", 0),
                n.integer(stem + "_junior", 0) };
        };
        if (kind == QLatin1String("new_school")) {
            // Optional position (project CRS metres): x and y together, as in the journal.
            std::optional<core::PlanePoint> at;
            if (n.has(QStringLiteral("x")) || n.has(QStringLiteral("y")))
                at = core::PlanePoint { n.number(QStringLiteral("x")),
                    n.number(QStringLiteral("y")) };
            return core::NewSchoolEdit { readSchool(n.child(QStringLiteral("school"))), at };
        }
        if (kind == QLatin1String("expansion"))
            return core::ExpansionEdit { n.text(QStringLiteral("school_id")),
                n.integer(QStringLiteral("year")), classes(QStringLiteral("add_classes")) };
        if (kind == QLatin1String("closure"))
            return core::ClosureEdit { n.text(QStringLiteral("school_id")),
                n.integer(QStringLiteral("year")) };
        if (kind == QLatin1String("conversion"))
            return core::ConversionEdit { n.text(QStringLiteral("school_id")),
                n.integer(QStringLiteral("year")),
                parsed(n, QStringLiteral("level"), core::parseSchoolType),
                classes(QStringLiteral("classes")) };
        if (kind == QLatin1String("catchment"))
            return core::CatchmentEdit { readCatchment(n.child(QStringLiteral("catchment"))),
                n.flag(QStringLiteral("remove"), false) };
        if (kind == QLatin1String("development"))
            return core::DevelopmentEdit { readDevelopment(n.child(QStringLiteral("development"))),
                n.flag(QStringLiteral("remove"), false) };
        if (kind == QLatin1String("plot_status"))
            return core::PlotStatusEdit { n.text(QStringLiteral("plot_id")), readPlotStatus(n),
                n.text(QStringLiteral("note"), QString()) };
        n.fail(QStringLiteral("kind"),
            QStringLiteral("unknown edit '%1' (expected new_school, expansion, closure, "
                           "conversion, catchment, development or plot_status)")
                .arg(kind));
    }

    core::PlanningInputs readInputs(const Node& root)
    {
        core::PlanningInputs in;
        in.regionCode = root.text(QStringLiteral("region_code"), QString());
        in.baseYear = root.integer(QStringLiteral("base_year"), in.baseYear);
        in.lastYear = root.integer(QStringLiteral("last_year"), in.lastYear);
        if (root.has(QStringLiteral("standards"))) {
            const Node standards = root.child(QStringLiteral("standards"));
            for (auto it = standards.object().begin(); it != standards.object().end(); ++it) {
                const std::string key = it.key().toStdString();
                try {
                    if (it.value().isDouble())
                        in.standards.set(key, it.value().toDouble());
                    else if (it.value().isBool())
                        in.standards.set(key, it.value().toBool() ? 1 : 0);
                    else
                        in.standards.setFromText(key, it.value().toString().toStdString());
                } catch (const InvalidInput& error) {
                    standards.fail(it.key(), QString::fromUtf8(error.what()));
                }
            }
        }
        root.forEach(QStringLiteral("counties"), [&](const Node& n) {
            in.counties.push_back(
                { n.text(QStringLiteral("code")), n.text(QStringLiteral("name"), QString()) });
        });
        root.forEach(QStringLiteral("towns"), [&](const Node& n) {
            in.towns.push_back({ n.text(QStringLiteral("code")),
                n.text(QStringLiteral("name"), QString()), n.text(QStringLiteral("county_code")),
                n.flag(QStringLiteral("urban"), false) });
        });
        root.forEach(QStringLiteral("zones"), [&](const Node& n) {
            core::Zone z;
            z.id = n.text(QStringLiteral("id"));
            z.name = n.text(QStringLiteral("name"), QString::fromStdString(z.id));
            z.townCode = n.text(QStringLiteral("town_code"));
            z.countyCode = n.text(QStringLiteral("county_code"));
            z.urban = n.flag(QStringLiteral("urban"), false);
            z.cityCentre = n.flag(QStringLiteral("city_centre"), false);
            z.population = n.number(QStringLiteral("population"), 0);
            z.women15to49 = n.optionalNumber(QStringLiteral("women_15_49"));
            z.ages = n.numbers(QStringLiteral("ages"));
            z.migrantShare = n.optionalNumber(QStringLiteral("migrant_share"));
            z.netMigrationRate = n.optionalNumber(QStringLiteral("net_migration_rate"));
            in.zones.push_back(std::move(z));
        });
        root.forEach(
            QStringLiteral("schools"), [&](const Node& n) { in.schools.push_back(readSchool(n)); });
        root.forEach(QStringLiteral("catchments"), [&](const Node& n) {
            // The project file keeps catchments of every scenario; the base uses "base".
            if (n.text(QStringLiteral("scenario"), QStringLiteral("base")) == "base")
                in.catchments.push_back(readCatchment(n));
        });
        root.forEach(QStringLiteral("plots"), [&](const Node& n) {
            core::Plot p;
            p.id = n.text(QStringLiteral("id"));
            p.name = n.text(QStringLiteral("name"), QString::fromStdString(p.id));
            p.townCode = n.text(QStringLiteral("town_code"), QString());
            if (n.has(QStringLiteral("planned_level")))
                p.plannedType = parsed(n, QStringLiteral("planned_level"), core::parseSchoolType);
            p.plannedClasses = n.integer(QStringLiteral("planned_classes"), 0);
            p.status = readPlotStatus(n);
            p.areaM2 = n.number(QStringLiteral("area_m2"), 0);
            p.cityCentre = n.flag(QStringLiteral("city_centre"), false);
            p.catchmentIds = n.texts(QStringLiteral("catchment_ids"));
            in.plots.push_back(std::move(p));
        });
        root.forEach(QStringLiteral("developments"),
            [&](const Node& n) { in.developments.push_back(readDevelopment(n)); });
        root.forEach(QStringLiteral("births"), [&](const Node& n) {
            in.births.push_back({ n.text(QStringLiteral("area_code")),
                n.integer(QStringLiteral("year")), n.number(QStringLiteral("births")) });
        });
        root.forEach(QStringLiteral("enrolment"), [&](const Node& n) {
            in.enrolment.push_back(
                { n.text(QStringLiteral("school_id")), n.integer(QStringLiteral("year")),
                    n.integer(QStringLiteral("grade")), n.number(QStringLiteral("students")) });
        });
        root.forEach(QStringLiteral("county_statistics"), [&](const Node& n) {
            in.countyStatistics.push_back({ n.text(QStringLiteral("county_code")),
                n.optionalNumber(QStringLiteral("enrolment_rate")),
                n.optionalNumber(QStringLiteral("consolidation_rate")),
                n.optionalNumber(QStringLiteral("migrant_public_share")),
                n.optionalNumber(QStringLiteral("disabled_enrolment")) });
        });
        return in;
    }

    /// Reads the scenarios and returns the one named `name` with its ancestors' edits first.
    core::Scenario readScenario(const Node& root, const QString& name, QStringList& names)
    {
        std::map<std::string, core::Scenario> scenarios;
        names = QStringList { QStringLiteral("base") };
        root.forEach(QStringLiteral("scenarios"), [&](const Node& n) {
            core::Scenario s;
            s.name = n.text(QStringLiteral("name"));
            s.parent = n.text(QStringLiteral("parent"), QStringLiteral("base"));
            s.description = n.text(QStringLiteral("description"), QString());
            n.forEach(
                QStringLiteral("edits"), [&](const Node& e) { s.edits.push_back(readEdit(e)); });
            if (s.name == "base" || !scenarios.emplace(s.name, s).second)
                n.fail(QStringLiteral("name"),
                    QStringLiteral("duplicate scenario '%1'").arg(QString::fromStdString(s.name)));
            names << QString::fromStdString(s.name);
        });
        const std::string wanted = name.toStdString();
        if (wanted == "base")
            return core::Scenario {};
        if (!scenarios.count(wanted))
            throw UsageError(QCoreApplication::translate(
                "AnalyzeCommand", "unknown scenario '%1' (the project has: %2)")
                                 .arg(name, names.join(QStringLiteral(", ")))
                                 .toStdString());
        core::Scenario result = scenarios[wanted];
        result.edits.clear();
        // Walk up to the base, then apply the edits from the oldest ancestor down.
        std::vector<const core::Scenario*> chain;
        for (std::string at = wanted; at != "base";) {
            const auto found = scenarios.find(at);
            if (found == scenarios.end())
                throw InvalidInput(
                    "scenario '" + wanted + "' descends from unknown scenario '" + at + "'");
            if (chain.size() > scenarios.size())
                throw InvalidInput("scenario '" + wanted + "' has a cycle of parents");
            chain.push_back(&found->second);
            at = found->second.parent;
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            result.edits.insert(result.edits.end(), (*it)->edits.begin(), (*it)->edits.end());
        return result;
    }

} // namespace

namespace {

    // A project GeoPackage: the gis loader with the scenario's catchments and its journal
    // edits that are not undone (render::loadScenario).
    AnalyzeInput readProject(const QString& path, const QString& scenarioName)
    {
        gis::Project project = gis::Project::openReadOnly(path.toStdString());
        AnalyzeInput result;
        bool known = scenarioName == QLatin1String("base");
        result.scenarioNames << QStringLiteral("base");
        for (const gis::ScenarioRow& row : gis::ScenarioStore(project).list()) {
            const QString name = QString::fromStdString(row.name);
            known = known || name == scenarioName;
            if (name != QLatin1String("base"))
                result.scenarioNames << name;
        }
        if (!known)
            throw UsageError(QCoreApplication::translate(
                "AnalyzeCommand", "unknown scenario '%1' (the project has: %2)")
                                 .arg(scenarioName, result.scenarioNames.join(QStringLiteral(", ")))
                                 .toStdString());
        render::LoadedScenario loaded = render::loadScenario(project, scenarioName.toStdString());
        result.inputs = std::move(loaded.inputs);
        result.scenario = std::move(loaded.scenario);
        return result;
    }

} // namespace

AnalyzeInput readAnalyzeInput(const QString& path, const QString& scenarioName)
{
    if (path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        return readProject(path, scenarioName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InvalidInput(
            QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()).toStdString());
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw InvalidInput(QStringLiteral("%1: not valid JSON at byte %2: %3")
                               .arg(path)
                               .arg(error.offset)
                               .arg(error.errorString())
                               .toStdString());
    if (!document.isObject())
        throw InvalidInput(QStringLiteral("%1: expected a JSON object").arg(path).toStdString());
    AnalyzeInput result;
    try {
        const Node root(document.object(), QString());
        result.inputs = readInputs(root);
        result.scenario = readScenario(root, scenarioName, result.scenarioNames);
    } catch (const InvalidInput& bad) {
        throw InvalidInput(path.toStdString() + ": " + bad.what());
    }
    return result;
}

} // namespace seatplan::cli
