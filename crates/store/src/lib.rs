//! The storage interface of OpenFaktur.
//!
//! One trait, [`Store`], implemented once per backend (`faktur-store-sqlite`,
//! `faktur-store-postgres`), and one contract test suite ([`contract`]) that
//! every backend must pass. Both backends share the same schema, created by
//! forward-only migrations kept in lockstep ([`schema::MIGRATIONS`]), in which
//! every column is an integer or a text: money in sen, times in Unix
//! milliseconds, user-given decimals as text. That makes a company copy
//! between backends ([`copy`]) uniform and verifiable by counts and checksums.

pub mod contract;
pub mod copy;
mod error;
pub mod hash;
pub mod model;
pub mod notes;
pub mod schema;
pub mod spt;
mod store;
pub mod sync;
mod url;
pub mod verify;

pub use error::{ErrorKind, StoreError};
pub use model::*;
pub use notes::{NewDocument, NewReturn, NoteFilter, Stored};
pub use store::{Decision, InvoiceSink, Store, TableWriter};
pub use sync::{
    ApprovalRecord, Contact, InvoiceKey, NewApproval, NewOutboxItem, OutboxItem, OutboxSummary,
    ReturnChange, Settled, Settlement, StatusChange, SyncState, SyncWrite,
};
pub use url::{Backend, DatabaseUrl};

/// Result of a store operation.
pub type Result<T> = std::result::Result<T, StoreError>;

/// Milliseconds since the Unix epoch, the clock of every stored time.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
