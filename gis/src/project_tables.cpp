// Project's seatplan_* tables, through SQLite on the GeoPackage's own connection. Each write is
// one GDAL dataset transaction, so it commits or rolls back together with any layer change.
#include "seatplan/gis/project.h"

#include "detail/project_impl.h"
#include "detail/project_tables_sql.h"
#include "seatplan/gis/gis_error.h"

namespace seatplan::gis {

using namespace detail;

namespace {

    void requireWritable(const Project::Impl& impl, const std::string& table)
    {
        if (impl.readOnly)
            throw GisError({ impl.path, table, std::nullopt, {}, "the project is open read-only" });
    }

    // Runs `fill` (which inserts rows) after deleting every row of `table`, in one transaction.
    template <typename Fill>
    void replaceAll(Project::Impl& impl, const std::string& table, Fill fill)
    {
        requireWritable(impl, table);
        DatasetTransaction transaction(impl.dataset.get(), impl.path);
        impl.db->exec("DELETE FROM " + table, table);
        fill(*impl.db);
        transaction.commit();
    }

    template <typename Write>
    void writeOne(Project::Impl& impl, const std::string& table, Write write)
    {
        requireWritable(impl, table);
        DatasetTransaction transaction(impl.dataset.get(), impl.path);
        write(*impl.db);
        transaction.commit();
    }

} // namespace

std::optional<std::string> Project::metadata(const std::string& key) const
{
    auto stmt = m_impl->db->prepare(
        "SELECT value FROM seatplan_metadata WHERE key=?", "seatplan_metadata");
    stmt.bind(1, key);
    if (stmt.step())
        return stmt.text(0);
    return std::nullopt;
}

std::map<std::string, std::string> Project::allMetadata() const
{
    std::map<std::string, std::string> out;
    auto stmt
        = m_impl->db->prepare("SELECT key, value FROM seatplan_metadata", "seatplan_metadata");
    while (stmt.step())
        out[stmt.text(0)] = stmt.text(1);
    return out;
}

void Project::setMetadata(const std::string& key, const std::string& value)
{
    writeOne(*m_impl, "seatplan_metadata", [&](SqliteDatabase& db) {
        db.prepare("INSERT OR REPLACE INTO seatplan_metadata(key, value) VALUES(?, ?)",
              "seatplan_metadata")
            .bind(1, key)
            .bind(2, value)
            .run();
    });
}

std::vector<CohortRow> Project::cohorts() const
{
    std::vector<CohortRow> out;
    auto stmt = m_impl->db->prepare(
        "SELECT zone_id, year, age, persons FROM seatplan_cohorts ORDER BY zone_id, year, age",
        "seatplan_cohorts");
    while (stmt.step())
        out.push_back({ stmt.text(0), static_cast<int>(stmt.int64(1)),
            static_cast<int>(stmt.int64(2)), stmt.real(3) });
    return out;
}

void Project::replaceCohorts(const std::vector<CohortRow>& rows)
{
    replaceAll(*m_impl, "seatplan_cohorts", [&](SqliteDatabase& db) {
        auto insert = db.prepare(
            "INSERT INTO seatplan_cohorts(zone_id, year, age, persons) VALUES(?, ?, ?, ?)",
            "seatplan_cohorts");
        for (const CohortRow& row : rows)
            insert.bind(1, row.zoneId)
                .bind(2, std::int64_t { row.year })
                .bind(3, std::int64_t { row.age })
                .bind(4, row.persons)
                .run();
    });
}

std::vector<BirthRow> Project::births() const
{
    std::vector<BirthRow> out;
    auto stmt = m_impl->db->prepare(
        "SELECT area_code, year, births FROM seatplan_births ORDER BY area_code, year",
        "seatplan_births");
    while (stmt.step())
        out.push_back({ stmt.text(0), static_cast<int>(stmt.int64(1)), stmt.real(2) });
    return out;
}

void Project::replaceBirths(const std::vector<BirthRow>& rows)
{
    replaceAll(*m_impl, "seatplan_births", [&](SqliteDatabase& db) {
        auto insert
            = db.prepare("INSERT INTO seatplan_births(area_code, year, births) VALUES(?, ?, ?)",
                "seatplan_births");
        for (const BirthRow& row : rows)
            insert.bind(1, row.areaCode)
                .bind(2, std::int64_t { row.year })
                .bind(3, row.births)
                .run();
    });
}

std::vector<EnrolmentRow> Project::enrolment() const
{
    std::vector<EnrolmentRow> out;
    auto stmt
        = m_impl->db->prepare("SELECT school_id, year, grade, students FROM seatplan_enrolment "
                              "ORDER BY school_id, year, grade",
            "seatplan_enrolment");
    while (stmt.step())
        out.push_back({ stmt.text(0), static_cast<int>(stmt.int64(1)),
            static_cast<int>(stmt.int64(2)), stmt.real(3) });
    return out;
}

void Project::replaceEnrolment(const std::vector<EnrolmentRow>& rows)
{
    replaceAll(*m_impl, "seatplan_enrolment", [&](SqliteDatabase& db) {
        auto insert = db.prepare(
            "INSERT INTO seatplan_enrolment(school_id, year, grade, students) VALUES(?, ?, ?, ?)",
            "seatplan_enrolment");
        for (const EnrolmentRow& row : rows)
            insert.bind(1, row.schoolId)
                .bind(2, std::int64_t { row.year })
                .bind(3, std::int64_t { row.grade })
                .bind(4, row.students)
                .run();
    });
}

std::vector<StandardRow> Project::standards() const
{
    std::vector<StandardRow> out;
    auto stmt = m_impl->db->prepare(
        "SELECT key, value, source FROM seatplan_standards ORDER BY key", "seatplan_standards");
    while (stmt.step())
        out.push_back({ stmt.text(0), stmt.real(1), stmt.text(2) });
    return out;
}

void Project::replaceStandards(const std::vector<StandardRow>& rows)
{
    replaceAll(*m_impl, "seatplan_standards", [&](SqliteDatabase& db) {
        auto insert
            = db.prepare("INSERT INTO seatplan_standards(key, value, source) VALUES(?, ?, ?)",
                "seatplan_standards");
        for (const StandardRow& row : rows)
            insert.bind(1, row.key).bind(2, row.value).bind(3, row.source).run();
    });
}

std::vector<ScenarioRow> Project::scenarios() const
{
    std::vector<ScenarioRow> out;
    auto stmt = m_impl->db->prepare(
        "SELECT name, parent, description, created FROM seatplan_scenarios ORDER BY created, name",
        "seatplan_scenarios");
    while (stmt.step())
        out.push_back({ stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3) });
    return out;
}

void Project::putScenario(const ScenarioRow& row)
{
    writeOne(*m_impl, "seatplan_scenarios", [&](SqliteDatabase& db) {
        db.prepare("INSERT OR REPLACE INTO seatplan_scenarios(name, parent, description, created) "
                   "VALUES(?, ?, ?, ?)",
              "seatplan_scenarios")
            .bind(1, row.name)
            .bind(2, row.parent)
            .bind(3, row.description)
            .bind(4, row.created.empty() ? utcNow() : row.created)
            .run();
    });
}

std::vector<JournalRow> Project::journal(const std::string& scenario) const
{
    std::vector<JournalRow> out;
    auto stmt = m_impl->db->prepare("SELECT seq, scenario, time, kind, payload, undone FROM "
                                    "seatplan_journal WHERE ?1 = '' OR scenario = ?1 ORDER BY seq",
        "seatplan_journal");
    stmt.bind(1, scenario);
    while (stmt.step())
        out.push_back({ stmt.int64(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
            stmt.int64(5) != 0 });
    return out;
}

std::int64_t Project::appendJournal(const JournalRow& row)
{
    std::int64_t seq = 0;
    writeOne(*m_impl, "seatplan_journal", [&](SqliteDatabase& db) {
        db.prepare("INSERT INTO seatplan_journal(scenario, time, kind, payload, undone) "
                   "VALUES(?, ?, ?, ?, ?)",
              "seatplan_journal")
            .bind(1, row.scenario)
            .bind(2, row.time.empty() ? utcNow() : row.time)
            .bind(3, row.kind)
            .bind(4, row.payload)
            .bind(5, std::int64_t { row.undone ? 1 : 0 })
            .run();
        seq = sqlite3_last_insert_rowid(db.get());
    });
    return seq;
}

void Project::setJournalUndone(std::int64_t seq, bool undone)
{
    writeOne(*m_impl, "seatplan_journal", [&](SqliteDatabase& db) {
        db.prepare("UPDATE seatplan_journal SET undone=? WHERE seq=?", "seatplan_journal")
            .bind(1, std::int64_t { undone ? 1 : 0 })
            .bind(2, seq)
            .run();
    });
}

std::optional<ProvenanceRow> Project::provenance(const std::string& layer) const
{
    auto stmt
        = m_impl->db->prepare("SELECT layer, origin, source, source_crs, correction, imported, "
                              "report FROM seatplan_provenance WHERE layer=?",
            "seatplan_provenance");
    stmt.bind(1, layer);
    if (!stmt.step())
        return std::nullopt;
    return ProvenanceRow { stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
        stmt.text(5), stmt.text(6) };
}

void Project::putProvenance(const ProvenanceRow& row)
{
    writeOne(*m_impl, "seatplan_provenance", [&](SqliteDatabase& db) { writeProvenance(db, row); });
}

namespace detail {

    void writeProvenance(const SqliteDatabase& db, const ProvenanceRow& row)
    {
        db.prepare("INSERT OR REPLACE INTO seatplan_provenance(layer, origin, source, source_crs, "
                   "correction, imported, report) VALUES(?, ?, ?, ?, ?, ?, ?)",
              "seatplan_provenance")
            .bind(1, row.layer)
            .bind(2, row.origin)
            .bind(3, row.source)
            .bind(4, row.sourceCrs)
            .bind(5, row.correction)
            .bind(6, row.imported.empty() ? utcNow() : row.imported)
            .bind(7, row.report)
            .run();
        // The contract's short form: "provenance.<layer>" = real | generated.
        db.prepare("INSERT OR REPLACE INTO seatplan_metadata(key, value) VALUES(?, ?)",
              "seatplan_metadata")
            .bind(1, "provenance." + row.layer)
            .bind(2, row.origin)
            .run();
    }

} // namespace detail

std::optional<std::string> Project::cachedResult(const std::string& key) const
{
    auto stmt = m_impl->db->prepare(
        "SELECT payload FROM seatplan_results_cache WHERE key=?", "seatplan_results_cache");
    stmt.bind(1, key);
    if (stmt.step())
        return stmt.text(0);
    return std::nullopt;
}

void Project::putCachedResult(
    const std::string& key, const std::string& scenario, const std::string& payload)
{
    writeOne(*m_impl, "seatplan_results_cache", [&](SqliteDatabase& db) {
        db.prepare("INSERT OR REPLACE INTO seatplan_results_cache(key, scenario, created, payload) "
                   "VALUES(?, ?, ?, ?)",
              "seatplan_results_cache")
            .bind(1, key)
            .bind(2, scenario)
            .bind(3, utcNow())
            .bind(4, payload)
            .run();
    });
}

} // namespace seatplan::gis
