//! Storage errors, each with a catalogue code.

use std::fmt;

/// What went wrong, coarsely: this decides the code and the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The database cannot be reached or opened (FKT-1001).
    Unavailable,
    /// The connection dropped during an operation; nothing was written
    /// (FKT-1002).
    ConnectionLost,
    /// The database failed an integrity check; writes are refused (FKT-1003).
    Damaged,
    /// The database was written by a newer OpenFaktur (FKT-1004).
    TooNew,
    /// The record does not exist (ETAX-10004).
    NotFound,
    /// The invoice number is already recorded (ETAX-20002).
    DuplicateNumber,
    /// Another uniqueness rule (company, range, …) (FKT-1007).
    Duplicate,
    /// The database is busy (locked by another writer) (FKT-1012).
    Busy,
    /// A backup, restore or copy failed or did not verify (FKT-1008).
    Backup,
    /// Any other database failure (FKT-1009).
    Other,
}

impl ErrorKind {
    /// The catalogue code.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Unavailable => "FKT-1001",
            ErrorKind::ConnectionLost => "FKT-1002",
            ErrorKind::Damaged => "FKT-1003",
            ErrorKind::TooNew => "FKT-1004",
            ErrorKind::NotFound => "ETAX-10004",
            ErrorKind::DuplicateNumber => "ETAX-20002",
            ErrorKind::Duplicate => "FKT-1007",
            ErrorKind::Busy => "FKT-1012",
            ErrorKind::Backup => "FKT-1008",
            ErrorKind::Other => "FKT-1009",
        }
    }

    /// True when retrying the same operation later may succeed.
    pub fn is_transient(self) -> bool {
        matches!(
            self,
            ErrorKind::Unavailable | ErrorKind::ConnectionLost | ErrorKind::Busy
        )
    }
}

/// A storage error: its kind and a detail for the user and the log. The
/// detail never contains passwords (URLs are redacted before they get here).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError {
    /// The kind.
    pub kind: ErrorKind,
    /// Specifics.
    pub detail: String,
}

impl StoreError {
    /// A new error.
    pub fn new(kind: ErrorKind, detail: impl Into<String>) -> Self {
        StoreError {
            kind,
            detail: detail.into(),
        }
    }

    /// The catalogue code.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.detail)
    }
}

impl std::error::Error for StoreError {}
