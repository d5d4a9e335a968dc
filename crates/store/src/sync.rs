//! The sync outbox and what sync writes back, as both backends store them.
//!
//! An operation is queued (with its idempotency key and the exact payload
//! it will send) before anything goes on the wire; what comes back — the
//! outcome of each operation, approvals, status changes, input invoices
//! from the authority's feed and the feed position — is written in one
//! transaction ([`SyncWrite`]). A crash between sending and writing loses
//! nothing: the operation is still queued and its retry, under the same
//! key, gets the authority's first answer back.

use crate::model::NewInvoice;

/// Operation names in the outbox.
pub mod operation {
    /// Upload an output invoice for approval.
    pub const UPLOAD: &str = "upload";
    /// Cancel an approved output invoice.
    pub const CANCEL: &str = "cancel";
    /// Register a nota retur (its entity is the `returns` row).
    pub const RETUR: &str = "retur";
}

/// The status-history note of a change whose number another invoice of
/// the company already holds: the invoice takes the status, not the number
/// (see `contract::sync_number_clash_does_not_stall`).
pub fn clash_note(note: &str, number: &str, holder: i64) -> String {
    format!("{note}; number {number} is held by invoice {holder}: resolve the duplicate")
}

/// The table an operation's `entity_id` points into.
pub fn entity_table(operation: &str) -> &'static str {
    if operation == operation::RETUR {
        "returns"
    } else {
        "invoices"
    }
}

/// The condition "the item's operation is about `$3`/`?3`" of
/// `outbox_of`, in SQL both dialects read.
pub const ENTITY_IS: &str = "CASE WHEN operation = 'retur' THEN 'returns' ELSE 'invoices' END";

/// The query behind [`crate::Store::unqueued`], with parameters company
/// (1), operation (2), after id (3) and limit (4) written `{mark}N` (`?` for
/// SQLite, `$` for PostgreSQL). A retur goes out once its invoice is
/// approved: the authority registers a retur only against an invoice it
/// holds.
pub fn unqueued_sql(operation: &str, mark: char) -> String {
    let sql = if operation == operation::RETUR {
        "SELECT r.id FROM returns r JOIN invoices i ON i.id = r.invoice_id
         WHERE r.company_id = ?1 AND r.id > ?3 AND r.kind = 'input' AND r.status = 'draft'
         AND i.status = 'approved' AND NOT EXISTS (SELECT 1 FROM outbox o
             WHERE o.company_id = ?1 AND o.operation = ?2 AND o.entity_id = r.id)
         ORDER BY r.id LIMIT ?4"
    } else {
        "SELECT id FROM invoices i WHERE company_id = ?1 AND id > ?3 AND kind = 'output'
         AND status = 'draft' AND NOT EXISTS (SELECT 1 FROM outbox o
             WHERE o.company_id = ?1 AND o.operation = ?2 AND o.entity_id = i.id)
         ORDER BY id LIMIT ?4"
    };
    sql.replace('?', &mark.to_string())
}

/// Outbox states.
pub mod state {
    /// Waiting to be sent (first time or again).
    pub const PENDING: &str = "pending";
    /// Answered by the authority (accepted or refused on its merits).
    pub const DONE: &str = "done";
    /// Refused permanently: the operation will not be sent again.
    pub const FAILED: &str = "failed";
}

/// An operation to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOutboxItem {
    /// [`operation`] name.
    pub operation: String,
    /// The invoice it is about.
    pub entity_id: i64,
    /// The idempotency key, unique for ever.
    pub key: String,
    /// The exact JSON sent (the operation's action), so that every retry is
    /// byte-identical.
    pub payload: String,
}

/// A queued operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    /// Store id.
    pub id: i64,
    /// [`operation`] name.
    pub operation: String,
    /// The invoice it is about.
    pub entity_id: i64,
    /// The idempotency key.
    pub key: String,
    /// The JSON sent.
    pub payload: String,
    /// [`state`].
    pub state: String,
    /// Sends so far.
    pub attempts: i64,
    /// Not before (Unix ms).
    pub next_attempt_at: i64,
    /// The last failure, `CODE: detail`.
    pub last_error: Option<String>,
    /// Queued at (Unix ms).
    pub created_at: i64,
}

/// How one sent operation ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settlement {
    /// Answered: nothing more to send.
    Done,
    /// Not answered (or answered "try later"): send again, not before then.
    Retry {
        /// Unix ms.
        next_attempt_at: i64,
        /// `CODE: detail`.
        error: String,
    },
    /// Refused for good: not sent again.
    Failed {
        /// `CODE: detail`.
        error: String,
    },
}

/// The settlement of one outbox item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settled {
    /// Outbox id.
    pub outbox_id: i64,
    /// How it ended.
    pub settlement: Settlement,
}

/// Which invoice a change is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvoiceKey {
    /// By store id.
    Id(i64),
    /// By kind, seller and number (from the authority's feed).
    Number {
        /// `output` or `input`.
        kind: String,
        /// Seller NPWP, 16 digits.
        seller_tin: String,
        /// Faktur number.
        number: String,
    },
}

/// A status change (and maybe the number the authority assigned).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    /// The invoice; one that is not found is skipped.
    pub invoice: InvoiceKey,
    /// New status.
    pub status: String,
    /// The number to set, when the change assigns one.
    pub number: Option<String>,
    /// Why, kept in the status history.
    pub note: String,
}

/// A nota retur's new status (`approved` once the authority registered
/// it, `rejected` when it refused); its checksum is recomputed, and a
/// change to the status it already has is skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnChange {
    /// Store id of the retur (table `returns`); one not found is skipped.
    pub return_id: i64,
    /// New status.
    pub status: String,
}

/// The authority's approval of an invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalRecord {
    /// Store id of the invoice.
    pub invoice_id: i64,
    /// Faktur number.
    pub number: String,
    /// Unix ms.
    pub approved_at: i64,
    /// The authority's signature, hex.
    pub signature: String,
    /// The QR validation token.
    pub token: String,
}

/// An approval to store, for an invoice found by id or by number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApproval {
    /// The invoice; one that is not found is skipped.
    pub invoice: InvoiceKey,
    /// Faktur number.
    pub number: String,
    /// Unix ms.
    pub approved_at: i64,
    /// The authority's signature, hex.
    pub signature: String,
    /// The QR validation token.
    pub token: String,
}

/// The outcome of one exchange with the authority.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// When (Unix ms).
    pub at: i64,
    /// `None` when the authority answered; else `CODE: detail`.
    pub error: Option<String>,
}

/// Everything one sync round writes, in one transaction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncWrite {
    /// Outbox items sent and how they ended.
    pub settled: Vec<Settled>,
    /// Status changes, applied in order (a change to the status the invoice
    /// already has is skipped: applying a write twice changes nothing).
    pub changes: Vec<StatusChange>,
    /// Status changes of nota retur.
    pub returns: Vec<ReturnChange>,
    /// Invoices received from the authority (input invoices of the feed,
    /// own invoices recovered): stored when new; when the company already
    /// holds one of that kind, seller and number, its status follows.
    pub received: Vec<NewInvoice>,
    /// Approvals, after the received invoices (an invoice's approval is
    /// stored once; a repeat is skipped).
    pub approvals: Vec<NewApproval>,
    /// The new feed position.
    pub events_after: Option<i64>,
    /// The last contact.
    pub contact: Option<Contact>,
}

/// A company's sync position and last contact.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncState {
    /// Feed events up to this sequence number are applied.
    pub events_after: i64,
    /// The last time the authority answered (Unix ms).
    pub last_ok_at: Option<i64>,
    /// Since when every contact failed (Unix ms), if the last one did.
    pub failing_since: Option<i64>,
    /// The last contact's error, `CODE: detail`.
    pub last_error: Option<String>,
}

/// Counts of the outbox.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxSummary {
    /// Waiting to be sent.
    pub pending: i64,
    /// Of those, already tried at least once.
    pub retrying: i64,
    /// Refused for good.
    pub failed: i64,
    /// Answered.
    pub done: i64,
    /// The oldest pending item's queue time (Unix ms).
    pub oldest_pending_at: Option<i64>,
    /// The earliest next attempt (Unix ms).
    pub next_attempt_at: Option<i64>,
    /// The latest failure recorded on a pending or failed item.
    pub last_error: Option<String>,
}

impl SyncState {
    /// The state after `write`: the feed position only moves forward; an
    /// answered contact clears the failure, a failed one keeps the time the
    /// failing began.
    pub fn apply(&mut self, write: &SyncWrite) {
        if let Some(after) = write.events_after {
            self.events_after = self.events_after.max(after);
        }
        if let Some(contact) = &write.contact {
            match &contact.error {
                None => {
                    self.last_ok_at = Some(contact.at);
                    self.failing_since = None;
                    self.last_error = None;
                }
                Some(error) => {
                    self.failing_since = self.failing_since.or(Some(contact.at));
                    self.last_error = Some(error.clone());
                }
            }
        }
    }
}
