#include "detail/sqlite_handles.h"

#include "seatplan/gis/gis_error.h"

namespace seatplan::gis::detail {

SqliteDatabase::SqliteDatabase(const std::string& path, bool create, bool readOnly)
    : m_path(path)
{
    sqlite3* raw = nullptr;
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    m_owned.reset(raw); // kept even on failure so that the message can be read
    m_raw = raw;
    if (rc != SQLITE_OK)
        fail({}, "cannot open the project");
    sqlite3_busy_timeout(raw, 5000);
}

SqliteDatabase::SqliteDatabase(sqlite3* borrowed, std::string path)
    : m_raw(borrowed)
    , m_path(std::move(path))
{
}

void SqliteDatabase::fail(const std::string& table, const std::string& what) const
{
    const char* message = m_raw ? sqlite3_errmsg(m_raw) : "out of memory";
    throw GisError({ m_path, table, std::nullopt, {}, what + " (SQLite: " + message + ")" });
}

void SqliteDatabase::exec(const std::string& sql, const std::string& table) const
{
    char* error = nullptr;
    if (sqlite3_exec(m_raw, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw GisError({ m_path, table, std::nullopt, {}, "SQL failed (SQLite: " + message + ")" });
    }
}

SqliteStatement SqliteDatabase::prepare(const std::string& sql, const std::string& table) const
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_raw, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        fail(table, "cannot prepare a statement");
    return SqliteStatement(*this, stmt, table);
}

bool SqliteDatabase::tableExists(const std::string& name) const
{
    auto stmt = prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name=?");
    stmt.bind(1, name);
    return stmt.step();
}

SqliteStatement::SqliteStatement(const SqliteDatabase& db, sqlite3_stmt* stmt, std::string table)
    : m_db(&db)
    , m_stmt(stmt)
    , m_table(std::move(table))
{
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt.get(), index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const std::string& value)
{
    sqlite3_bind_text(
        m_stmt.get(), index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(m_table, "cannot run a statement");
}

void SqliteStatement::run()
{
    step();
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

std::string SqliteStatement::text(int column) const
{
    const auto* text = sqlite3_column_text(m_stmt.get(), column);
    return text ? std::string(reinterpret_cast<const char*>(text)) : std::string();
}

std::optional<std::int64_t> SqliteStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

SqliteTransaction::SqliteTransaction(SqliteDatabase& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_done)
        sqlite3_exec(m_db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace seatplan::gis::detail
