#pragma once
// RAII for SQLite (STYLE.md §4): a connection that keeps its handle even when opening fails (so
// the error text can be read), prepared statements with typed binds, and a transaction guard
// that rolls back unless committed.

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace seatplan::gis::detail {

struct SqliteCloser {
    void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
struct SqliteFinalizer {
    void operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }
};

class SqliteStatement;

/// One SQLite connection; errors become GisError naming the file. One thread at a time.
class SqliteDatabase {
public:
    /// Opens `path` (UTF-8) read-write (creating it when `create`), with a busy timeout.
    SqliteDatabase(const std::string& path, bool create, bool readOnly = false);
    /// Uses a connection owned by someone else (GDAL's GeoPackage dataset); never closes it.
    SqliteDatabase(sqlite3* borrowed, std::string path);

    sqlite3* get() const { return m_raw; }
    const std::string& path() const { return m_path; }

    /// Runs one or more statements without results; throws GisError on failure.
    void exec(const std::string& sql, const std::string& table = {}) const;
    SqliteStatement prepare(const std::string& sql, const std::string& table = {}) const;
    /// Throws GisError with sqlite3_errmsg() for `table`.
    [[noreturn]] void fail(const std::string& table, const std::string& what) const;
    bool tableExists(const std::string& name) const;

private:
    std::unique_ptr<sqlite3, SqliteCloser> m_owned;
    sqlite3* m_raw = nullptr;
    std::string m_path;
};

/// A prepared statement. Bind indexes start at 1, column indexes at 0.
class SqliteStatement {
public:
    SqliteStatement(const SqliteDatabase& db, sqlite3_stmt* stmt, std::string table);

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const std::string& value);
    SqliteStatement& bindNull(int index);
    /// Returns true while a row is available; throws GisError on failure.
    bool step();
    /// Steps once expecting no row, then resets for the next binds.
    void run();
    void reset();
    /// The raw statement, for binds and reads this class does not wrap (values, blobs).
    sqlite3_stmt* get() const { return m_stmt.get(); }

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;

private:
    const SqliteDatabase* m_db;
    std::unique_ptr<sqlite3_stmt, SqliteFinalizer> m_stmt;
    std::string m_table;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK in the destructor unless commit() was called.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDatabase& db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;
    void commit();

private:
    SqliteDatabase& m_db;
    bool m_done = false;
};

} // namespace seatplan::gis::detail
