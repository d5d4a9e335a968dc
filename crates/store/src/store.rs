//! The storage trait. One implementation per backend; the contract suite in
//! [`crate::contract`] defines what every implementation must do.

use crate::model::*;
use crate::schema::Table;
use crate::sync::*;
use crate::url::Backend;
use crate::Result;

/// Receives the rows of a copy, table by table, inside one transaction.
pub trait TableWriter {
    /// Writes one row of `table`, values in the order of `table.columns`.
    fn write_row(&mut self, table: &'static Table, row: &[Value]) -> Result<()>;
}

/// Receives invoices inside one import transaction.
pub trait InvoiceSink {
    /// Stores a batch (ids in order), inside the session's transaction.
    /// Each invoice was sealed with the session's stamp and actor.
    fn insert(&mut self, batch: &[Sealed]) -> Result<Vec<i64>>;

    /// True when the company holds at least one invoice of this kind
    /// (committed, or inserted earlier in this session). An import into a
    /// company without any can skip the per-invoice duplicate lookups: a
    /// duplicate could only come from the file itself.
    fn holds_any(&mut self, kind: &str) -> Result<bool>;

    /// True when the company already holds an invoice of this kind, seller
    /// and number (committed, or inserted earlier in this session).
    fn exists(&mut self, kind: &str, seller_tin: &str, number: &str) -> Result<bool>;

    /// True when the company already holds an invoice of this kind, seller
    /// and reference that has no number yet (an unnumbered re-import; a
    /// numbered invoice with the same reference is another invoice).
    fn reference_exists(&mut self, kind: &str, seller_tin: &str, reference: &str) -> Result<bool>;

    /// Stores one row of a note table (`returns`, `documents`): values in
    /// the order of `table.columns`; `id` and `company_id` are ignored (a new
    /// id, the session's company). Appends its audit entry; returns the id.
    fn insert_row(&mut self, table: &'static Table, row: &[Value]) -> Result<i64>;

    /// The company's invoice of this kind, seller and number.
    fn find_invoice(
        &mut self,
        kind: &str,
        seller_tin: &str,
        number: &str,
    ) -> Result<Option<InvoiceRef>>;

    /// Σ DPP, PPN and PPnBM (sen) of the stored returns of an invoice.
    fn returned(&mut self, invoice_id: i64) -> Result<[i64; 3]>;

    /// True when the company holds a note (`returns`, `documents`) of this
    /// kind, counterparty and number.
    fn note_exists(
        &mut self,
        table: &'static Table,
        kind: &str,
        counterparty_tin: &str,
        number: &str,
    ) -> Result<bool>;
}

/// What an import session decides at its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Make everything inserted durable.
    Commit,
    /// Undo everything inserted.
    Rollback,
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

    /// Runs `work` inside one transaction whose sink inserts invoices for the
    /// company, sealed for `stamp` and `actor`; the transaction commits or
    /// rolls back as `work` decides (and rolls back on any error). A large
    /// import is all-or-nothing without holding its invoices in memory.
    fn import_session(
        &self,
        company_id: i64,
        actor: &str,
        stamp: &Stamp,
        work: &mut dyn FnMut(&mut dyn InvoiceSink) -> Result<Decision>,
    ) -> Result<Decision>;

    /// One invoice with its lines, if it exists in that company.
    fn invoice(&self, company_id: i64, id: i64) -> Result<Option<InvoiceRecord>>;

    /// Replaces the content of a draft of the company that nothing was
    /// queued for yet (header, lines, checksum; an `edit` audit entry), in
    /// one transaction. False when there is no such draft, it is of another
    /// kind, or its upload is already queued.
    fn update_draft(
        &self,
        company_id: i64,
        id: i64,
        invoice: &NewInvoice,
        actor: &str,
    ) -> Result<bool>;

    /// The lines of several invoices of the company, in one query, grouped
    /// by invoice id (line order kept). Ids of other companies get nothing.
    fn invoice_lines(
        &self,
        company_id: i64,
        ids: &[i64],
    ) -> Result<std::collections::HashMap<i64, Vec<LineRecord>>>;

    /// Invoice headers (without lines) matching the filter, by id.
    fn list_invoices(&self, company_id: i64, filter: &InvoiceFilter) -> Result<Vec<InvoiceRecord>>;

    /// Streams the company's rows of a note table (`returns`, `documents`)
    /// matching the filter, by id.
    fn read_notes(
        &self,
        table: &Table,
        company_id: i64,
        filter: &crate::NoteFilter,
        sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
    ) -> Result<()>;

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

    /// What waits to be queued for `operation`, by id above `after_id`, at
    /// most `limit` (see [`crate::sync::unqueued_sql`]): for `upload`, output
    /// invoices in `draft`; for `retur`, input nota retur in `draft` against
    /// an approved invoice; in both cases with no outbox item of `operation`
    /// yet.
    fn unqueued(
        &self,
        company_id: i64,
        operation: &str,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<i64>>;

    /// Queues operations in one transaction; an item whose invoice already
    /// has one of that operation is skipped. Returns how many were queued.
    fn enqueue(&self, company_id: i64, items: &[NewOutboxItem], now: i64) -> Result<usize>;

    /// Pending outbox items due at `now` with ids above `after_id`, oldest
    /// first, at most `limit`.
    fn due(&self, company_id: i64, now: i64, after_id: i64, limit: i64) -> Result<Vec<OutboxItem>>;

    /// The outbox's items about one row of `entity` (`invoices` for upload
    /// and cancel, `returns` for retur: see [`crate::sync::entity_table`]),
    /// oldest first.
    fn outbox_of(&self, company_id: i64, entity: &str, id: i64) -> Result<Vec<OutboxItem>>;

    /// Counts of the outbox.
    fn outbox_summary(&self, company_id: i64) -> Result<OutboxSummary>;

    /// Writes what a sync round brought back, in one transaction.
    fn record_sync(&self, company_id: i64, write: &SyncWrite, actor: &str) -> Result<()>;

    /// Records the crediting decision for an input invoice of the company
    /// (replacing an earlier one), or with `None` returns it to the default
    /// (credited in its own masa). An invoice of another company, or not an
    /// input invoice, is left alone: `Ok(false)`.
    fn set_credit(
        &self,
        company_id: i64,
        invoice_id: i64,
        decision: Option<&crate::spt::CreditDecision>,
    ) -> Result<bool>;

    /// The crediting decision for an input invoice, if one was made.
    fn credit_of(
        &self,
        company_id: i64,
        invoice_id: i64,
    ) -> Result<Option<crate::spt::CreditDecision>>;

    /// Stores a posted version of a masa's return; its id. A version of
    /// that masa and revision already stored: `ErrorKind::Duplicate`.
    /// (Versions and payments are read with [`Store::read_table`].)
    fn insert_spt_version(
        &self,
        company_id: i64,
        version: &crate::spt::NewSptVersion,
    ) -> Result<i64>;

    /// Moves a version to `status`, with the BPE and filing time once filed;
    /// `false` when the company has no such version.
    fn set_spt_status(
        &self,
        company_id: i64,
        id: i64,
        status: &str,
        filed: Option<(&str, i64)>,
    ) -> Result<bool>;

    /// Records a kode billing for a version (once per code; a repeat
    /// changes nothing); the payment's id.
    fn insert_payment(
        &self,
        company_id: i64,
        spt_id: i64,
        billing_code: &str,
        amount: i64,
    ) -> Result<i64>;

    /// Records the NTPN of a billing; `false` when the company has no such
    /// billing.
    fn set_paid(
        &self,
        company_id: i64,
        billing_code: &str,
        ntpn: &str,
        paid_at: i64,
    ) -> Result<bool>;

    /// The masa's sums for its VAT return ([`crate::spt::sums_sql`]).
    fn spt_sums(&self, company_id: i64, masa: &str) -> Result<Vec<crate::spt::SptSum>>;

    /// The company's sync position and last contact.
    fn sync_state(&self, company_id: i64) -> Result<SyncState>;

    /// The approval of an invoice, if it has one.
    fn approval(&self, company_id: i64, invoice_id: i64) -> Result<Option<ApprovalRecord>>;
}
