// Scenario bookkeeping in SQL on the GeoPackage's own connection, so that a scenario's row, its
// journal and its catchment features change together in one GDAL dataset transaction.
#include "seatplan/gis/scenario_store.h"

#include "detail/project_impl.h"
#include "seatplan/gis/gis_error.h"
#include "seatplan/gis/project.h"

namespace seatplan::gis {

using namespace detail;

namespace {

    constexpr const char* kScenarios = "seatplan_scenarios";
    constexpr const char* kJournal = "seatplan_journal";

    [[noreturn]] void fail(
        const Project::Impl& impl, const std::string& table, const std::string& reason)
    {
        throw GisError({ impl.path, table, std::nullopt, {}, reason });
    }

    void requireWritable(const Project::Impl& impl)
    {
        if (impl.readOnly)
            fail(impl, kScenarios, "the project is open read-only");
    }

    void requireEditable(const Project::Impl& impl, const std::string& name, const char* what)
    {
        if (name == kBaseScenario)
            fail(impl, kScenarios, std::string("the base scenario is read-only: cannot ") + what);
    }

    bool hasScenario(const Project::Impl& impl, const std::string& name)
    {
        auto stmt = impl.db->prepare("SELECT 1 FROM seatplan_scenarios WHERE name=?", kScenarios);
        stmt.bind(1, name);
        return stmt.step();
    }

    void requireExists(const Project::Impl& impl, const std::string& name)
    {
        if (!hasScenario(impl, name))
            fail(impl, kScenarios, "no scenario named '" + name + "'");
    }

    void requireNewName(const Project::Impl& impl, const std::string& name)
    {
        if (name.empty())
            fail(impl, kScenarios, "a scenario needs a name");
        if (hasScenario(impl, name))
            fail(impl, kScenarios, "a scenario named '" + name + "' exists already");
    }

    bool hasCatchmentLayer(const Project::Impl& impl)
    {
        return impl.db->tableExists(layers::kCatchments);
    }

    void insertScenario(const Project::Impl& impl, const ScenarioRow& row)
    {
        impl.db
            ->prepare("INSERT INTO seatplan_scenarios(name, parent, description, created) "
                      "VALUES(?, ?, ?, ?)",
                kScenarios)
            .bind(1, row.name)
            .bind(2, row.parent)
            .bind(3, row.description)
            .bind(4, utcNow())
            .run();
    }

    std::vector<JournalRow> readJournal(
        const Project::Impl& impl, const std::string& scenario, bool activeOnly)
    {
        std::vector<JournalRow> out;
        auto stmt = impl.db->prepare(
            std::string("SELECT seq, scenario, time, kind, payload, undone FROM seatplan_journal "
                        "WHERE scenario=?")
                + (activeOnly ? " AND undone=0" : "") + " ORDER BY seq",
            kJournal);
        stmt.bind(1, scenario);
        while (stmt.step())
            out.push_back({ stmt.int64(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
                stmt.int64(5) != 0 });
        return out;
    }

} // namespace

ScenarioStore::ScenarioStore(Project& project)
    : m_project(project)
{
}

std::vector<ScenarioRow> ScenarioStore::list() const
{
    std::vector<ScenarioRow> out;
    auto stmt = m_project.impl().db->prepare(
        "SELECT name, parent, description, created FROM seatplan_scenarios "
        "ORDER BY name <> 'base', created, name",
        kScenarios);
    while (stmt.step())
        out.push_back({ stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3) });
    return out;
}

bool ScenarioStore::exists(const std::string& name) const
{
    return hasScenario(m_project.impl(), name);
}

void ScenarioStore::create(
    const std::string& name, const std::string& description, const std::string& parent)
{
    Project::Impl& impl = m_project.impl();
    requireWritable(impl);
    DatasetTransaction transaction(impl.dataset.get(), impl.path);
    requireNewName(impl, name);
    requireExists(impl, parent);
    insertScenario(impl, { name, parent, description, {} });
    transaction.commit();
}

void ScenarioStore::duplicate(const std::string& from, const std::string& to)
{
    Project::Impl& impl = m_project.impl();
    requireWritable(impl);
    DatasetTransaction transaction(impl.dataset.get(), impl.path);
    requireExists(impl, from);
    requireNewName(impl, to);
    std::string description;
    {
        auto stmt = impl.db->prepare(
            "SELECT description FROM seatplan_scenarios WHERE name=?", kScenarios);
        stmt.bind(1, from);
        if (stmt.step())
            description = stmt.text(0);
    }
    insertScenario(impl, { to, from, description, {} });
    impl.db
        ->prepare("INSERT INTO seatplan_journal(scenario, time, kind, payload, undone) "
                  "SELECT ?, time, kind, payload, 0 FROM seatplan_journal "
                  "WHERE scenario=? AND undone=0 ORDER BY seq",
            kJournal)
        .bind(1, to)
        .bind(2, from)
        .run();
    // The base's catchments are shared through catchmentScenario(); copy only a scenario's own.
    if (from != kBaseScenario && hasCatchmentLayer(impl))
        impl.db
            ->prepare("INSERT INTO catchments(geom, id, scenario, level, school_ids, locked) "
                      "SELECT geom, id, ?, level, school_ids, locked FROM catchments "
                      "WHERE scenario=?",
                layers::kCatchments)
            .bind(1, to)
            .bind(2, from)
            .run();
    transaction.commit();
}

void ScenarioStore::rename(const std::string& from, const std::string& to)
{
    Project::Impl& impl = m_project.impl();
    requireWritable(impl);
    requireEditable(impl, from, "rename it");
    DatasetTransaction transaction(impl.dataset.get(), impl.path);
    requireExists(impl, from);
    requireNewName(impl, to);
    for (const char* sql : { "UPDATE seatplan_scenarios SET name=?1 WHERE name=?2",
             "UPDATE seatplan_scenarios SET parent=?1 WHERE parent=?2",
             "UPDATE seatplan_journal SET scenario=?1 WHERE scenario=?2" })
        impl.db->prepare(sql, kScenarios).bind(1, to).bind(2, from).run();
    if (hasCatchmentLayer(impl))
        impl.db->prepare("UPDATE catchments SET scenario=?1 WHERE scenario=?2", layers::kCatchments)
            .bind(1, to)
            .bind(2, from)
            .run();
    transaction.commit();
}

void ScenarioStore::remove(const std::string& name)
{
    Project::Impl& impl = m_project.impl();
    requireWritable(impl);
    requireEditable(impl, name, "delete it");
    DatasetTransaction transaction(impl.dataset.get(), impl.path);
    requireExists(impl, name);
    std::string parent;
    {
        auto stmt
            = impl.db->prepare("SELECT parent FROM seatplan_scenarios WHERE name=?", kScenarios);
        stmt.bind(1, name);
        if (stmt.step())
            parent = stmt.text(0);
    }
    // Scenarios derived from it now say they come from its parent.
    impl.db->prepare("UPDATE seatplan_scenarios SET parent=?1 WHERE parent=?2", kScenarios)
        .bind(1, parent)
        .bind(2, name)
        .run();
    impl.db->prepare("DELETE FROM seatplan_scenarios WHERE name=?", kScenarios).bind(1, name).run();
    impl.db->prepare("DELETE FROM seatplan_journal WHERE scenario=?", kJournal).bind(1, name).run();
    if (hasCatchmentLayer(impl))
        impl.db->prepare("DELETE FROM catchments WHERE scenario=?", layers::kCatchments)
            .bind(1, name)
            .run();
    transaction.commit();
}

std::int64_t ScenarioStore::appendEdit(
    const std::string& scenario, const std::string& kind, const std::string& payload)
{
    Project::Impl& impl = m_project.impl();
    requireWritable(impl);
    requireEditable(impl, scenario, "edit it (duplicate it first)");
    DatasetTransaction transaction(impl.dataset.get(), impl.path);
    requireExists(impl, scenario);
    impl.db->prepare("DELETE FROM seatplan_journal WHERE scenario=? AND undone=1", kJournal)
        .bind(1, scenario)
        .run();
    impl.db
        ->prepare("INSERT INTO seatplan_journal(scenario, time, kind, payload, undone) "
                  "VALUES(?, ?, ?, ?, 0)",
            kJournal)
        .bind(1, scenario)
        .bind(2, utcNow())
        .bind(3, kind)
        .bind(4, payload)
        .run();
    const std::int64_t seq = sqlite3_last_insert_rowid(impl.db->get());
    transaction.commit();
    return seq;
}

void ScenarioStore::setUndone(std::int64_t seq, bool undone)
{
    Project::Impl& impl = m_project.impl();
    requireWritable(impl);
    DatasetTransaction transaction(impl.dataset.get(), impl.path);
    impl.db->prepare("UPDATE seatplan_journal SET undone=? WHERE seq=?", kJournal)
        .bind(1, std::int64_t { undone ? 1 : 0 })
        .bind(2, seq)
        .run();
    if (sqlite3_changes(impl.db->get()) == 0)
        throw GisError({ impl.path, kJournal, seq, {}, "no journal entry with this seq" });
    transaction.commit();
}

std::vector<JournalRow> ScenarioStore::journal(const std::string& scenario) const
{
    return readJournal(m_project.impl(), scenario, false);
}

std::vector<JournalRow> ScenarioStore::activeEdits(const std::string& scenario) const
{
    return readJournal(m_project.impl(), scenario, true);
}

std::string ScenarioStore::catchmentScenario(const std::string& scenario) const
{
    const Project::Impl& impl = m_project.impl();
    if (scenario == kBaseScenario || !hasCatchmentLayer(impl))
        return kBaseScenario;
    auto stmt = impl.db->prepare(
        "SELECT 1 FROM catchments WHERE scenario=? LIMIT 1", layers::kCatchments);
    stmt.bind(1, scenario);
    return stmt.step() ? scenario : std::string(kBaseScenario);
}

} // namespace seatplan::gis
