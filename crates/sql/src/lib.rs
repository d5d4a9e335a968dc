//! A small database layer for the parts of OpenFaktur that keep books of
//! their own beside the company stores (the authority sandbox, the web
//! app's accounts): statements written once (portable SQL with `?N`
//! placeholders), run in a transaction on SQLite (one file, one writer) or
//! PostgreSQL (a pool; a transaction-scoped advisory lock makes writers take
//! turns, so several processes may share one database).
//!
//! Each user runs a handful of statements per request; the queries stay
//! readable in one dialect and the two drivers stay out of the rules.

mod pg;
mod sqlite;

use std::fmt;

/// A statement argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    /// SQL NULL.
    Null,
    /// A 64-bit integer.
    Int(i64),
    /// Text.
    Text(&'a str),
}

impl From<i64> for Arg<'_> {
    fn from(value: i64) -> Self {
        Arg::Int(value)
    }
}

impl From<u32> for Arg<'_> {
    fn from(value: u32) -> Self {
        Arg::Int(i64::from(value))
    }
}

impl From<i32> for Arg<'_> {
    fn from(value: i32) -> Self {
        Arg::Int(i64::from(value))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Text(value)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(value: &'a String) -> Self {
        Arg::Text(value)
    }
}

impl<'a, T: Into<Arg<'a>>> From<Option<T>> for Arg<'a> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Arg::Null, Into::into)
    }
}

/// The arguments of a statement, each converted with `Arg::from`.
#[macro_export]
macro_rules! args {
    ($($value:expr),* $(,)?) => {
        &[$($crate::Arg::from($value)),*]
    };
}

/// A value read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// SQL NULL.
    Null,
    /// An integer (any width).
    Int(i64),
    /// Text.
    Text(String),
}

/// A row read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row(Vec<Cell>);

impl Row {
    fn cell(&self, i: usize) -> DbResult<&Cell> {
        self.0
            .get(i)
            .ok_or_else(|| DbError::new(format!("no column {i}")))
    }

    /// An integer column that may be NULL.
    pub fn opt_int(&self, i: usize) -> DbResult<Option<i64>> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            Cell::Int(v) => Ok(Some(*v)),
            Cell::Text(t) => Err(DbError::new(format!(
                "column {i}: text {t:?}, not a number"
            ))),
        }
    }

    /// A text column that may be NULL.
    pub fn opt_text(&self, i: usize) -> DbResult<Option<String>> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            Cell::Text(t) => Ok(Some(t.clone())),
            Cell::Int(v) => Err(DbError::new(format!("column {i}: number {v}, not text"))),
        }
    }

    /// An integer column.
    pub fn int(&self, i: usize) -> DbResult<i64> {
        self.opt_int(i)?
            .ok_or_else(|| DbError::new(format!("column {i} is NULL")))
    }

    /// A text column.
    pub fn text(&self, i: usize) -> DbResult<String> {
        self.opt_text(i)?
            .ok_or_else(|| DbError::new(format!("column {i} is NULL")))
    }
}

/// A failure of the database (or its connection).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbError {
    message: String,
}

impl DbError {
    /// An error with its explanation.
    pub fn new(message: impl Into<String>) -> Self {
        DbError {
            message: message.into(),
        }
    }
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DbError {}

impl From<rusqlite::Error> for DbError {
    fn from(error: rusqlite::Error) -> Self {
        DbError::new(error.to_string())
    }
}

impl From<postgres::Error> for DbError {
    fn from(error: postgres::Error) -> Self {
        let message = match error.as_db_error() {
            Some(db) => format!("{} ({})", db.message(), db.code().code()),
            None => error.to_string(),
        };
        DbError::new(message)
    }
}

/// A result of the database.
pub type DbResult<T> = Result<T, DbError>;

/// One transaction's statements.
pub trait Tx {
    /// Runs a statement; the number of rows it changed.
    fn execute(&mut self, sql: &str, args: &[Arg<'_>]) -> DbResult<u64>;

    /// Runs a query; its rows.
    fn query(&mut self, sql: &str, args: &[Arg<'_>]) -> DbResult<Vec<Row>>;

    /// The first row of a query, if any.
    fn first(&mut self, sql: &str, args: &[Arg<'_>]) -> DbResult<Option<Row>> {
        Ok(self.query(sql, args)?.into_iter().next())
    }
}

/// Which database keeps the books.
pub enum Database {
    /// One SQLite file (or memory), one connection.
    Sqlite(std::sync::Mutex<rusqlite::Connection>),
    /// A PostgreSQL pool, its location and the advisory lock its writers
    /// take.
    Postgres(pg::Pool, String, i64),
}

/// What a database holds: its schema in each dialect (idempotent
/// statements, run on every open) and the advisory lock that makes
/// PostgreSQL writers take turns (one key per kind of books).
#[derive(Debug, Clone, Copy)]
pub struct Schema {
    /// The SQLite statements.
    pub sqlite: &'static str,
    /// The PostgreSQL statements.
    pub postgres: &'static str,
    /// The advisory lock key of the writers.
    pub writers: i64,
}

impl fmt::Debug for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.location())
    }
}

impl Database {
    /// A SQLite file at `path`, or in memory, with the schema applied.
    pub fn sqlite(path: Option<&std::path::Path>, schema: &Schema) -> DbResult<Self> {
        sqlite::open(path, schema.sqlite).map(|c| Database::Sqlite(std::sync::Mutex::new(c)))
    }

    /// A PostgreSQL database (`postgres://…`), with the schema applied.
    pub fn postgres(url: &str, schema: &Schema) -> DbResult<Self> {
        let (pool, location) = pg::open(url, schema.postgres, schema.writers)?;
        Ok(Database::Postgres(pool, location, schema.writers))
    }

    /// True on PostgreSQL (for the few statements whose dialects differ).
    pub fn is_postgres(&self) -> bool {
        matches!(self, Database::Postgres(..))
    }

    /// Where the books are (no password).
    pub fn location(&self) -> String {
        match self {
            Database::Sqlite(conn) => {
                let conn = conn.lock().unwrap_or_else(|e| e.into_inner());
                match conn.path() {
                    Some(path) if !path.is_empty() => format!("sqlite:{path}"),
                    _ => "sqlite::memory:".into(),
                }
            }
            Database::Postgres(_, location, _) => location.clone(),
        }
    }

    /// Runs `work` in a transaction that may write: committed when it
    /// returns `Ok`, rolled back otherwise. Writers take turns.
    pub fn write<T>(&self, work: impl FnOnce(&mut dyn Tx) -> DbResult<T>) -> DbResult<T> {
        match self {
            Database::Sqlite(conn) => sqlite::transaction(conn, true, work),
            Database::Postgres(pool, _, lock) => pg::transaction(pool, Some(*lock), work),
        }
    }

    /// Runs `work` in a read-only view of the books.
    pub fn read<T>(&self, work: impl FnOnce(&mut dyn Tx) -> DbResult<T>) -> DbResult<T> {
        match self {
            Database::Sqlite(conn) => sqlite::transaction(conn, false, work),
            Database::Postgres(pool, _, _) => pg::transaction(pool, None, work),
        }
    }
}

/// `?N` placeholders as PostgreSQL's `$N` (the statements hold no `?` in
/// literals).
fn numbered_dollars(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '?' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_numbered_dollars() {
        assert_eq!(
            numbered_dollars("SELECT a FROM t WHERE b = ?1 AND c > ?12"),
            "SELECT a FROM t WHERE b = $1 AND c > $12"
        );
        assert_eq!(numbered_dollars("SELECT '?'"), "SELECT '?'");
    }

    #[test]
    fn rows_tell_null_from_a_wrong_type() {
        let row = Row(vec![Cell::Int(4), Cell::Null, Cell::Text("x".into())]);
        assert_eq!(row.int(0), Ok(4));
        assert_eq!(row.opt_text(1), Ok(None));
        assert!(row.int(1).is_err());
        assert!(row.int(2).is_err());
        assert!(row.text(3).is_err());
    }

    #[test]
    fn sqlite_runs_the_portable_statements() {
        let schema = Schema {
            sqlite:
                "CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);",
            postgres: "",
            writers: 1,
        };
        let db = Database::sqlite(None, &schema).unwrap();
        let n = db
            .write(|tx| {
                tx.execute(
                    "INSERT INTO settings (name, value) VALUES (?1, ?2)",
                    args!["k", "v"],
                )
            })
            .unwrap();
        assert_eq!(n, 1);
        let failed: DbResult<()> = db.write(|tx| {
            tx.execute(
                "INSERT INTO settings (name, value) VALUES (?1, ?2)",
                args!["gone", "v"],
            )?;
            Err(DbError::new("changed my mind"))
        });
        assert!(failed.is_err());
        let names = db
            .read(|tx| tx.query("SELECT name FROM settings ORDER BY name", &[]))
            .unwrap();
        assert_eq!(names, vec![Row(vec![Cell::Text("k".into())])]);
    }
}
