//! The storage trait. One implementation per backend; the contract suite in
//! [`crate::contract`] defines what every implementation must do.

use crate::model::*;
use crate::schema::Table;
use crate::url::Backend;
use crate::Result;

/// Receives the rows of a copy, table by table, inside one transaction.
pub trait TableWriter {
    /// Writes one row of `table`, values in the order of `table.columns`.
    fn write_row(&mut self, table: &'static Table, row: &[Value]) -> Result<()>;
}

/// A company database. Every method is one transaction: it either happens
/// completely or not at all, and an `Ok` means the write is durable.
pub trait Store: Send + Sync {
    /// Which backend this is.
    fn backend(&self) -> Backend;

    /// Where it lives, passwords redacted.
    fn location(&self) -> String;

    /// The schema version in the database.
    fn schema_version(&self) -> Result<i64>;

    /// Creates a company.
    fn create_company(&self, company: &NewCompany, actor: &str) -> Result<Company>;

    /// All companies in this database.
    fn companies(&self) -> Result<Vec<Company>>;

    /// Stores a batch of invoices atomically with their lines and one audit
    /// entry each (status history records later changes). Returns the new
    /// ids in order.
    fn insert_invoices(
        &self,
        company_id: i64,
        batch: &[NewInvoice],
        actor: &str,
    ) -> Result<Vec<i64>>;

    /// One invoice with its lines, if it exists in that company.
    fn invoice(&self, company_id: i64, id: i64) -> Result<Option<InvoiceRecord>>;

    /// Invoice headers (without lines) matching the filter, by id.
    fn list_invoices(&self, company_id: i64, filter: &InvoiceFilter) -> Result<Vec<InvoiceRecord>>;

    /// The company's audit log, oldest first.
    fn audit_log(&self, company_id: i64) -> Result<Vec<AuditEntry>>;

    /// Checks integrity. A `Full` check verifies every row checksum and the
    /// audit chain.
    fn check(&self, level: CheckLevel) -> Result<CheckReport>;

    /// The largest id of `table` across all companies (0 when empty).
    fn max_id(&self, table: &Table) -> Result<i64>;

    /// How many rows of `table` belong to the company.
    fn count(&self, table: &Table, company_id: i64) -> Result<i64>;

    /// Appends one entry to the company's audit log.
    fn append_audit(&self, company_id: i64, fields: &crate::hash::AuditFields<'_>) -> Result<()>;

    /// Streams one company's rows of `table`, in `table.order_by` order.
    fn read_table(
        &self,
        table: &Table,
        company_id: i64,
        sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
    ) -> Result<()>;

    /// Runs `load` inside one transaction whose writer inserts rows verbatim
    /// (ids included); identity sequences follow at commit.
    fn write_tables(&self, load: &mut dyn FnMut(&mut dyn TableWriter) -> Result<()>) -> Result<()>;
}
