//! OpenFaktur's server store: PostgreSQL through a connection pool, with
//! bulk loading through `COPY`. Many companies share one database; every
//! query is scoped by company.
//!
//! A dropped connection fails the running transaction (nothing is half
//! written, PostgreSQL guarantees it) with FKT-1002; the pool validates
//! connections when they are checked out, so the next operation reconnects
//! by itself once the server is back.

mod check;
mod copy_text;
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
use r2d2_postgres::postgres::NoTls;
use r2d2_postgres::PostgresConnectionManager;
use std::time::Duration;

pub use error::map_error;

type Pool = r2d2::Pool<PostgresConnectionManager<NoTls>>;
type Conn = r2d2::PooledConnection<PostgresConnectionManager<NoTls>>;

/// A PostgreSQL database holding one or more companies.
#[derive(Debug)]
pub struct PgStore {
    location: String,
    pool: Pool,
}

impl PgStore {
    /// Connects (a pool of up to `FAKTUR_PG_POOL`, default 8, connections)
    /// and applies pending migrations under an advisory lock, so several
    /// processes may start at once.
    pub fn open(url: &str) -> Result<Self> {
        let store = Self::open_unmigrated(url)?;
        store.migrate()?;
        Ok(store)
    }

    /// Connects without migrating.
    pub fn open_unmigrated(url: &str) -> Result<Self> {
        let location = faktur_store::DatabaseUrl::parse(url)
            .map(|u| u.to_string())
            .map_err(|e| StoreError::new(ErrorKind::Unavailable, e))?;
        let config: postgres::Config = url.parse().map_err(|e: postgres::Error| {
            StoreError::new(ErrorKind::Unavailable, format!("{location}: {e}"))
        })?;
        let size = std::env::var("FAKTUR_PG_POOL")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(8)
            .max(1);
        let manager = PostgresConnectionManager::new(config, NoTls);
        let pool = r2d2::Pool::builder()
            .max_size(size)
            .min_idle(Some(0))
            .connection_timeout(Duration::from_secs(5))
            .test_on_check_out(true)
            .build_unchecked(manager);
        let store = PgStore { location, pool };
        drop(store.conn()?);
        Ok(store)
    }

    fn conn(&self) -> Result<Conn> {
        self.pool
            .get()
            .map_err(|e| StoreError::new(ErrorKind::Unavailable, format!("{}: {e}", self.location)))
    }
}

impl Store for PgStore {
    fn backend(&self) -> Backend {
        Backend::Postgres
    }

    fn location(&self) -> String {
        self.location.clone()
    }

    fn schema_version(&self) -> Result<i64> {
        migrate::current_version(&mut *self.conn()?)
    }

    fn create_company(&self, company: &NewCompany, actor: &str) -> Result<Company> {
        invoices::create_company(&mut *self.conn()?, company, actor)
    }

    fn companies(&self) -> Result<Vec<Company>> {
        invoices::companies(&mut *self.conn()?)
    }

    fn insert_invoices(
        &self,
        company_id: i64,
        batch: &[NewInvoice],
        actor: &str,
    ) -> Result<Vec<i64>> {
        invoices::insert(&mut *self.conn()?, company_id, batch, actor)
    }

    fn import_session(
        &self,
        company_id: i64,
        actor: &str,
        stamp: &faktur_store::Stamp,
        work: &mut dyn FnMut(&mut dyn faktur_store::InvoiceSink) -> Result<faktur_store::Decision>,
    ) -> Result<faktur_store::Decision> {
        invoices::import_session(&mut *self.conn()?, company_id, actor, stamp, work)
    }

    fn update_draft(
        &self,
        company_id: i64,
        id: i64,
        invoice: &NewInvoice,
        actor: &str,
    ) -> Result<bool> {
        invoices::update_draft(&mut *self.conn()?, company_id, id, invoice, actor)
    }

    fn invoice(&self, company_id: i64, id: i64) -> Result<Option<InvoiceRecord>> {
        invoices::get(&mut *self.conn()?, company_id, id)
    }

    fn invoice_lines(
        &self,
        company_id: i64,
        ids: &[i64],
    ) -> Result<std::collections::HashMap<i64, Vec<LineRecord>>> {
        invoices::lines_of(&mut *self.conn()?, company_id, ids)
    }

    fn list_invoices(&self, company_id: i64, filter: &InvoiceFilter) -> Result<Vec<InvoiceRecord>> {
        invoices::list(&mut *self.conn()?, company_id, filter)
    }

    fn audit_log(&self, company_id: i64) -> Result<Vec<AuditEntry>> {
        invoices::audit_log(&mut *self.conn()?, company_id)
    }

    fn check(&self, level: CheckLevel) -> Result<CheckReport> {
        check::run(&mut *self.conn()?, level)
    }

    fn max_id(&self, table: &Table) -> Result<i64> {
        tables::max_id(&mut *self.conn()?, table)
    }

    fn count(&self, table: &Table, company_id: i64) -> Result<i64> {
        tables::count(&mut *self.conn()?, table, company_id)
    }

    fn append_audit(
        &self,
        company_id: i64,
        fields: &faktur_store::hash::AuditFields<'_>,
    ) -> Result<()> {
        invoices::append_audit(&mut *self.conn()?, company_id, fields)
    }

    fn read_table(
        &self,
        table: &Table,
        company_id: i64,
        sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
    ) -> Result<()> {
        tables::read(&mut *self.conn()?, table, company_id, sink)
    }

    fn read_notes(
        &self,
        table: &Table,
        company_id: i64,
        filter: &faktur_store::NoteFilter,
        sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
    ) -> Result<()> {
        notes::read(&mut *self.conn()?, table, company_id, filter, sink)
    }

    fn write_tables(&self, load: &mut dyn FnMut(&mut dyn TableWriter) -> Result<()>) -> Result<()> {
        tables::write(&mut *self.conn()?, load)
    }

    fn unqueued(
        &self,
        company_id: i64,
        operation: &str,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<i64>> {
        sync::unqueued(&mut *self.conn()?, company_id, operation, after_id, limit)
    }

    fn enqueue(&self, company_id: i64, items: &[NewOutboxItem], now: i64) -> Result<usize> {
        sync::enqueue(&mut *self.conn()?, company_id, items, now)
    }

    fn due(&self, company_id: i64, now: i64, after_id: i64, limit: i64) -> Result<Vec<OutboxItem>> {
        sync::due(&mut *self.conn()?, company_id, now, after_id, limit)
    }

    fn set_credit(
        &self,
        company_id: i64,
        invoice_id: i64,
        decision: Option<&faktur_store::spt::CreditDecision>,
    ) -> Result<bool> {
        spt::set_credit(&mut *self.conn()?, company_id, invoice_id, decision)
    }

    fn credit_of(
        &self,
        company_id: i64,
        invoice_id: i64,
    ) -> Result<Option<faktur_store::spt::CreditDecision>> {
        spt::credit_of(&mut *self.conn()?, company_id, invoice_id)
    }

    fn insert_spt_version(
        &self,
        company_id: i64,
        version: &faktur_store::spt::NewSptVersion,
    ) -> Result<i64> {
        spt::insert_version(&mut *self.conn()?, company_id, version)
    }

    fn set_spt_status(
        &self,
        company_id: i64,
        id: i64,
        status: &str,
        filed: Option<(&str, i64)>,
    ) -> Result<bool> {
        spt::set_status(&mut *self.conn()?, company_id, id, status, filed)
    }

    fn insert_payment(
        &self,
        company_id: i64,
        spt_id: i64,
        billing_code: &str,
        amount: i64,
    ) -> Result<i64> {
        spt::insert_payment(&mut *self.conn()?, company_id, spt_id, billing_code, amount)
    }

    fn set_paid(
        &self,
        company_id: i64,
        billing_code: &str,
        ntpn: &str,
        paid_at: i64,
    ) -> Result<bool> {
        spt::set_paid(&mut *self.conn()?, company_id, billing_code, ntpn, paid_at)
    }

    fn spt_sums(&self, company_id: i64, masa: &str) -> Result<Vec<faktur_store::spt::SptSum>> {
        spt::sums(&mut *self.conn()?, company_id, masa)
    }

    fn outbox_of(&self, company_id: i64, entity: &str, id: i64) -> Result<Vec<OutboxItem>> {
        sync::outbox_of(&mut *self.conn()?, company_id, entity, id)
    }

    fn outbox_summary(&self, company_id: i64) -> Result<OutboxSummary> {
        sync::summary(&mut *self.conn()?, company_id)
    }

    fn record_sync(&self, company_id: i64, write: &SyncWrite, actor: &str) -> Result<()> {
        sync::record(&mut *self.conn()?, company_id, write, actor)
    }

    fn sync_state(&self, company_id: i64) -> Result<SyncState> {
        sync::read_state(&mut *self.conn()?, company_id)
    }

    fn approval(&self, company_id: i64, invoice_id: i64) -> Result<Option<ApprovalRecord>> {
        sync::approval(&mut *self.conn()?, company_id, invoice_id)
    }
}
