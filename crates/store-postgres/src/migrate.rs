//! Forward-only migrations, applied under an advisory lock, recorded with
//! the checksum of their SQL.

use crate::{map_error, PgStore};
use faktur_store::schema::{
    edited, latest_version, migration_checksum as checksum, too_new, MIGRATIONS,
};
use faktur_store::{now_ms, Result};
use postgres::Client;

/// Serializes migrators across processes.
const MIGRATION_LOCK: i64 = 0x0FAC_7001;

const CREATE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version BIGINT PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at BIGINT NOT NULL)";

/// The schema version of the database (0 when empty).
pub fn current_version(client: &mut Client) -> Result<i64> {
    let exists: bool = client
        .query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])
        .map_err(map_error)?
        .get(0);
    if !exists {
        return Ok(0);
    }
    let row = client
        .query_one(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            &[],
        )
        .map_err(map_error)?;
    Ok(row.get(0))
}

impl PgStore {
    /// Versions not yet applied.
    pub fn pending_migrations(&self) -> Result<Vec<i64>> {
        let current = current_version(&mut *self.conn()?)?;
        if current > latest_version() {
            return Err(too_new(current));
        }
        Ok(MIGRATIONS
            .iter()
            .map(|m| m.version)
            .filter(|v| *v > current)
            .collect())
    }

    /// Applies every pending migration in its own transaction.
    pub fn migrate(&self) -> Result<Vec<i64>> {
        let mut client = self.conn()?;
        client
            .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
            .map_err(map_error)?;
        let result = apply(&mut client);
        let unlock = client
            .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
            .map_err(map_error);
        let applied = result?;
        unlock?;
        Ok(applied)
    }
}

fn apply(client: &mut Client) -> Result<Vec<i64>> {
    client.batch_execute(CREATE).map_err(map_error)?;
    let current = current_version(client)?;
    if current > latest_version() {
        return Err(too_new(current));
    }
    for migration in MIGRATIONS.iter().filter(|m| m.version <= current) {
        let row = client
            .query_one(
                "SELECT checksum FROM schema_migrations WHERE version = $1",
                &[&migration.version],
            )
            .map_err(map_error)?;
        let recorded: String = row.get(0);
        if recorded != checksum(migration.postgres) {
            return Err(edited(migration));
        }
    }
    let mut applied = Vec::new();
    for migration in MIGRATIONS.iter().filter(|m| m.version > current) {
        let mut tx = client.transaction().map_err(map_error)?;
        tx.batch_execute(migration.postgres).map_err(map_error)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)",
            &[&migration.version, &migration.name, &checksum(migration.postgres), &now_ms()],
        )
        .map_err(map_error)?;
        tx.commit().map_err(map_error)?;
        applied.push(migration.version);
    }
    Ok(applied)
}
