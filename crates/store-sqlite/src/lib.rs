//! OpenFaktur's embedded store: SQLite, bundled, one database file per
//! company.
//!
//! Durability: WAL journal with `synchronous = FULL`, so a committed
//! transaction survives a process kill and a power cut. Integrity: a quick
//! check on every open, a full check on demand; a database that fails either
//! is refused for writing until it is repaired.

mod check;
mod error;
mod invoices;
mod migrate;
mod notes;
mod spt;
mod sync;
mod tables;

use faktur_store::model::*;
use faktur_store::schema::Table;
use faktur_store::sync::*;
use faktur_store::{Backend, ErrorKind, Result, Store, StoreError, TableWriter};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

pub use error::map_error;

/// A SQLite company database.
#[derive(Debug)]
pub struct SqliteStore {
    path: PathBuf,
    conn: Mutex<Connection>,
    /// Read-only connections for the hot single-invoice and list reads, so
    /// that concurrent readers (the web API) do not queue on the one
    /// writing connection; WAL lets them read alongside a writer. Opened on
    /// first use.
    readers: Box<[Mutex<Option<Connection>>; 2]>,
    /// A read-only connection that only watches for commits (its
    /// `data_version`), so that callers can keep what they computed from
    /// the books until anything changes.
    watcher: Box<Mutex<Option<Connection>>>,
    damaged: AtomicBool,
}

/// A reader connection, held for one call.
enum ReadConn<'a> {
    Reader(std::sync::MutexGuard<'a, Option<Connection>>),
    Main(std::sync::MutexGuard<'a, Connection>),
}

impl std::ops::Deref for ReadConn<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        match self {
            // Only ever built holding an open connection.
            ReadConn::Reader(guard) => guard.as_ref().expect("an open reader"),
            ReadConn::Main(guard) => guard,
        }
    }
}

/// The marker file that keeps a damaged database read-only until repaired.
pub fn damage_marker(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".damaged");
    PathBuf::from(name)
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path`, runs the quick
    /// integrity check, and applies pending migrations. A database that fails
    /// the check opens read-only-by-policy: reads work, writes are refused.
    pub fn open(path: &Path) -> Result<Self> {
        let store = Self::open_unmigrated(path)?;
        if !store.is_damaged() {
            store.migrate()?;
        }
        Ok(store)
    }

    /// Opens without migrating (the caller may back up first).
    pub fn open_unmigrated(path: &Path) -> Result<Self> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| {
                StoreError::new(ErrorKind::Unavailable, format!("{}: {e}", parent.display()))
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(path, e))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(map_error)?;
        let store = SqliteStore {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
            readers: Box::new([Mutex::new(None), Mutex::new(None)]),
            watcher: Box::new(Mutex::new(None)),
            damaged: AtomicBool::new(false),
        };
        // Only real damage marks the database damaged; a busy lock or an I/O
        // problem is reported as what it is and marks nothing.
        let damaged = match store.check(CheckLevel::Quick) {
            Ok(report) => !report.is_healthy(),
            Err(error) if error.kind == ErrorKind::Damaged => true,
            Err(error) => return Err(error),
        };
        if damaged || damage_marker(path).exists() {
            store.damaged.store(true, Ordering::SeqCst);
        } else {
            store.configure()?;
        }
        Ok(store)
    }

    fn configure(&self) -> Result<()> {
        let conn = self.lock()?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(map_error)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(map_error)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(map_error)?;
        Ok(())
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when the database failed an integrity check: writes are refused.
    pub fn is_damaged(&self) -> bool {
        self.damaged.load(Ordering::SeqCst)
    }

    /// Marks the database damaged (persisted as a marker file beside it).
    pub fn mark_damaged(&self, reason: &str) -> Result<()> {
        self.damaged.store(true, Ordering::SeqCst);
        std::fs::write(damage_marker(&self.path), reason).map_err(|e| {
            StoreError::new(ErrorKind::Other, format!("cannot write damage marker: {e}"))
        })
    }

    /// Writes a consistent copy of the database to `dest` while it stays in
    /// use (SQLite online backup), then checks the copy.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let conn = self.lock()?;
        backup_connection(&conn, dest)
    }

    /// Copies the database file `source` (including what its WAL holds) to
    /// `dest`, reading through SQLite without changing the source.
    pub fn copy_file(source: &Path, dest: &Path) -> Result<()> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(source, flags).map_err(|e| open_error(source, e))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(map_error)?;
        backup_connection(&conn, dest)
    }

    /// Runs the full check on a database file through a read-only
    /// connection (nothing beside the file is created or changed).
    pub fn verify_file(path: &Path) -> Result<CheckReport> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(path, e))?;
        check::run(&conn, CheckLevel::Full)
    }

    /// Replaces the whole content of this database with the database file
    /// `source`, through SQLite's own locking: other processes that have it
    /// open wait, then see the new content; nobody keeps writing into a file
    /// that was moved away.
    pub fn restore_from(&self, source: &Path) -> Result<()> {
        let mut conn = self.lock()?;
        conn.restore(
            rusqlite::MAIN_DB,
            source,
            None::<fn(rusqlite::backup::Progress)>,
        )
        .map_err(|e| StoreError::new(ErrorKind::Backup, format!("{}: {e}", source.display())))?;
        drop(conn);
        let _ = std::fs::remove_file(damage_marker(&self.path));
        self.damaged.store(false, Ordering::SeqCst);
        self.configure()
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Connection>> {
        self.conn.lock().map_err(|_| {
            StoreError::new(
                ErrorKind::Other,
                "database handle poisoned by an earlier panic",
            )
        })
    }

    /// Another connection to the file, read-only (WAL lets it read beside
    /// the writer).
    fn open_read_only(&self) -> Result<Connection> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&self.path, flags)
            .map_err(|e| open_error(&self.path, e))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(map_error)?;
        Ok(conn)
    }

    /// A connection for a read: a free reader (opened read-only on first
    /// use), else the main connection. A damaged database is read through
    /// the main connection only.
    fn reader(&self) -> Result<ReadConn<'_>> {
        if self.is_damaged() {
            return self.lock().map(ReadConn::Main);
        }
        for slot in self.readers.iter() {
            let Ok(mut guard) = slot.try_lock() else {
                continue;
            };
            if guard.is_none() {
                *guard = Some(self.open_read_only()?);
            }
            return Ok(ReadConn::Reader(guard));
        }
        self.lock().map(ReadConn::Main)
    }

    /// A number that changes whenever anything is committed to the
    /// database, by this process or another (SQLite's `data_version` as
    /// one read-only connection sees it); `None` for a damaged database.
    /// What was computed at one value is still true while it holds.
    pub fn data_version(&self) -> Result<Option<i64>> {
        if self.is_damaged() {
            return Ok(None);
        }
        let mut guard = self.watcher.lock().map_err(|_| {
            StoreError::new(
                ErrorKind::Other,
                "watcher handle poisoned by an earlier panic",
            )
        })?;
        let conn = match guard.take() {
            Some(conn) => guard.insert(conn),
            None => guard.insert(self.open_read_only()?),
        };
        conn.prepare_cached("PRAGMA data_version")
            .and_then(|mut s| s.query_row([], |r| r.get(0)))
            .map(Some)
            .map_err(map_error)
    }

    fn writable(&self) -> Result<std::sync::MutexGuard<'_, Connection>> {
        if self.is_damaged() {
            return Err(StoreError::new(
                ErrorKind::Damaged,
                format!(
                    "{} failed its integrity check; run `faktur db check` and `faktur db repair`",
                    self.path.display()
                ),
            ));
        }
        self.lock()
    }
}

/// An online backup of `conn` into `dest`, through a uniquely named partial
/// file beside it, checked before it takes its final name.
fn backup_connection(conn: &Connection, dest: &Path) -> Result<()> {
    let name = dest
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("backup");
    let tmp = dest.with_file_name(format!(
        ".{name}.partial-{}-{}",
        std::process::id(),
        faktur_store::now_ms()
    ));
    let failed = |e: &dyn std::fmt::Display| {
        StoreError::new(ErrorKind::Backup, format!("{}: {e}", dest.display()))
    };
    conn.backup(rusqlite::MAIN_DB, &tmp, None)
        .map_err(|e| failed(&e))?;
    // A backup is one self-contained file: rollback journal, checked, and
    // closed (so nothing of it stays in a WAL) before it takes its name.
    let verdict: std::result::Result<String, rusqlite::Error> =
        Connection::open(&tmp).and_then(|copy| {
            copy.pragma_update(None, "journal_mode", "DELETE")?;
            copy.query_row("PRAGMA quick_check", [], |row| row.get(0))
        });
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", tmp.display()));
    }
    match verdict {
        Ok(ok) if ok == "ok" => std::fs::rename(&tmp, dest).map_err(|e| failed(&e)),
        Ok(problem) => {
            let _ = std::fs::remove_file(&tmp);
            Err(failed(&format!("backup copy failed its check: {problem}")))
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(failed(&e))
        }
    }
}

fn open_error(path: &Path, error: rusqlite::Error) -> StoreError {
    let mapped = map_error(error);
    match mapped.kind {
        ErrorKind::Damaged => mapped,
        _ => StoreError::new(
            ErrorKind::Unavailable,
            format!("{}: {}", path.display(), mapped.detail),
        ),
    }
}

impl Store for SqliteStore {
    fn backend(&self) -> Backend {
        Backend::Sqlite
    }

    fn location(&self) -> String {
        format!("sqlite:{}", self.path.display())
    }

    fn schema_version(&self) -> Result<i64> {
        migrate::current_version(&*self.lock()?)
    }

    fn create_company(&self, company: &NewCompany, actor: &str) -> Result<Company> {
        invoices::create_company(&mut *self.writable()?, company, actor)
    }

    fn companies(&self) -> Result<Vec<Company>> {
        invoices::companies(&*self.lock()?)
    }

    fn insert_invoices(
        &self,
        company_id: i64,
        batch: &[NewInvoice],
        actor: &str,
    ) -> Result<Vec<i64>> {
        invoices::insert(&mut *self.writable()?, company_id, batch, actor)
    }

    fn import_session(
        &self,
        company_id: i64,
        actor: &str,
        stamp: &faktur_store::Stamp,
        work: &mut dyn FnMut(&mut dyn faktur_store::InvoiceSink) -> Result<faktur_store::Decision>,
    ) -> Result<faktur_store::Decision> {
        invoices::import_session(&mut *self.writable()?, company_id, actor, stamp, work)
    }

    fn update_draft(
        &self,
        company_id: i64,
        id: i64,
        invoice: &NewInvoice,
        actor: &str,
    ) -> Result<bool> {
        invoices::update_draft(&mut *self.writable()?, company_id, id, invoice, actor)
    }

    fn invoice(&self, company_id: i64, id: i64) -> Result<Option<InvoiceRecord>> {
        invoices::get(&*self.reader()?, company_id, id)
    }

    fn invoice_lines(
        &self,
        company_id: i64,
        ids: &[i64],
    ) -> Result<std::collections::HashMap<i64, Vec<LineRecord>>> {
        invoices::lines_of(&*self.reader()?, company_id, ids)
    }

    fn list_invoices(&self, company_id: i64, filter: &InvoiceFilter) -> Result<Vec<InvoiceRecord>> {
        invoices::list(&*self.reader()?, company_id, filter)
    }

    fn audit_log(&self, company_id: i64) -> Result<Vec<AuditEntry>> {
        invoices::audit_log(&*self.lock()?, company_id)
    }

    fn check(&self, level: CheckLevel) -> Result<CheckReport> {
        check::run(&*self.lock()?, level)
    }

    fn max_id(&self, table: &Table) -> Result<i64> {
        tables::max_id(&*self.lock()?, table)
    }

    fn count(&self, table: &Table, company_id: i64) -> Result<i64> {
        tables::count(&*self.lock()?, table, company_id)
    }

    fn append_audit(
        &self,
        company_id: i64,
        fields: &faktur_store::hash::AuditFields<'_>,
    ) -> Result<()> {
        invoices::append_audit(&mut *self.writable()?, company_id, fields)
    }

    fn read_table(
        &self,
        table: &Table,
        company_id: i64,
        sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
    ) -> Result<()> {
        tables::read(&*self.lock()?, table, company_id, sink)
    }

    fn write_tables(&self, load: &mut dyn FnMut(&mut dyn TableWriter) -> Result<()>) -> Result<()> {
        tables::write(&mut *self.writable()?, load)
    }

    fn read_notes(
        &self,
        table: &Table,
        company_id: i64,
        filter: &faktur_store::NoteFilter,
        sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
    ) -> Result<()> {
        notes::read(&*self.lock()?, table, company_id, filter, sink)
    }

    fn unqueued(
        &self,
        company_id: i64,
        operation: &str,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<i64>> {
        sync::unqueued(&*self.lock()?, company_id, operation, after_id, limit)
    }

    fn enqueue(&self, company_id: i64, items: &[NewOutboxItem], now: i64) -> Result<usize> {
        sync::enqueue(&mut *self.writable()?, company_id, items, now)
    }

    fn due(&self, company_id: i64, now: i64, after_id: i64, limit: i64) -> Result<Vec<OutboxItem>> {
        sync::due(&*self.lock()?, company_id, now, after_id, limit)
    }

    fn set_credit(
        &self,
        company_id: i64,
        invoice_id: i64,
        decision: Option<&faktur_store::spt::CreditDecision>,
    ) -> Result<bool> {
        spt::set_credit(&mut *self.lock()?, company_id, invoice_id, decision)
    }

    fn credit_of(
        &self,
        company_id: i64,
        invoice_id: i64,
    ) -> Result<Option<faktur_store::spt::CreditDecision>> {
        spt::credit_of(&*self.lock()?, company_id, invoice_id)
    }

    fn insert_spt_version(
        &self,
        company_id: i64,
        version: &faktur_store::spt::NewSptVersion,
    ) -> Result<i64> {
        spt::insert_version(&mut *self.lock()?, company_id, version)
    }

    fn set_spt_status(
        &self,
        company_id: i64,
        id: i64,
        status: &str,
        filed: Option<(&str, i64)>,
    ) -> Result<bool> {
        spt::set_status(&*self.lock()?, company_id, id, status, filed)
    }

    fn insert_payment(
        &self,
        company_id: i64,
        spt_id: i64,
        billing_code: &str,
        amount: i64,
    ) -> Result<i64> {
        spt::insert_payment(&mut *self.lock()?, company_id, spt_id, billing_code, amount)
    }

    fn set_paid(
        &self,
        company_id: i64,
        billing_code: &str,
        ntpn: &str,
        paid_at: i64,
    ) -> Result<bool> {
        spt::set_paid(&*self.lock()?, company_id, billing_code, ntpn, paid_at)
    }

    fn spt_sums(&self, company_id: i64, masa: &str) -> Result<Vec<faktur_store::spt::SptSum>> {
        spt::sums(&*self.lock()?, company_id, masa)
    }

    fn outbox_of(&self, company_id: i64, entity: &str, id: i64) -> Result<Vec<OutboxItem>> {
        sync::outbox_of(&*self.lock()?, company_id, entity, id)
    }

    fn outbox_summary(&self, company_id: i64) -> Result<OutboxSummary> {
        sync::summary(&*self.lock()?, company_id)
    }

    fn record_sync(&self, company_id: i64, write: &SyncWrite, actor: &str) -> Result<()> {
        sync::record(&mut *self.writable()?, company_id, write, actor)
    }

    fn sync_state(&self, company_id: i64) -> Result<SyncState> {
        sync::read_state(&*self.lock()?, company_id)
    }

    fn approval(&self, company_id: i64, invoice_id: i64) -> Result<Option<ApprovalRecord>> {
        sync::approval(&*self.lock()?, company_id, invoice_id)
    }
}
