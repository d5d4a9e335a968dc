//! SQLite errors mapped to store error kinds.

use faktur_store::{ErrorKind, StoreError};
use rusqlite::ffi;

/// Maps a rusqlite error to a coded store error.
pub fn map_error(error: rusqlite::Error) -> StoreError {
    let kind = match &error {
        rusqlite::Error::SqliteFailure(failure, message) => match failure.code {
            ffi::ErrorCode::DatabaseBusy | ffi::ErrorCode::DatabaseLocked => ErrorKind::Busy,
            ffi::ErrorCode::DatabaseCorrupt | ffi::ErrorCode::NotADatabase => ErrorKind::Damaged,
            ffi::ErrorCode::CannotOpen
            | ffi::ErrorCode::PermissionDenied
            | ffi::ErrorCode::ReadOnly => ErrorKind::Unavailable,
            ffi::ErrorCode::ConstraintViolation => {
                let text = message.as_deref().unwrap_or("");
                if text.contains("UNIQUE") && text.contains("invoices.number") {
                    ErrorKind::DuplicateNumber
                } else if text.contains("UNIQUE") {
                    ErrorKind::Duplicate
                } else {
                    ErrorKind::Other
                }
            }
            _ => ErrorKind::Other,
        },
        _ => ErrorKind::Other,
    };
    StoreError::new(kind, error.to_string())
}
