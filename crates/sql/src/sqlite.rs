//! The books on SQLite: one connection behind a mutex (SQLite has one
//! writer anyway), WAL, full sync, statements cached per connection.

use super::{Arg, Cell, DbError, DbResult, Row, Tx};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::Path;
use std::sync::Mutex;

pub(super) fn open(path: Option<&Path>, schema: &str) -> DbResult<Connection> {
    let conn = match path {
        Some(path) => Connection::open(path)?,
        None => Connection::open_in_memory()?,
    };
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.execute_batch(schema)?;
    Ok(conn)
}

pub(super) fn transaction<T>(
    conn: &Mutex<Connection>,
    write: bool,
    work: impl FnOnce(&mut dyn Tx) -> DbResult<T>,
) -> DbResult<T> {
    // A panic while holding the lock leaves SQLite consistent (the
    // transaction rolls back): the connection stays usable.
    let mut conn = conn.lock().unwrap_or_else(|e| e.into_inner());
    let behavior = if write {
        TransactionBehavior::Immediate
    } else {
        TransactionBehavior::Deferred
    };
    let tx = conn.transaction_with_behavior(behavior)?;
    let mut statements = Statements(&tx);
    let value = work(&mut statements)?;
    tx.commit()?;
    Ok(value)
}

struct Statements<'a, 'b>(&'a Transaction<'b>);

impl rusqlite::ToSql for Arg<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Arg::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Arg::Int(v) => ToSqlOutput::Borrowed(ValueRef::Integer(*v)),
            Arg::Text(t) => ToSqlOutput::Borrowed(ValueRef::Text(t.as_bytes())),
        })
    }
}

impl Tx for Statements<'_, '_> {
    fn execute(&mut self, sql: &str, args: &[Arg<'_>]) -> DbResult<u64> {
        let changed = self
            .0
            .prepare_cached(sql)?
            .execute(rusqlite::params_from_iter(args))?;
        Ok(changed as u64)
    }

    fn query(&mut self, sql: &str, args: &[Arg<'_>]) -> DbResult<Vec<Row>> {
        let mut statement = self.0.prepare_cached(sql)?;
        let width = statement.column_count();
        let mut rows = statement.query(rusqlite::params_from_iter(args))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let mut cells = Vec::with_capacity(width);
            for i in 0..width {
                cells.push(match row.get_ref(i)? {
                    ValueRef::Null => Cell::Null,
                    ValueRef::Integer(v) => Cell::Int(v),
                    ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
                    other => {
                        return Err(DbError::new(format!(
                            "column {i}: unexpected {:?}",
                            other.data_type()
                        )))
                    }
                });
            }
            out.push(Row(cells));
        }
        Ok(out)
    }
}
