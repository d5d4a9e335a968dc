//! Forward-only migrations, recorded with the checksum of their SQL so an
//! edited migration is noticed.

use crate::{map_error, SqliteStore};
use faktur_store::schema::{
    edited, latest_version, migration_checksum as checksum, too_new, MIGRATIONS,
};
use faktur_store::{now_ms, Result};
use rusqlite::{params, Connection, OptionalExtension};

const CREATE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at INTEGER NOT NULL)";

/// The schema version of the database (0 when empty).
pub fn current_version(conn: &Connection) -> Result<i64> {
    let exists: Option<String> = conn
        .query_row(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
            [],
            |r| r.get(0),
        )
        .optional()
        .map_err(map_error)?;
    if exists.is_none() {
        return Ok(0);
    }
    conn.query_row(
        "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
        [],
        |r| r.get(0),
    )
    .map_err(map_error)
}

impl SqliteStore {
    /// Versions not yet applied.
    pub fn pending_migrations(&self) -> Result<Vec<i64>> {
        let current = current_version(&*self.lock()?)?;
        if current > latest_version() {
            return Err(too_new(current));
        }
        Ok(MIGRATIONS
            .iter()
            .map(|m| m.version)
            .filter(|v| *v > current)
            .collect())
    }

    /// Applies every pending migration, each in its own transaction, after
    /// checking that the applied ones were not edited.
    pub fn migrate(&self) -> Result<Vec<i64>> {
        self.migrate_up_to(latest_version())
    }

    /// Applies pending migrations up to `version` only (tools and tests
    /// that need a database of an older schema).
    pub fn migrate_up_to(&self, version: i64) -> Result<Vec<i64>> {
        let mut conn = self.writable()?;
        conn.execute_batch(CREATE).map_err(map_error)?;
        let current = current_version(&conn)?;
        if current > latest_version() {
            return Err(too_new(current));
        }
        for migration in MIGRATIONS.iter().filter(|m| m.version <= current) {
            let recorded: String = conn
                .query_row(
                    "SELECT checksum FROM schema_migrations WHERE version = ?1",
                    [migration.version],
                    |r| r.get(0),
                )
                .map_err(map_error)?;
            if recorded != checksum(migration.sqlite) {
                return Err(edited(migration));
            }
        }
        let mut applied = Vec::new();
        for migration in MIGRATIONS
            .iter()
            .filter(|m| m.version > current && m.version <= version)
        {
            let tx = conn.transaction().map_err(map_error)?;
            tx.execute_batch(migration.sqlite).map_err(map_error)?;
            tx.execute(
                "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?1, ?2, ?3, ?4)",
                params![migration.version, migration.name, checksum(migration.sqlite), now_ms()],
            )
            .map_err(map_error)?;
            tx.commit().map_err(map_error)?;
            applied.push(migration.version);
        }
        Ok(applied)
    }
}
